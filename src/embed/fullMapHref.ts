import { editQuery } from "../state/urlOptions";

/** Options that only shape an embed; the full map has its own layout and obeys no host. */
const EMBED_ONLY = ["panel", "controls", "static", "title", "origins"] as const;

/**
 * The full map showing what an embed shows: the same story, place, dates, theme and view.
 * @param embedHref - the embed's own URL, `…/embed.html?…#map=…`
 * @example fullMapHref("https://example.org/maps/embed.html?place=astana&panel=0#map=5/51/71") // "https://example.org/maps/?place=astana#map=5/51/71"
 */
export function fullMapHref(embedHref: string): string {
  const url = new URL(embedHref);
  url.pathname = url.pathname.replace(/[^/]*$/, "");
  url.search = editQuery(url.search, Object.fromEntries(EMBED_ONLY.map((name) => [name, null])));
  return url.href;
}
