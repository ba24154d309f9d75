/**
 * Turns a world-atlas TopoJSON topology into the layers of the offline basemap: country shapes,
 * land borders, coastlines and country labels, all safe to draw on a flat map.
 */
import type { Feature, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature, mesh } from "topojson-client";
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature } from "@turf/turf";
import { cutPolygonsAtAntimeridian, splitLinesAtAntimeridian } from "./antimeridian";

/**
 * Zoom from which a country's label shows, by country area. Checked top to bottom; the first row
 * whose area the country exceeds wins. At low zoom only big countries have room for a name.
 */
const LABEL_ZOOM_BY_AREA: ReadonlyArray<{ minimumSquareKilometres: number; minZoom: number }> = [
  { minimumSquareKilometres: 2_000_000, minZoom: 2 },
  { minimumSquareKilometres: 300_000, minZoom: 4 },
  { minimumSquareKilometres: 50_000, minZoom: 4.5 },
];
/** Zoom for countries smaller than every row of the table above. */
const SMALL_COUNTRY_LABEL_ZOOM = 6;
const SQUARE_METRES_PER_SQUARE_KILOMETRE = 1_000_000;

export interface CountryShape {
  /** ISO 3166-1 numeric code, or the name for the few areas world-atlas gives no code. */
  id: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

export interface CountryLabel {
  id: string;
  name: string;
  lng: number;
  lat: number;
  minZoom: number;
}

export interface Basemap {
  countries: CountryShape[];
  /** Land borders between two countries. */
  borders: MultiLineString;
  /** Country edges that no other country shares: coasts, plus Antarctica's edge near the pole. */
  coastlines: MultiLineString;
  labels: CountryLabel[];
}

/**
 * Builds the basemap layers from a world-atlas countries topology (countries-50m or -110m).
 *
 * @param topology - Parsed TopoJSON with a `countries` GeometryCollection whose members carry a
 *   `name` property and usually an ISO numeric `id`; it is not modified.
 * @returns Countries cut at the antimeridian, borders and coastlines split there, and one label
 *   per country with the zoom from which it should show.
 * @throws Error when the topology has no `countries` GeometryCollection.
 * @example
 * const topology = await (await fetch("countries-50m.json")).json();
 * const { countries, borders, coastlines, labels } = buildBasemap(topology);
 */
export function buildBasemap(topology: Topology): Basemap {
  if (topology.objects.countries?.type !== "GeometryCollection") {
    throw new Error("Topology has no 'countries' GeometryCollection");
  }
  const collection = topology.objects.countries as GeometryCollection<{ name?: string }>;
  const countries = feature(topology, collection).features.flatMap(toCountryShape);
  return {
    countries,
    borders: splitLinesAtAntimeridian(mesh(topology, collection, (a, b) => a !== b)),
    coastlines: splitLinesAtAntimeridian(mesh(topology, collection, (a, b) => a === b)),
    labels: countries.map(toCountryLabel),
  };
}

/**
 * Picks the zoom from which a country of the given area gets a label.
 *
 * @param squareKilometres - Area of the country.
 * @returns The minimum zoom from {@link LABEL_ZOOM_BY_AREA}, or the small-country zoom.
 * @example
 * labelMinZoom(17_000_000); // 2 (Russia)
 * labelMinZoom(2_700_000); // 2 (Kazakhstan)
 * labelMinZoom(160); // 6 (Liechtenstein)
 */
export function labelMinZoom(squareKilometres: number): number {
  const row = LABEL_ZOOM_BY_AREA.find((candidate) => squareKilometres > candidate.minimumSquareKilometres);
  return row?.minZoom ?? SMALL_COUNTRY_LABEL_ZOOM;
}

function toCountryShape(country: Feature<Geometry | null, { name?: string }>): CountryShape[] {
  const { geometry } = country;
  if (geometry?.type !== "Polygon" && geometry?.type !== "MultiPolygon") return [];
  // An object whose arcs were all dropped decodes to an empty MultiPolygon: nothing to draw or label.
  if (geometry.coordinates.length === 0) return [];
  const name = country.properties?.name ?? String(country.id ?? "");
  return [{ id: String(country.id ?? name), name, geometry: cutPolygonsAtAntimeridian(geometry) }];
}

function toCountryLabel(country: CountryShape): CountryLabel {
  const polygons = country.geometry.type === "Polygon" ? [country.geometry.coordinates] : country.geometry.coordinates;
  const sized = polygons.map((coordinates) => {
    const polygon: Polygon = { type: "Polygon", coordinates };
    return { polygon, squareMetres: area(polygon) };
  });
  const largest = sized.reduce((best, candidate) => (candidate.squareMetres > best.squareMetres ? candidate : best));
  const totalSquareMetres = sized.reduce((sum, { squareMetres }) => sum + squareMetres, 0);
  const [lng, lat] = interiorPoint(largest.polygon);
  return {
    id: country.id,
    name: country.name,
    lng: lng!,
    lat: lat!,
    minZoom: labelMinZoom(totalSquareMetres / SQUARE_METRES_PER_SQUARE_KILOMETRE),
  };
}

/**
 * Centre of mass when it falls inside the polygon; crescent-shaped or hollow countries (Chile,
 * Croatia) can have it outside, and then turf picks a point on the polygon instead.
 * @param polygon - in degrees
 * @returns [lng, lat] inside the polygon, where a name can stand
 * @example interiorPoint({ type: "Polygon", coordinates: [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]] }) // [2, 1]
 */
export function interiorPoint(polygon: Polygon): Position {
  const center = centerOfMass(polygon);
  if (booleanPointInPolygon(center, polygon)) return center.geometry.coordinates;
  return pointOnFeature(polygon).geometry.coordinates;
}
