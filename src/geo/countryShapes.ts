import { area, featureCollection, multiPolygon, polygon, simplify, truncate, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature } from "topojson-client";
import { cutPolygonsAtAntimeridian } from "./antimeridian";

/** Trade-offs for shapes stored in story files, which every reader downloads. */
export const shapeOptions = {
  /** Degrees; 0.02 (about 2 km) keeps borders within a few pixels at city zoom and a third of the points. */
  tolerance: 0.02,
  /** Islands smaller than this many km² are left out: invisible below city zoom, and there are thousands. */
  minimumPartKm2: 100,
  /** Decimal places kept; 3 is about 100 m, finer than the simplification above. */
  precision: 3,
};

type Area = Polygon | MultiPolygon;

/**
 * Builds the shape of a country or a region from Natural Earth country shapes: unions the named
 * countries with turf, cuts rings at the antimeridian, drops tiny islands, simplifies and rounds.
 * @param topology - world-atlas `countries-50m` (or another resolution with the same ids)
 * @param countryIds - ISO 3166-1 numeric codes, as world-atlas ids them (e.g. "398" for Kazakhstan)
 * @returns the area's geometry
 * @example shapeOfCountries(countries50m, ["398", "417", "762", "795", "860"]) // Central Asia
 */
export function shapeOfCountries(topology: Topology, countryIds: readonly string[]): Area {
  const collection = topology.objects.countries as GeometryCollection;
  const countries = feature(topology, collection).features.filter(
    (country): country is Feature<Area, object> =>
      countryIds.includes(String(country.id)) && (country.geometry?.type === "Polygon" || country.geometry?.type === "MultiPolygon"),
  );
  const missing = countryIds.filter((id) => !countries.some((country) => String(country.id) === id));
  if (missing.length > 0) throw new Error(`No country with id ${missing.join(", ")} in the topology`);
  const merged = countries.length === 1 ? countries[0] : union(featureCollection<Area, object>(countries));
  if (!merged) throw new Error(`The shapes of ${countryIds.join(", ")} do not overlap or touch`);
  const cut = cutPolygonsAtAntimeridian(merged.geometry);
  const parts = (cut.type === "Polygon" ? [cut.coordinates] : cut.coordinates).filter(
    (rings) => area(polygon(rings)) / 1e6 >= shapeOptions.minimumPartKm2,
  );
  const simplified = simplify(multiPolygon(parts), { tolerance: shapeOptions.tolerance, highQuality: true });
  return truncate(simplified, { precision: shapeOptions.precision, coordinates: 2 }).geometry;
}
