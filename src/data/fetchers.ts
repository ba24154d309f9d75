import type { Topology } from "topojson-specification";
import { cellUrls, worldUrl } from "virtual:basemap";
import { builtDefaultStory, validatedDefaultStory } from "virtual:catalog";
import { decodeCell, decodeWorld, type BasemapCell, type BasemapDetail, type BasemapWorld, type WorldFile } from "../geo/basemapFiles";
import { STORY_MAX_BYTES } from "../story/limits";
import type { ParseResult } from "../story/parseStory";
import { storyFromParts } from "../story/model";
import { readValidatedStory } from "../story/validatedStory";
import type { StoryOption } from "../state/storyOption";
import { parseStorySource, type StorySource } from "./storyParser";
import { fetchChecked } from "./fetchChecked";
import { CATALOG_URL } from "./firstFiles";
import { inlineFile, pageIsOffline } from "./inlineFiles";

/**
 * The network side of the app's I/O (readFile.ts reads local files). Everything it returns is
 * either parsed data or an Error whose message names the file and what went wrong, ready to
 * show to a person.
 */

export interface Catalog {
  defaultStory: string;
}

export type StoryLoad = ParseResult & { url: string };

/**
 * Where a file's text comes from: the page itself when it carries the file (see inlineFiles.ts),
 * else a fetch.
 * @param url - as messages show it: relative to `base`, or absolute
 * @param base - the site's root (the page's, or an `<article-map>` module's on another page)
 * @throws an Error naming `url` when it is not a URL
 */
function sourceOf(url: string, base: string, maxBytes: number): StorySource {
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch (error) {
    throw new Error(`${url} could not be fetched: ${error instanceof Error ? error.message : String(error)}${crossOriginHint(url)}`, { cause: error });
  }
  const inlined = inlineFile(resolved, base);
  return inlined === null ? { fetch: { url: resolved.href, shown: url, maxBytes, hint: crossOriginHint(url) } } : { text: inlined };
}

/** The file's text, from the page or fetched; a failure throws an Error naming the file. */
async function fetchText(url: string, base: string, maxBytes = Infinity): Promise<string> {
  const source = sourceOf(url, base, maxBytes);
  return "text" in source ? source.text : fetchChecked(source.fetch);
}

// A browser hides why a request to another site failed; the likeliest reasons are worth naming.
function crossOriginHint(url: string): string {
  const origin = new URL(url, window.location.href).origin;
  return origin === window.location.origin ? "" : ` (the site may be offline, or may not let other sites read its files: it must send CORS headers)`;
}

/** Reads the catalogue that names the default story. */
export async function loadCatalog(base: string): Promise<Catalog> {
  const text = await fetchText(CATALOG_URL, base);
  let catalog: unknown;
  try {
    catalog = JSON.parse(text);
  } catch (error) {
    throw new Error(`${CATALOG_URL} is not valid JSON`, { cause: error });
  }
  const defaultStory = (catalog as { defaultStory?: unknown } | null)?.defaultStory;
  if (typeof defaultStory !== "string" || defaultStory === "") {
    throw new Error(`${CATALOG_URL} must name the default story file in "defaultStory"`);
  }
  return { defaultStory: storyUrlInCatalog(defaultStory) };
}

/** Story paths in the catalogue are relative to the catalogue, and stay relative so messages stay short. */
function storyUrlInCatalog(path: string): string {
  const isAbsolute = /^[a-z][a-z0-9+.-]*:|^\//i.test(path);
  return isAbsolute ? path : CATALOG_URL.replace(/[^/]*$/, "") + path;
}

/**
 * Fetches and validates a story file; problems with its contents come back in the result, while
 * a fetch that fails throws an Error naming the URL.
 */
export async function loadStory(url: string, base: string): Promise<StoryLoad> {
  return { ...(await parseStorySource(sourceOf(url, base, STORY_MAX_BYTES))), url };
}

/**
 * The catalogue's default as the build saw it: the build's validated copy when there is a usable
 * one (src/story/validatedStory.ts), else the story file, fetched and validated.
 */
async function loadBuiltDefault(story: string, url: string, base: string): Promise<StoryLoad> {
  if (validatedDefaultStory !== null) {
    const parts = await fetchText(validatedDefaultStory, base).then((text) => readValidatedStory(text, story), () => null);
    if (parts) return { ...storyFromParts(parts), url };
  }
  return loadStory(url, base);
}

/** How the first story's load ended: the story (or its problems), or an error naming the file. */
export type FirstStory =
  | { kind: "loaded"; file: string; load: StoryLoad }
  | { kind: "failed"; file: string; error: unknown };

