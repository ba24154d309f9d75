import { formatMapHash } from "../state/mapView";
import { DEFAULT_RENDER, editQuery, readUrlState, type RenderOptions, type Theme, type UrlState } from "../state/urlOptions";

/** What the reader chooses in "Share and embed": how the embed looks, and how tall it is. */
export interface EmbedOptions extends RenderOptions {
  theme: Theme;
  /** Pixels; the host page sets the width. */
  height: number;
}

/** Heights an embed may have, in pixels: below 240 the map buttons crowd out the map; above 1600 it is taller than any screen. */
export const EMBED_HEIGHT = { min: 240, max: 1600, initial: 520 } as const;

/**
 * The iframe's `sandbox`: what the framed map may do on the host's page, and nothing more.
 * - `allow-scripts`: the map is an app; without scripts it is an empty page.
 * - `allow-same-origin`: it fetches its story and basemap from its own site, which needs its own
 *   origin. This is safe only because that site is not the host's: a frame with scripts on the
 *   host's own origin could lift its sandbox (so in the dialog's preview it is fidelity, not a wall).
 * - `allow-popups` and `allow-popups-to-escape-sandbox`: "Open full map" and source links open in
 *   a new tab, which must be an ordinary page rather than inherit this sandbox.
 * Nothing else: no top navigation (it cannot take the host page elsewhere), no forms, no modals
 * (alert, confirm, print), no downloads.
 */
export const EMBED_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

const RENDER_NAMES = ["panel", "controls", "static", "title"] as const satisfies readonly (keyof RenderOptions)[];

/**
 * The options an embed of this view starts with: the app's own theme and render options.
 * @param appHref - `location.href` of the full app
 * @returns options to show in the dialog
 * @example initialEmbedOptions("https://example.org/maps/?theme=dark") // { theme: "dark", panel: true, ..., height: 520 }
 */
export function initialEmbedOptions(appHref: string): EmbedOptions {
  const state = readUrlState(appHref);
  return { theme: state.theme, ...state.render, height: EMBED_HEIGHT.initial };
}

/**
 * The link to the current view: the app's URL with its story, place, dates, theme, tiles and map
 * view, but not `?view=text`, since the reader shares the map.
 * @param appHref - `location.href` of the full app
 * @returns an absolute URL
 * @example shareLink("https://example.org/maps/?story=a.json&view=text#map=6/48.20/67.50") // "https://example.org/maps/?story=a.json#map=6/48.20/67.50"
 */
export function shareLink(appHref: string): string {
  const url = new URL(appHref);
  // Rewriting the query re-encodes it, so leave a link without `view` exactly as it was.
  if (url.searchParams.has("view")) url.search = editQuery(url.search, { view: null });
  return url.href;
}

/**
 * The embed page for this view: `embed.html` beside the app, with the app's story, place and
 * dates, the chosen look (only what differs from the defaults) and the map view. Online tiles stay
 * off, since they make the host's readers' browsers ask another site for tiles.
 * @param appHref - `location.href` of the full app
 * @param options - the chosen theme and render options
 * @returns an absolute URL
 * @example embedHref("https://example.org/maps/index.html?place=aktobe&tiles=osm#map=6/48.20/67.50", { theme: "dark", ...DEFAULT_RENDER, panel: false }) // "https://example.org/maps/embed.html?place=aktobe&theme=dark&panel=0#map=6/48.20/67.50"
 */
export function embedHref(appHref: string, options: Omit<EmbedOptions, "height">): string {
  const state = readUrlState(appHref);
  const url = new URL("embed.html", appHref);
  url.search = new URLSearchParams(embedAttributes(state, options)).toString();
  if (state.view) url.hash = formatMapHash(state.view);
  return url.href;
}

/**
 * HTML for a host page: an iframe of the embed, and the script that keeps it as tall as its content.
 * @param appHref - `location.href` of the full app
 * @param storyTitle - the story's headline, for the iframe's accessible name
 * @param options - the chosen look and height
 * @returns two lines of HTML, every value escaped
 * @example iframeSnippet("https://example.org/maps/", "Aktobe", { theme: "auto", ...DEFAULT_RENDER, height: 520 }) // '<iframe src="https://example.org/maps/embed.html" title="Map: Aktobe" ...'
 */
export function iframeSnippet(appHref: string, storyTitle: string, options: EmbedOptions): string {
  const iframe = `<iframe${attributes([
    ["src", embedHref(appHref, options)],
    ["title", `Map: ${storyTitle}`],
    ["loading", "lazy"],
    ["style", `width:100%;height:${clampEmbedHeight(options.height)}px;border:0`],
    ["sandbox", EMBED_SANDBOX],
  ])}></iframe>`;
  return `${iframe}\n<script${attributes([["src", siteFile("article-map-host.js", appHref)]])} async></script>`;
}

/**
 * HTML for a host page without an iframe: the `<article-map>` element and the module defining it.
 * The element has no map view attribute, so it opens at the story's own view.
 * @param appHref - `location.href` of the full app
 * @param options - the chosen look and height
 * @returns two lines of HTML, every value escaped
 * @example elementSnippet("https://example.org/maps/?place=aktobe", { theme: "auto", ...DEFAULT_RENDER, height: 520 }) // '<script type="module" src="https://example.org/maps/article-map.js"></script>\n<article-map place="aktobe" style="display:block;height:520px"></article-map>'
 */
export function elementSnippet(appHref: string, options: EmbedOptions): string {
  const script = `<script${attributes([["type", "module"], ["src", siteFile("article-map.js", appHref)]])}></script>`;
  const element = `<article-map${attributes([
    ...embedAttributes(readUrlState(appHref), options),
    ["style", `display:block;height:${clampEmbedHeight(options.height)}px`],
  ])}></article-map>`;
  return `${script}\n${element}`;
}

/**
 * The options an embed shares with the app, as name and value, in the order they are written.
 * The story is absolute because a snippet lives on another site; a refused one is left out,
 * since the app would not load it either.
 */
function embedAttributes(state: UrlState, options: Omit<EmbedOptions, "height">): [string, string][] {
  const pairs: [string, string | null][] = [
    ["story", state.story.kind === "url" ? state.story.url : null],
    ["place", state.place],
    ["from", state.range.from],
    ["to", state.range.to],
    ["theme", options.theme === "auto" ? null : options.theme],
    ...RENDER_NAMES.map((name): [string, string | null] => [name, options[name] === DEFAULT_RENDER[name] ? null : options[name] ? "1" : "0"]),
  ];
  return pairs.filter((pair): pair is [string, string] => pair[1] !== null);
}

function siteFile(name: string, appHref: string): string {
  return new URL(name, appHref).href;
}

/**
 * The height an embed gets: a number input holds anything while the reader types, a snippet never does.
 * @param height - pixels, as typed
 * @returns whole pixels within {@link EMBED_HEIGHT}, or its initial height when not a number
 * @example clampEmbedHeight(90) // 240
 */
export function clampEmbedHeight(height: number): number {
  if (!Number.isFinite(height)) return EMBED_HEIGHT.initial;
  return Math.round(Math.min(EMBED_HEIGHT.max, Math.max(EMBED_HEIGHT.min, height)));
}

function attributes(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join("");
}

const HTML_ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}
