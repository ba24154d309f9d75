import { parseMapHash, type MapView } from "./mapView";
import { readStoryOption, type StoryOption } from "./storyOption";
import { parseDayRange, type DayRange } from "../story/dayRange";
import { parseOrigins } from "../embed/origins";

/** Where an option lives in the URL. */
type OptionPlace = "query" | "hash";

/** One URL option: declared once here, read by the code and copied into the README. */
export interface UrlOption {
  name: string;
  in: OptionPlace;
  /** Form of the value, as the README shows it. */
  value: string;
  example: string;
  description: string;
  /** Render options matter most in an embed, and the README lists them with the embed. */
  group: "app" | "embed";
}

export const URL_OPTIONS: readonly UrlOption[] = [
  {
    name: "story",
    in: "query",
    group: "app",
    value: "<url>",
    example: "?story=stories/other.json",
    description:
      "Loads that story file instead of the catalogue's default: a path relative to the page, or an http(s) URL on a site that lets other sites read it (CORS). Any other kind of URL (`javascript:`, `data:`, `file:`) is refused with a message naming it; a file that cannot be loaded shows its problems and a link to the default story.",
  },
  {
    name: "place",
    in: "query",
    group: "app",
    value: "<place id>",
    example: "?place=baikonur",
    description: "Opens that place's popup when the map loads and centres on it. An unknown id shows a message naming it.",
  },
  {
    name: "map",
    in: "hash",
    group: "app",
    value: "<zoom>/<lat>/<lng>",
    example: "#map=6/48.20/67.50",
    description: "The map view (OpenStreetMap convention). Kept up to date as you pan and zoom; a URL carrying it restores that view.",
  },
  {
    name: "view",
    in: "query",
    group: "app",
    value: "text",
    example: "?view=text",
    description:
      "The text-only view: the whole story as a document, with no map (for screen readers, printing or a slow device). The “Text only” link in the header opens it; “Back to the map” returns. Any other value shows a message naming it.",
  },
  {
    name: "tiles",
    in: "query",
    group: "app",
    value: "osm",
    example: "?tiles=osm",
    description:
      "Shows OpenStreetMap's online tiles over the offline basemap, as the “Online map tiles” button does. When they cannot load, the offline map stays and a notice says so. Any other value shows a message naming it.",
  },
  {
    name: "from",
    in: "query",
    group: "app",
    value: "<YYYY-MM-DD>",
    example: "?from=2016-06-01",
    description:
      "First day of a date range (inclusive) that narrows the map and lists to places with events in that range; the timeline dims the events outside it. Without `?to=` the range has no end. A value that is not a real day, or a `?from=` after `?to=`, shows a message naming it and is ignored.",
  },
  {
    name: "to",
    in: "query",
    group: "app",
    value: "<YYYY-MM-DD>",
    example: "?to=2016-06-30",
    description:
      "Last day of the date range (inclusive), as for `?from=`; without `?from=` the range has no start. An event counts when any part of it falls within the range (a minute on its UTC day).",
  },
  {
    name: "theme",
    in: "query",
    group: "app",
    value: "auto | light | dark",
    example: "?theme=dark",
    description:
      "Colour theme. `auto` (the default) follows the reader's system setting and changes with it; `light` and `dark` fix it, as for a projector in a dark room. Both themes meet WCAG AA contrast. Any other value shows a message naming it.",
  },
  {
    name: "mode",
    in: "query",
    group: "app",
    value: "briefing | presenter | handout",
    example: "?mode=briefing",
    description:
      "`briefing` presents the story step by step, full-screen friendly, steered by the keys a presentation clicker sends (see Keyboard); `presenter` is the speaker's second window (notes, next step, clock), kept in step with the briefing window; `handout` is the printable handout: a cover with a QR code to the live map, then a page per step. Any other value shows a message naming it.",
  },
  {
    name: "step",
    in: "query",
    group: "app",
    value: "<number>",
    example: "?mode=briefing&step=4",
    description: "Opens the briefing at that step, counting from 1; kept up to date as the briefing moves. A step the briefing does not have shows a message and opens the nearest one.",
  },
  {
    name: "panel",
    in: "query",
    group: "embed",
    value: "0 | 1",
    example: "?panel=0",
    description: "`0` hides the side panel (article, places, timeline) and gives the map the whole width. Default `1`.",
  },
  {
    name: "controls",
    in: "query",
    group: "embed",
    value: "0 | 1",
    example: "?controls=0",
    description: "`0` hides the buttons on the map (zoom, show all, online tiles); the map still pans and zooms by mouse, touch and keys. Default `1`.",
  },
  {
    name: "static",
    in: "query",
    group: "embed",
    value: "0 | 1",
    example: "?static=1",
    description: "`1` fixes the view, as in print: no panning or zooming and no zoom buttons, though places still open their popups. Default `0`.",
  },
  {
    name: "title",
    in: "query",
    group: "embed",
    value: "0 | 1",
    example: "?title=0",
    description: "`0` hides the headline bar, for a page that shows the headline itself. Default `1`.",
  },
  {
    name: "origins",
    in: "query",
    group: "embed",
    value: "<origin>,<origin>…",
    example: "?origins=https://news.example",
    description:
      "The only host pages whose messages an embed obeys, and the only ones it tells what happens (see “Messages” below). Without it, any page that frames the embed may steer it. An entry that is not an origin such as `https://news.example` shows a message naming it.",
  },
];

