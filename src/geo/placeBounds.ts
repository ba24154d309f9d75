import { bbox } from "@turf/turf";
import type { Geometry } from "geojson";
import { unionOfBoxes, type Bounds } from "./bounds";

/**
 * The box around every located place, or null when none has a geometry.
 * @param geometries - place geometries; null ones (in orbit, never located) are skipped
 * @returns the bounding box of them all
 * @example boundsOfGeometries([{ type: "Point", coordinates: [57.2, 50.3] }]) // [57.2, 50.3, 57.2, 50.3]
 */
export function boundsOfGeometries(geometries: ReadonlyArray<Geometry | null>): Bounds | null {
  return unionOfBoxes(geometries.filter((geometry): geometry is Geometry => geometry !== null).map((geometry) => bbox(geometry) as Bounds));
}
