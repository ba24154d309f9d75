import { CLUSTER_THRESHOLD, countPositioned } from "../geo/clusterPoints";
import { drawEarlyMap } from "../map/earlyMap";
import { chooseInitialView } from "../state/initialView";
import type { UrlState } from "../state/urlOptions";
import { isOpenRange } from "../story/dayRange";
import { headlineOf } from "../story/headline";
import type { Story } from "../story/model";
import { earlyShell } from "./earlyShell";

/**
 * Whether the app would open with these options on a story's whole map, which the page's entry
 * can then draw before React arrives: not a briefing, the text view, or a map narrowed to dates.
 */
export const opensOnMap = (options: UrlState): boolean => options.mode === "map" && !options.textOnly && isOpenRange(options.range);

/**
 * Draws the app's layout, the story's headline, its map and its markers into the page, with no
 * React: what the first view shows while the app's script is still arriving (see earlyMap.ts).
 * @returns false, drawing nothing, for a story big enough to be clustered, which only the app draws
 */
export function drawEarlyView(root: HTMLElement, story: Story, options: UrlState): boolean {
  if (countPositioned(story.places) > CLUSTER_THRESHOLD) return false;
  const { shell, mapElement } = earlyShell(headlineOf(story), { theme: options.theme, title: options.render.title, panel: options.render.panel });
  // Beside the app's element, over it, rather than in it: React's first render would empty it,
  // taking the map's element out of the page (and the keyboard focus with it) before StoryMap can
  // adopt it. StoryMap moves the map into its place and removes the rest.
  root.before(shell);
  const place = options.place === null ? null : story.placeById.get(options.place) ?? null;
  const settings = { onlineTiles: options.tiles !== null, controls: options.render.controls, movable: !options.render.static };
  drawEarlyMap(mapElement, story, settings, chooseInitialView(story, options.view, place), () => shell.remove());
  return true;
}
