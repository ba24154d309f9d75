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
