import { bbox } from "@turf/turf";
import type { Geometry } from "geojson";

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/**
 * The box around every located place, or null when none has a geometry.
 * @param geometries - place geometries; null ones (in orbit, never located) are skipped
 * @returns the bounding box of them all
 * @example boundsOfGeometries([{ type: "Point", coordinates: [57.2, 50.3] }]) // [57.2, 50.3, 57.2, 50.3]
 */
export function boundsOfGeometries(geometries: ReadonlyArray<Geometry | null>): Bounds | null {
  return unionOfBoxes(geometries.filter((geometry): geometry is Geometry => geometry !== null).map((geometry) => bbox(geometry) as Bounds));
}

/** The box around several boxes, or null for none. */
export function unionOfBoxes(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  return [
    Math.min(...boxes.map((box) => box[0])),
    Math.min(...boxes.map((box) => box[1])),
    Math.max(...boxes.map((box) => box[2])),
    Math.max(...boxes.map((box) => box[3])),
  ];
}
