import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { area, booleanPointInPolygon } from "@turf/turf";
import { feature } from "topojson-client";
import type { Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { buildBasemap, labelMinZoom, type Basemap } from "../../src/geo/basemap";

const RESOLUTIONS = ["50m", "110m"] as const;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

function loadTopology(resolution: string): Topology {
  const url = new URL(`../../node_modules/world-atlas/countries-${resolution}.json`, import.meta.url);
  return deepFreeze(JSON.parse(readFileSync(url, "utf8")) as Topology);
}

const topologies = Object.fromEntries(RESOLUTIONS.map((resolution) => [resolution, loadTopology(resolution)]));
const basemaps: Record<string, Basemap> = Object.fromEntries(
  RESOLUTIONS.map((resolution) => [resolution, buildBasemap(topologies[resolution]!)]),
);

function country(basemap: Basemap, id: string) {
  const shape = basemap.countries.find((candidate) => candidate.id === id);
  const label = basemap.labels.find((candidate) => candidate.id === id);
  if (shape === undefined || label === undefined) throw new Error(`country ${id} missing`);
  return { shape, label, labelPoint: [label.lng, label.lat] };
}

function largestLongitudeStep(line: Position[]): number {
  return line.slice(1).reduce((largest, point, index) => Math.max(largest, Math.abs(point[0]! - line[index]![0]!)), 0);
}

function vertexKeys(lines: Position[][]): Set<string> {
  return new Set(lines.flat().map((point) => point.join(",")));
}

describe.each(RESOLUTIONS)("buildBasemap on world-atlas countries-%s", (resolution) => {
  const topology = topologies[resolution]!;
  const basemap = basemaps[resolution]!;
  const geometries = (topology.objects.countries as GeometryCollection<{ name: string }>).geometries;

  it("has one shape and one label per country with geometry, named as in the topology", () => {
    const withGeometry = geometries.filter((geometry) => geometry.type !== null);
    expect(basemap.countries).toHaveLength(withGeometry.length);
    expect(basemap.labels).toHaveLength(withGeometry.length);
    expect(basemap.countries.map((shape) => shape.name)).toEqual(withGeometry.map((geometry) => geometry.properties?.name));
    expect(basemap.labels.map((label) => label.name)).toEqual(basemap.countries.map((shape) => shape.name));
  });

  it("keeps ISO ids and falls back to the name where the atlas has none", () => {
    expect(country(basemap, "398").shape.name).toBe("Kazakhstan");
    const kosovo = basemap.countries.find((shape) => shape.name === "Kosovo");
    expect(kosovo?.id).toBe("Kosovo");
  });

  it("draws no country ring across the antimeridian", () => {
    for (const { geometry } of basemap.countries) {
      const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
      for (const ring of polygons.flat()) {
        expect(largestLongitudeStep(ring)).toBeLessThanOrEqual(180);
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      }
    }
  });

  it("draws no border or coastline across the antimeridian", () => {
    for (const lines of [basemap.borders, basemap.coastlines]) {
      expect(lines.coordinates.length).toBeGreaterThan(0);
      const points = lines.coordinates.flat();
      expect(Math.max(...lines.coordinates.map(largestLongitudeStep))).toBeLessThanOrEqual(180);
      expect(points.every(([longitude]) => Math.abs(longitude!) <= 180)).toBe(true);
    }
  });

  it("separates land borders from coastlines", () => {
    const borderVertices = vertexKeys(basemap.borders.coordinates);
    const coastVertices = vertexKeys(basemap.coastlines.coordinates);
    const verticesOf = (id: string) => {
      const { geometry } = country(basemap, id).shape;
      return [...vertexKeys(geometry.type === "Polygon" ? geometry.coordinates : geometry.coordinates.flat())];
    };
    // Australia is all coast; Mongolia all land border; Kazakhstan has both (the Caspian shore).
    expect(verticesOf("036").some((vertex) => borderVertices.has(vertex))).toBe(false);
    expect(verticesOf("036").some((vertex) => coastVertices.has(vertex))).toBe(true);
    expect(verticesOf("496").some((vertex) => coastVertices.has(vertex))).toBe(false);
    expect(verticesOf("398").some((vertex) => borderVertices.has(vertex))).toBe(true);
    expect(verticesOf("398").some((vertex) => coastVertices.has(vertex))).toBe(true);
  });

  it("labels every country at a point inside it", () => {
    basemap.labels.forEach((label, index) => {
      expect(booleanPointInPolygon([label.lng, label.lat], basemap.countries[index]!.geometry), label.name).toBe(true);
    });
  });

  it("labels Kazakhstan inside Kazakhstan", () => {
    const { shape, labelPoint } = country(basemap, "398");
    expect(booleanPointInPolygon(labelPoint, shape.geometry)).toBe(true);
  });

  it("labels Russia inside its mainland, not on Chukotka or Kaliningrad", () => {
    const { shape, label, labelPoint } = country(basemap, "643");
    expect(booleanPointInPolygon(labelPoint, shape.geometry)).toBe(true);
    expect(label.lng).toBeGreaterThan(30);
    expect(label.lng).toBeLessThan(140);
  });

  it("labels the USA in the contiguous states, not Alaska", () => {
    const { shape, label, labelPoint } = country(basemap, "840");
    expect(booleanPointInPolygon(labelPoint, shape.geometry)).toBe(true);
    expect(label.lng).toBeGreaterThan(-125);
    expect(label.lng).toBeLessThan(-66);
    expect(label.lat).toBeGreaterThan(24);
    expect(label.lat).toBeLessThan(50);
  });

  it("shows only big countries at low zoom", () => {
    const zoomOf = (id: string) => country(basemap, id).label.minZoom;
    // Russia and Kazakhstan are well over 2 million km², France about 550,000 in Europe alone,
    // Croatia 56,000, Luxembourg 2,600. Japan's 378,000 needs all its islands: Honshu alone is 228,000.
    expect(zoomOf("643")).toBe(2);
    expect(zoomOf("392")).toBe(4);
    expect(zoomOf("398")).toBe(2);
    expect(zoomOf("250")).toBe(4);
    expect(zoomOf("191")).toBe(4.5);
    expect(zoomOf("442")).toBe(6);
    for (const label of basemap.labels.filter((candidate) => candidate.minZoom === 2)) {
      const shape = country(basemap, label.id).shape;
      expect(area(shape.geometry) / 1e6, label.name).toBeGreaterThan(2_000_000);
    }
  });
});

describe("labelMinZoom", () => {
  it.each([
    { squareKilometres: 17_000_000, minZoom: 2 },
    { squareKilometres: 2_000_001, minZoom: 2 },
    { squareKilometres: 2_000_000, minZoom: 4 },
    { squareKilometres: 300_001, minZoom: 4 },
    { squareKilometres: 300_000, minZoom: 4.5 },
    { squareKilometres: 50_001, minZoom: 4.5 },
    { squareKilometres: 50_000, minZoom: 6 },
    { squareKilometres: 0.44, minZoom: 6 },
  ])("labels $squareKilometres km² from zoom $minZoom", ({ squareKilometres, minZoom }) => {
    expect(labelMinZoom(squareKilometres)).toBe(minZoom);
  });

  it("never shows a smaller country earlier than a bigger one", () => {
    const areas = [0, 1_000, 49_999, 50_001, 299_999, 300_001, 1_999_999, 2_000_001, 20_000_000];
    const zooms = areas.map(labelMinZoom);
    expect(zooms).toEqual([...zooms].sort((a, b) => b - a));
  });
});

describe("buildBasemap input checks", () => {
  it("rejects a topology without countries", () => {
    const land = deepFreeze({ type: "Topology", objects: {}, arcs: [] } as Topology);
    expect(() => buildBasemap(land)).toThrow(/countries/);
  });

  it("skips countries without geometry", () => {
    const topology = topologies["110m"]!;
    const countries = topology.objects.countries as GeometryCollection;
    const withEmptyCountry = deepFreeze({
      ...topology,
      objects: {
        countries: {
          ...countries,
          geometries: [...countries.geometries, { type: null, id: "999", properties: { name: "Nowhere" } }],
        },
      },
    } as Topology);
    const basemap = buildBasemap(withEmptyCountry);
    expect(basemap.countries.map((shape) => shape.name)).not.toContain("Nowhere");
    expect(basemap.countries).toHaveLength(feature(topology, countries).features.length);
  });
});