/** How the map is drawn: the render options, each a 0/1 switch. */
export interface RenderOptions {
  panel: boolean;
  controls: boolean;
  static: boolean;
  title: boolean;
}

export const DEFAULT_RENDER: RenderOptions = { panel: true, controls: true, static: false, title: true };

function readSwitch(query: URLSearchParams, name: keyof RenderOptions, problems: string[]): boolean {
  const value = query.get(name);
  if (value === "1" || value === "0") return value === "1";
  if (value !== null && value !== "") problems.push(`?${name}=${value} was ignored: the accepted values are “0” and “1”`);
  return DEFAULT_RENDER[name];
}

/** What the page shows: the map, a briefing, a briefing's presenter view, or its printable handout. */
export const MODES = ["map", "briefing", "presenter", "handout"] as const;
export type Mode = (typeof MODES)[number];

/** Colour themes `?theme=` accepts; `auto` follows the system's `prefers-color-scheme`. */
export const THEMES = ["auto", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value);

/** Online tile sources `?tiles=` accepts. */
export const TILE_SOURCES = ["osm"] as const;
export type TileSource = (typeof TILE_SOURCES)[number];

const isTileSource = (value: string): value is TileSource => (TILE_SOURCES as readonly string[]).includes(value);

export interface UrlState {
  story: StoryOption;
  place: string | null;
  view: MapView | null;
  tiles: TileSource | null;
  /** Days from `?from=` and `?to=`; both null when absent or ignored. */
  range: DayRange;
  /** True for `?view=text`: the story as a document, without the map. */
  textOnly: boolean;
  theme: Theme;
  render: RenderOptions;
  mode: Mode;
  /** `?step=`, counting from 1; null when absent or ignored. */
  step: number | null;
  /** Host origins an embed obeys (`?origins=`); null for any. */
  origins: string[] | null;
  /** Sentences about options that were malformed and ignored. */
  problems: string[];
}

/**
 * Reads every URL option the app understands.
 * @param href - the page's URL, `location.href`
 * @returns the options, and a sentence for each one that was ignored (a refused `?story=` says
 *   why in its own result, because it stops the story from loading rather than being ignored)
 */
