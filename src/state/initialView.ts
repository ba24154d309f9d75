import type { Bounds } from "../geo/bounds";
import { unionOfBoxes } from "../geo/bounds";
import type { Place, Story } from "../story/model";
import type { PlacePrecision } from "../story/schema";
import type { MapView } from "./mapView";

export type InitialView = { kind: "view"; view: MapView } | { kind: "bounds"; bounds: Bounds };

/** How close the map comes to a point place opened by `?place=`. */
// The offline basemap is Natural Earth at 1:50m, which has little to show closer than this.
export const ZOOM_FOR_PRECISION: Record<Exclude<PlacePrecision, "country" | "region" | "off-earth">, number> = {
  building: 10,
  site: 8,
  city: 7,
};

/**
 * Chooses the first view: the URL's `#map=` wins, then the place asked for by `?place=`, then the
 * story's own first view, then all of its places.
 * @param story - the loaded story
 * @param urlView - the view from `#map=`, if any
 * @param place - the place from `?place=`, if it exists in the story
 * @returns a view to set or bounds to fit
 */
export function chooseInitialView(story: Story, urlView: MapView | null, place: Place | null): InitialView {
  if (urlView) return { kind: "view", view: urlView };
  if (place?.geometry) {
    if (place.geometry.type === "Point") {
      const [lng, lat] = place.geometry.coordinates;
      const precision = place.precision as keyof typeof ZOOM_FOR_PRECISION;
      return { kind: "view", view: { lat, lng, zoom: ZOOM_FOR_PRECISION[precision] ?? ZOOM_FOR_PRECISION.city } };
    }
    if (place.box) return { kind: "bounds", bounds: place.box };
  }
  const storyBounds = story.file.view?.bounds;
  if (storyBounds) return { kind: "bounds", bounds: storyBounds };
  return { kind: "bounds", bounds: unionOfBoxes(story.places.flatMap((each) => (each.box ? [each.box] : []))) ?? [-180, -60, 180, 75] };
}
