/**
 * The basemap's files as the build writes them (scripts/vite-basemap.ts) and the app reads them:
 * TopoJSON, whose shared, quantised and delta-encoded arcs gzip to 40% of GeoJSON rounded to 0.01°.
 * Everything costly (antimeridian cuts, meshes, label points, clipping) is done at build time;
 * decoding is a walk over the arcs, a few milliseconds a file.
 */
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { feature } from "topojson-client";
import type { Basemap, CountryLabel, CountryShape } from "./basemap";
import type { BasemapWater } from "./basemapWater";

/** A piece of a country's land inside one cell; its id as in {@link CountryShape}. */
export interface LandPiece {
  id: string;
  geometry: Polygon | MultiPolygon;
}

/** The 1:50m basemap inside one grid cell (basemapGrid.ts): land clipped to the cell, lines and water too. */
export interface BasemapCell extends BasemapWater {
  land: LandPiece[];
  borders: MultiLineString;
  coastlines: MultiLineString;
}

/** The coarse world: the first thing drawn, and all there is below the detail zoom. */
export interface BasemapWorld {
  basemap: Basemap;
  water: BasemapWater;
}

/** Object names in the files' topologies. */
export const OBJECTS = { land: "land", borders: "borders", coastlines: "coastlines", lakes: "lakes", rivers: "rivers" } as const;

/** A world file: the topology, plus the labels (points need no arcs) and the countries' names. */
export interface WorldFile extends Topology {
  labels: CountryLabel[];
}

function members<T extends Geometry>(topology: Topology, name: string): Array<{ id: string; geometry: T }> {
  const object = topology.objects[name] as GeometryCollection | undefined;
  if (object?.type !== "GeometryCollection") throw new Error(`The basemap file has no ${name}`);
  return feature(topology, object).features.flatMap((each) => (each.geometry ? [{ id: String(each.id ?? ""), geometry: each.geometry as T }] : []));
}

function lines(topology: Topology, name: string): MultiLineString {
  const object = topology.objects[name];
  if (!object) throw new Error(`The basemap file has no ${name}`);
  const decoded = (feature(topology, object) as Feature<LineString | MultiLineString | null>).geometry;
  if (decoded?.type === "LineString") return { type: "MultiLineString", coordinates: [decoded.coordinates] };
  return decoded ?? { type: "MultiLineString", coordinates: [] };
}

function water(topology: Topology): BasemapWater {
  return {
    lakes: members<Polygon | MultiPolygon>(topology, OBJECTS.lakes).map((each) => each.geometry),
    rivers: members<LineString | MultiLineString>(topology, OBJECTS.rivers).map((each) => each.geometry),
  };
}

/**
 * Reads a cell file.
 * @param topology - a parsed cell file
 * @returns its land, lines and water as GeoJSON geometries
 * @throws Error naming a missing layer
 * @example decodeCell(JSON.parse(text)).land[0].id // "398"
 */
export function decodeCell(topology: Topology): BasemapCell {
  return {
    land: members<LandPiece["geometry"]>(topology, OBJECTS.land),
    borders: lines(topology, OBJECTS.borders),
    coastlines: lines(topology, OBJECTS.coastlines),
    ...water(topology),
  };
}

/**
 * Reads the world file.
 * @param file - the parsed world file
 * @returns the coarse basemap, named and labelled, and its water
 * @throws Error naming a missing layer
 * @example decodeWorld(JSON.parse(text)).basemap.labels.length // 241
 */
export function decodeWorld(file: WorldFile): BasemapWorld {
  const names = new Map(file.labels.map((label) => [label.id, label.name]));
  const countries = members<LandPiece["geometry"]>(file, OBJECTS.land).map((piece): CountryShape => ({ ...piece, name: names.get(piece.id) ?? piece.id }));
  return {
    basemap: { countries, borders: lines(file, OBJECTS.borders), coastlines: lines(file, OBJECTS.coastlines), labels: file.labels },
    water: water(file),
  };
}

/** The 1:50m cells as the map asks for them: which the build made, and how to get one. */
export interface BasemapDetail {
  cells: ReadonlySet<string>;
  /** Resolves to the cell (fetched once, then kept); rejects with an Error naming the file. */
  load: (key: string) => Promise<BasemapCell>;
}

/**
 * One basemap from several cells, for a map drawn once (the handout's): each country's pieces
 * joined into one shape, the lines of every cell together.
 * @param cells - decoded cells; not modified
 * @param labels - the world file's labels, which name the countries
 * @returns the basemap of the area the cells cover
 * @example basemapFromCells([cell6030, cell6060], world.basemap.labels).countries.find((country) => country.id === "398")
 */
export function basemapFromCells(cells: readonly BasemapCell[], labels: CountryLabel[]): Basemap {
  const pieces = new Map<string, Position[][][]>();
  for (const { id, geometry } of cells.flatMap((cell) => cell.land)) {
    const polygons = pieces.get(id) ?? [];
    polygons.push(...(geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates));
    pieces.set(id, polygons);
  }
  const names = new Map(labels.map((label) => [label.id, label.name]));
  const joined = (name: "borders" | "coastlines"): MultiLineString => ({ type: "MultiLineString", coordinates: cells.flatMap((cell) => cell[name].coordinates) });
  return {
    countries: [...pieces].map(([id, polygons]): CountryShape => ({
      id,
      name: names.get(id) ?? id,
      geometry: { type: "MultiPolygon", coordinates: polygons },
    })),
    borders: joined("borders"),
    coastlines: joined("coastlines"),
    labels,
  };
}