export function readUrlState(href: string): UrlState {
  const { searchParams: query, hash } = new URL(href);
  const problems: string[] = [];
  const place = query.get("place");
  const view = parseMapHash(hash);
  if (view && "problem" in view) problems.push(view.problem);
  const tiles = query.get("tiles");
  if (tiles !== null && tiles !== "" && !isTileSource(tiles)) {
    problems.push(`?tiles=${tiles} was ignored: the accepted ${TILE_SOURCES.length === 1 ? "value is" : "values are"} ${TILE_SOURCES.map((each) => `“${each}”`).join(", ")} (OpenStreetMap tiles over the offline map)`);
  }
  const range = parseDayRange(query.get("from"), query.get("to"));
  problems.push(...range.problems);
  const layout = query.get("view");
  if (layout !== null && layout !== "" && layout !== "text") problems.push(`?view=${layout} was ignored: the accepted value is “text” (the text-only view)`);
  const mode = query.get("mode");
  const knownMode = mode === "briefing" || mode === "presenter" || mode === "handout" ? mode : "map";
  if (mode !== null && mode !== "" && knownMode === "map") problems.push(`?mode=${mode} was ignored: the accepted values are “briefing”, “presenter” and “handout”`);
  const stepText = query.get("step");
  const step = stepText !== null && /^[1-9][0-9]{0,3}$/.test(stepText) ? Number(stepText) : null;
  if (stepText !== null && stepText !== "" && step === null) problems.push(`?step=${stepText} was ignored: a step is a whole number from 1`);
  const origins = parseOrigins(query.get("origins"));
  problems.push(...origins.problems);
  const theme = query.get("theme");
  if (theme !== null && theme !== "" && !isTheme(theme)) {
    problems.push(`?theme=${theme} was ignored: the accepted values are ${THEMES.map((each) => `“${each}”`).join(", ")}`);
  }
  return {
    story: readStoryOption(query.get("story"), href),
    place: place === null || place === "" ? null : place,
    view: view && !("problem" in view) ? view : null,
    tiles: tiles !== null && isTileSource(tiles) ? tiles : null,
    range: range.range,
    textOnly: layout === "text",
    theme: theme !== null && isTheme(theme) ? theme : "auto",
    render: {
      panel: readSwitch(query, "panel", problems),
      controls: readSwitch(query, "controls", problems),
      static: readSwitch(query, "static", problems),
      title: readSwitch(query, "title", problems),
    },
    origins: origins.origins,
    mode: knownMode,
    step,
    problems,
  };
}

/**
 * A query string with some options set or removed, the others kept as they were.
 * @param search - `location.search`
 * @param changes - a value to set, or null to remove the option
 * @returns the new query string with its `?`, or "" when no option is left
 * @example editQuery("?story=a.json&tiles=osm", { story: null }) // "?tiles=osm"
 */
export function editQuery(search: string, changes: Readonly<Record<string, string | null>>): string {
  const query = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) query.delete(name);
    else query.set(name, value);
  }
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

/**
 * The live map of the page's story, as a handout's QR code carries it: without the options of a
 * briefing (`?mode=`, `?step=`) or of the text-only view, and without a `#map=` view, so it opens
 * at the story's own.
 * @param href - the page's URL, `location.href`
 * @returns an absolute URL, since it leaves the page on paper
 * @example liveMapHref("https://example.org/map/?story=a.json&mode=handout#map=3/1/2") // "https://example.org/map/?story=a.json"
 */
export function liveMapHref(href: string): string {
  const url = new URL(href);
  url.search = editQuery(url.search, { mode: null, step: null, view: null });
  url.hash = "";
  return url.href;
}

/**
 * The same page with the catalogue's default story: without `?story=` (and without a `#map=`
 * view, which belonged to the other story).
 * @param href - the page's URL, `location.href`
 * @returns an absolute URL (a bare path such as `//host/` would leave the site)
 * @example defaultStoryHref("https://example.org/map/?story=a.json&tiles=osm#map=3/1/2") // "https://example.org/map/?tiles=osm"
 */
export function defaultStoryHref(href: string): string {
  const url = new URL(href);
  url.search = editQuery(url.search, { story: null });
  url.hash = "";
  return url.href;
}