/**
 * Loads the story a page opens with: the catalogue's default, or the file `?story=` names.
 * Started by the page's small entry script, so the story downloads and validates while the
 * app's larger script is still arriving; the coarse world basemap starts downloading too.
 * @param option - `?story=` as read; a refused value never reaches here
 * @returns the outcome, with the file it concerns; never rejects
 */
export function loadFirstStory(option: Exclude<StoryOption, { kind: "refused" }>, base: string): Promise<FirstStory> {
  const loading = firstStory(option, base);
  void loading.then((outcome) => settledFirstStories.set(loading, { outcome, at: performance.now() }));
  return loading;
}

/** How each first story's load ended, and when (ms since the page's start), once it has. */
const settledFirstStories = new WeakMap<Promise<FirstStory>, { outcome: FirstStory; at: number }>();

/**
 * A first story whose load has already ended, so the app's first render can show it at once: the
 * default story the build validated usually arrives before the app's script has run.
 * @param loading - a promise {@link loadFirstStory} returned
 * @returns the outcome and when it came, or null while it is still loading
 */
export function settledFirstStory(loading: Promise<FirstStory>): { outcome: FirstStory; at: number } | null {
  return settledFirstStories.get(loading) ?? null;
}

async function firstStory(option: Exclude<StoryOption, { kind: "refused" }>, base: string): Promise<FirstStory> {
  // The app reads it once the story is on the map, and reports a failure then.
  prefetchBasemapWorld(base).catch(() => undefined);
  let file = option.kind === "url" ? option.value : CATALOG_URL;
  try {
    if (option.kind === "url") return { kind: "loaded", file, load: await loadStory(option.url, base) };
    // The default the build saw starts downloading with the catalogue, not after it. The catalogue
    // still decides: a site whose catalogue names another story since the build loads that one.
    // An offline page carries its own catalogue and story, which may differ from the build's.
    const guess = builtDefaultStory !== null && !pageIsOffline() ? storyUrlInCatalog(builtDefaultStory) : null;
    const early = builtDefaultStory === null || guess === null ? null : loadBuiltDefault(builtDefaultStory, guess, base);
    early?.catch(() => undefined);
    const catalog = await loadCatalog(base);
    file = catalog.defaultStory;
    return { kind: "loaded", file, load: await (early && catalog.defaultStory === guess ? early : loadStory(catalog.defaultStory, base)) };
  } catch (error) {
    return { kind: "failed", file, error };
  }
}

/** Fetches a story file's text as it is, for an offline copy that carries it. */
export async function loadStoryText(url: string, base: string): Promise<string> {
  return fetchText(url, base, STORY_MAX_BYTES);
}

/** Fetches the offline briefing the build makes (scripts/vite-offline-briefing.ts), to carry another story. */
export async function loadOfflineBriefing(base: string): Promise<string> {
  return fetchText("offline-briefing.html", base);
}

/** Each key loaded once, however many ask; a load that failed is tried again by the next to ask. */
function once<V>(load: (key: string) => Promise<V>): (key: string) => Promise<V> {
  const loads = new Map<string, Promise<V>>();
  return (key) => {
    const cached = loads.get(key);
    if (cached) return cached;
    const loading = load(key);
    loads.set(key, loading);
    loading.catch(() => loads.delete(key));
    return loading;
  };
}

/**
 * Starts downloading the coarse world basemap (scripts/vite-basemap.ts) without reading it, so
 * the page's first script can start the download while reading it waits until it is needed.
 */
export const prefetchBasemapWorld = once((base) => fetchText(worldUrl, base));

/** The coarse world basemap made at build time from Natural Earth, read once per site. */
export const loadBasemapWorld = once(async (base): Promise<BasemapWorld> => decodeWorld(JSON.parse(await prefetchBasemapWorld(base)) as WorldFile));

async function loadBasemapCell(key: string, base: string): Promise<BasemapCell> {
  const url = cellUrls[key];
  if (url === undefined) throw new Error(`There is no basemap cell ${key}`);
  return decodeCell(JSON.parse(await fetchText(url, base)) as Topology);
}

/**
 * The 1:50m basemap cells the build made (src/geo/basemapGrid.ts), each fetched once for every
 * map that asks (the page's, a briefing's, the handout's); a cell that failed is asked for again
 * next time.
 */
export function basemapDetail(base: string): BasemapDetail {
  return { cells: new Set(Object.keys(cellUrls)), load: once((key) => loadBasemapCell(key, base)) };
}
