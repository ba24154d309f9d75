import { bbox } from "@turf/turf";
import type { Geometry } from "geojson";
import { unionOfBoxes, type Bounds } from "./bounds";

/** A place as a briefing step frames it. */
export interface FramedPlace {
  geometry: Geometry | null;
  /** Its marker position, [lng, lat]; null when it has none. */
  anchor: readonly [number, number] | null;
}

/** A shape wider than this is framed by its marker: Russia, cut at the antimeridian, spans the globe. */
const WIDEST_FRAMED_SHAPE = 90;

/**
 * The box a briefing step shows: the whole shape of each region or country it names (so that
 * "Kazakhstan in Central Asia" shows all of it), the marker of everything else.
 * @returns [west, south, east, north], or null when no place has a position
 * @example boundsForPlaces([{ geometry: null, anchor: [57.2, 50.3] }]) // [57.2, 50.3, 57.2, 50.3]
 */
export function boundsForPlaces(places: readonly FramedPlace[]): Bounds | null {
  const boxes = places.flatMap((place): Bounds[] => {
    if (place.geometry && place.geometry.type !== "Point") {
      const box = bbox(place.geometry) as Bounds;
      if (box[2] - box[0] <= WIDEST_FRAMED_SHAPE) return [box];
    }
    return place.anchor ? [[place.anchor[0], place.anchor[1], place.anchor[0], place.anchor[1]]] : [];
  });
  return unionOfBoxes(boxes);
}
