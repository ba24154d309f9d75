/**
 * Files a page carries inside itself, so that it works opened from disk with no network: the
 * offline briefing (`npm run export:briefing`) writes them as JSON into
 * `<script type="application/json" id="article-map-inline">`. Every other page has no such
 * element, and then nothing is inlined.
 *
 * A file's key is its path relative to the site's root (the folder of the page), without query
 * or fragment and percent-encoded as in a URL: `geodata/catalog.json`,
 * `assets/basemap-world-<hash>.json`.
 */

export const INLINE_ELEMENT_ID = "article-map-inline";

/** What the element holds. */
export interface InlinePayload {
  /** The query (without `?`) the page starts with when its own address has none, e.g. `mode=briefing`. */
  startQuery?: string;
  /** Each file's text, by key. */
  files: Record<string, string>;
}

interface InlineFiles {
  startQuery: string | null;
  files: ReadonlyMap<string, string>;
}

/**
 * Reads the element's text. Never throws: anything missing or malformed is left out, so a broken
 * element only means files come from the network as usual.
 * @param text - the element's text, or null when there is none
 * @returns the start query and the files (a Map, so that a key such as `constructor` finds nothing it was not given)
 * @example readInlinePayload('{"files": {"geodata/catalog.json": "{}"}}').files.get("geodata/catalog.json") // "{}"
 */
export function readInlinePayload(text: string | null | undefined): InlineFiles {
  let payload: unknown;
  try {
    payload = text ? JSON.parse(text) : null;
  } catch {
    payload = null;
  }
  const { startQuery, files } = (payload ?? {}) as { startQuery?: unknown; files?: unknown };
  const entries = files !== null && typeof files === "object" ? Object.entries(files) : [];
  return {
    startQuery: typeof startQuery === "string" && startQuery !== "" ? startQuery : null,
    files: new Map(entries.filter((entry): entry is [string, string] => typeof entry[1] === "string")),
  };
}

let inline: InlineFiles | null = null;

// Read on first use: the element is in the page before any script runs, and is never changed.
function inlineFiles(): InlineFiles {
  inline ??= readInlinePayload(typeof document === "undefined" ? null : document.getElementById(INLINE_ELEMENT_ID)?.textContent);
  return inline;
}

/** The query the page starts with when its address has none, or null. */
export function inlineStartQuery(): string | null {
  return inlineFiles().startQuery;
}

/**
 * The text of an inlined file.
 * @param url - the file's URL, already resolved against `siteBase`
 * @param siteBase - the site's root, or a page in it
 * @returns the text, or null when the page does not carry that file
 * @example inlineFile(new URL("geodata/catalog.json", document.baseURI), document.baseURI)
 */
export function inlineFile(url: URL, siteBase: string): string | null {
  const { files } = inlineFiles();
  if (files.size === 0) return null;
  const root = new URL("./", siteBase).href;
  const file = new URL(url.href);
  file.search = "";
  file.hash = "";
  return file.href.startsWith(root) ? files.get(file.href.slice(root.length)) ?? null : null;
}

/** Whether this page carries its own files: an offline briefing, which cannot make another. */
export function pageIsOffline(): boolean {
  return inlineFiles().files.size > 0;
}

/**
 * An offline briefing made to carry another story: its catalogue and story replaced, the app and
 * the basemap kept. Only the JSON element changes, so the page's CSP hashes (of its script and
 * style) still hold.
 * @param html - an offline briefing (the build's `offline-briefing.html`)
 * @param id - the story's id, which names its folder in the page's own paths
 * @param storyText - the story file as it was read
 * @returns the new page, or null when `html` is not an offline briefing
 */
export function offlineBriefingWith(html: string, id: string, storyText: string): string | null {
  const element = new RegExp(`(<script type="application/json" id="${INLINE_ELEMENT_ID}">)([\\s\\S]*?)(</script>)`);
  const found = element.exec(html);
  if (!found) return null;
  const { startQuery, files } = readInlinePayload(found[2]);
  const kept = [...files].filter(([key]) => !key.startsWith("geodata/"));
  const folder = encodeURIComponent(id);
  const payload: InlinePayload = {
    ...(startQuery ? { startQuery } : {}),
    files: Object.fromEntries([
      ...kept,
      ["geodata/catalog.json", JSON.stringify({ defaultStory: `${folder}/story.json` })],
      [`geodata/${folder}/story.json`, storyText],
    ]),
  };
  // `<` only occurs inside JSON strings, where \u003c means the same, so no tag can end the element.
  const json = JSON.stringify(payload).replace(/</g, "\\u003c");
  return html.slice(0, found.index) + found[1] + json + found[3] + html.slice(found.index + found[0].length);
}

/**
 * A story's id from where it was read: its folder for a `story.json`, else the file's name.
 * @example storyIdFromUrl("geodata/aktobe-2016/story.json") // "aktobe-2016"
 */
export function storyIdFromUrl(url: string): string {
  const parts = new URL(url, "https://site.invalid/").pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const name = parts.at(-1) === "story.json" && parts.length > 1 ? parts.at(-2)! : (parts.at(-1) ?? "story").replace(/\.[^.]*$/, "");
  return name.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "story";
}
