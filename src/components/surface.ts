import type { FirstStory } from "../data/fetchers";
import type { MapChannel } from "../embed/channel";
import { editQuery, type UrlState } from "../state/urlOptions";

/**
 * Where the map runs and what that changes: the full page (`index.html`), the embed view
 * (`embed.html`, in a host's iframe) or the `<article-map>` element (inside a host's own page).
 */
export interface Surface {
  kind: "app" | "embed" | "element";
  options: UrlState;
  /** The site's root, against which the catalogue and the basemap files resolve. */
  siteBase: string;
  /** Records a change of state in the URL; an element must leave its host's URL alone. */
  remember: (changes: Readonly<Record<string, string | null>>, keepHash?: boolean) => void;
  /** Where a host's commands come in and the map's events go out; null for the full page. */
  channel: MapChannel | null;
  /** The full map of the same story and view as now, which an embed links to; null on the full page. */
  fullMapHref: (() => string) | null;
  /** The first story's load, when the page began it before the app's script arrived. */
  firstStory: Promise<FirstStory> | null;
}

/** Rewrites the page's query string in place (replaceState: no history entry), keeping the rest of the URL. */
export function rememberInUrl(changes: Readonly<Record<string, string | null>>, keepHash = true): void {
  const { pathname, search, hash } = window.location;
  history.replaceState(history.state, "", `${pathname}${editQuery(search, changes)}${keepHash ? hash : ""}`);
}
