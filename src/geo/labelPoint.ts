import { booleanPointInPolygon, centerOfMass, pointOnFeature } from "@turf/turf";
import type { Geometry } from "geojson";

/**
 * Where a marker for a shape sits: the point itself, or a point inside an area (its centre of
 * mass when that lies inside, as for most countries, else a point on its surface).
 * @param geometry - any GeoJSON geometry but a GeometryCollection
 * @returns [longitude, latitude]
 * @example labelPointOf({ type: "Point", coordinates: [57.2, 50.3] }) // [57.2, 50.3]
 */
export function labelPointOf(geometry: Exclude<Geometry, { type: "GeometryCollection" }>): [number, number] {
  if (geometry.type === "Point") return [geometry.coordinates[0]!, geometry.coordinates[1]!];
  if (geometry.type === "Polygon" || geometry.type === "MultiPolygon") {
    const centre = centerOfMass(geometry);
    if (booleanPointInPolygon(centre, geometry)) return [centre.geometry.coordinates[0]!, centre.geometry.coordinates[1]!];
  }
  const point = pointOnFeature(geometry).geometry.coordinates;
  return [point[0]!, point[1]!];
}
