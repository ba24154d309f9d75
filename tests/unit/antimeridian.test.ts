import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { area, booleanPointInPolygon } from "@turf/turf";
import { feature, mesh } from "topojson-client";
import type { MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import { cutPolygonsAtAntimeridian, splitLinesAtAntimeridian } from "../../src/geo/antimeridian";

const EARTH_RADIUS_METRES = 6_371_008.8;
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
  return JSON.parse(readFileSync(url, "utf8")) as Topology;
}

const topologies = Object.fromEntries(RESOLUTIONS.map((resolution) => [resolution, loadTopology(resolution)]));

function countryGeometry(resolution: string, id: string): Polygon | MultiPolygon {
  const topology = topologies[resolution]!;
  const countries = feature(topology, topology.objects.countries as GeometryCollection);
  const match = countries.features.find((country) => country.id === id);
  if (match?.geometry.type !== "Polygon" && match?.geometry.type !== "MultiPolygon") {
    throw new Error(`no polygon for country ${id} in ${resolution}`);
  }
  return deepFreeze(match.geometry);
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function rings(geometry: Polygon | MultiPolygon): Position[][] {
  return polygonsOf(geometry).flat();
}

function largestLongitudeStep(line: Position[]): number {
  return line.slice(1).reduce((largest, point, index) => Math.max(largest, Math.abs(point[0]! - line[index]![0]!)), 0);
}

/**
 * Spherical area straight from the uncut rings, as the line integral of (1 + sin latitude) over
 * longitude: each step takes the short way round, so jumps at ±180 count as the tiny steps they
 * are, and a ring winding around the South Pole encloses the cap down to the pole.
 * Ring orientation in world-atlas marks holes, so signed sums per polygon subtract them.
 */
function referenceArea(geometry: Polygon | MultiPolygon): number {
  const toRadians = Math.PI / 180;
  const total = polygonsOf(geometry).reduce((sum, polygon) => {
    const signed = polygon.reduce(
      (ringSum, ring) =>
        ringSum +
        ring.slice(1).reduce((edgeSum, point, index) => {
          const previous = ring[index]!;
          let step = point[0]! - previous[0]!;
          if (step > 180) step -= 360;
          if (step < -180) step += 360;
          const meanSine = (Math.sin(point[1]! * toRadians) + Math.sin(previous[1]! * toRadians)) / 2;
          return edgeSum + step * toRadians * (1 + meanSine);
        }, 0),
      0,
    );
    return sum + Math.abs(signed);
  }, 0);
  return total * EARTH_RADIUS_METRES ** 2;
}

describe("cutPolygonsAtAntimeridian on world-atlas countries", () => {
  const crossingCases = RESOLUTIONS.flatMap((resolution) =>
    [
      { id: "242", name: "Fiji" },
      { id: "643", name: "Russia" },
      { id: "010", name: "Antarctica" },
      { id: "840", name: "USA" },
    ].map((country) => ({ ...country, resolution })),
  );

  it.each(crossingCases)("$name ($resolution) has no stripe, stays in range and keeps its area", ({ id, resolution }) => {
    const original = countryGeometry(resolution, id);
    const cut = cutPolygonsAtAntimeridian(original);

    for (const ring of rings(cut)) {
      expect(largestLongitudeStep(ring)).toBeLessThanOrEqual(180);
      for (const [longitude] of ring) expect(Math.abs(longitude!)).toBeLessThanOrEqual(180);
      expect(ring[0]).toEqual(ring[ring.length - 1]);
      expect(ring.length).toBeGreaterThanOrEqual(4);
    }
    const reference = referenceArea(original);
    expect(Math.abs(area(cut) - reference) / reference).toBeLessThan(0.005);
  });

  it.each(RESOLUTIONS)("the reference area itself is plausible for Russia and Fiji (%s)", (resolution) => {
    // Published land areas: Russia 17.1 million km², Fiji 18,274 km². Natural Earth simplifies coasts.
    expect(referenceArea(countryGeometry(resolution, "643")) / 1e6).toBeGreaterThan(16_500_000);
    expect(referenceArea(countryGeometry(resolution, "643")) / 1e6).toBeLessThan(17_500_000);
    expect(referenceArea(countryGeometry(resolution, "242")) / 1e6).toBeGreaterThan(16_000);
    expect(referenceArea(countryGeometry(resolution, "242")) / 1e6).toBeLessThan(21_000);
  });

  it.each(RESOLUTIONS)("stripes are really there before cutting (%s)", (resolution) => {
    for (const id of ["242", "643", "010"]) {
      const steps = rings(countryGeometry(resolution, id)).map(largestLongitudeStep);
      expect(Math.max(...steps)).toBeGreaterThan(180);
    }
  });

  it.each(RESOLUTIONS)("puts Chukotka and Wrangel Island on both sides of the map (%s)", (resolution) => {
    const cut = cutPolygonsAtAntimeridian(countryGeometry(resolution, "643"));
    for (const land of [[175, 67], [-175, 67], [179.5, 71.2], [-179.5, 71.2]]) {
      expect(booleanPointInPolygon(land, cut)).toBe(true);
    }
    // Bering Sea, south of Chukotka.
    expect(booleanPointInPolygon([-175, 60], cut)).toBe(false);
  });

  it.each(RESOLUTIONS)("covers the South Pole with Antarctica (%s)", (resolution) => {
    const cut = cutPolygonsAtAntimeridian(countryGeometry(resolution, "010"));
    expect(booleanPointInPolygon([0, -89.5], cut)).toBe(true);
    expect(booleanPointInPolygon([179.9, -85], cut)).toBe(true);
    expect(booleanPointInPolygon([0, -60], cut)).toBe(false);
  });

  it.each(RESOLUTIONS)("returns a non-crossing country unchanged (%s)", (resolution) => {
    const kazakhstan = countryGeometry(resolution, "398");
    const copy = structuredClone(kazakhstan);
    expect(cutPolygonsAtAntimeridian(kazakhstan)).toEqual(copy);
  });

  it.each(RESOLUTIONS)("keeps Russia's non-crossing polygons as they were (%s)", (resolution) => {
    const russia = countryGeometry(resolution, "643");
    const cut = polygonsOf(cutPolygonsAtAntimeridian(russia));
    const untouched = polygonsOf(russia).filter((polygon) => polygon.every((ring) => largestLongitudeStep(ring) <= 180));
    expect(untouched.length).toBeGreaterThan(0);
    for (const polygon of untouched) expect(cut).toContainEqual(polygon);
  });
});

describe("cutPolygonsAtAntimeridian on small shapes", () => {
  it("cuts a square across the meridian into one piece per side", () => {
    const square: Polygon = deepFreeze({
      type: "Polygon",
      coordinates: [[[178, 10], [-178, 10], [-178, 12], [178, 12], [178, 10]]],
    });
    const cut = polygonsOf(cutPolygonsAtAntimeridian(square));
    const spans = cut.map(([exterior]) => {
      const longitudes = exterior!.map(([longitude]) => longitude!);
      return [Math.min(...longitudes), Math.max(...longitudes)];
    });
    expect(spans.sort((a, b) => a[0]! - b[0]!)).toEqual([[-180, -178], [178, 180]]);
  });

  it("keeps a hole with the piece that surrounds it, even across the meridian", () => {
    const islandWithLakes: Polygon = deepFreeze({
      type: "Polygon",
      coordinates: [
        [[170, 0], [-170, 0], [-170, 10], [170, 10], [170, 0]],
        // One lake on the far side, one straddling the meridian.
        [[-176, 2], [-176, 4], [-174, 4], [-174, 2], [-176, 2]],
        [[179, 6], [179, 8], [-179, 8], [-179, 6], [179, 6]],
      ],
    });
    const cut = cutPolygonsAtAntimeridian(islandWithLakes);
    for (const lake of [[-175, 3], [179.5, 7], [-179.5, 7]]) expect(booleanPointInPolygon(lake, cut)).toBe(false);
    for (const land of [[-175, 5], [175, 3], [179.5, 9], [-179.5, 5]]) expect(booleanPointInPolygon(land, cut)).toBe(true);
    for (const polygon of polygonsOf(cut)) {
      const [exterior, ...holes] = polygon;
      for (const hole of holes) expect(booleanPointInPolygon(hole[0]!, { type: "Polygon", coordinates: [exterior!] })).toBe(true);
    }
    expect(Math.abs(area(cut) - referenceArea(islandWithLakes)) / referenceArea(islandWithLakes)).toBeLessThan(1e-6);
  });

  it.each([
    { pole: "South", latitude: -80, longitudes: [-180, -90, 0, 90, 180, -180] },
    { pole: "North", latitude: 80, longitudes: [170, 80, -10, -100, -170, 170] },
  ])("closes a ring around the $pole Pole along that pole", ({ latitude, longitudes }) => {
    const circle: Polygon = deepFreeze({
      type: "Polygon",
      coordinates: [longitudes.map((longitude) => [longitude, latitude])],
    });
    const cut = cutPolygonsAtAntimeridian(circle);
    // Spherical cap beyond the circle: 2πR²(1 − sin|latitude|).
    const capArea = 2 * Math.PI * EARTH_RADIUS_METRES ** 2 * (1 - Math.sin((Math.abs(latitude) * Math.PI) / 180));
    expect(Math.abs(area(cut) - capArea) / capArea).toBeLessThan(1e-9);
    expect(booleanPointInPolygon([45, Math.sign(latitude) * 89], cut)).toBe(true);
    expect(booleanPointInPolygon([45, 0], cut)).toBe(false);
    for (const ring of rings(cut)) expect(largestLongitudeStep(ring)).toBeLessThanOrEqual(180);
  });
});

describe("splitLinesAtAntimeridian", () => {
  it("ends both halves of a jumping line on the meridian at the crossing latitude", () => {
    const line = deepFreeze({ type: "LineString" as const, coordinates: [[178, 10], [179, 10], [-179, 12], [-178, 12]] });
    expect(splitLinesAtAntimeridian(line).coordinates).toEqual([
      [[178, 10], [179, 10], [180, 11]],
      [[-180, 11], [-179, 12], [-178, 12]],
    ]);
  });

  it("does not duplicate points that already sit on the meridian", () => {
    const line = deepFreeze({ type: "LineString" as const, coordinates: [[-179, 5], [-180, 6], [180, 6], [179, 7]] });
    expect(splitLinesAtAntimeridian(line).coordinates).toEqual([
      [[-179, 5], [-180, 6]],
      [[180, 6], [179, 7]],
    ]);
  });

  it("leaves lines that do not cross as they are", () => {
    const lines: MultiLineString = deepFreeze({ type: "MultiLineString", coordinates: [[[0, 0], [10, 10]], [[20, 0], [30, 5]]] });
    expect(splitLinesAtAntimeridian(lines)).toEqual(structuredClone(lines));
  });

  it.each(RESOLUTIONS)("removes every jump from the world-atlas coastlines (%s)", (resolution) => {
    const topology = topologies[resolution]!;
    const coastlines = deepFreeze(mesh(topology, topology.objects.countries as GeometryCollection, (a, b) => a === b));
    const split = splitLinesAtAntimeridian(coastlines);
    expect(Math.max(...coastlines.coordinates.map(largestLongitudeStep))).toBeGreaterThan(180);
    expect(Math.max(...split.coordinates.map(largestLongitudeStep))).toBeLessThanOrEqual(180);
    for (const line of split.coordinates) expect(line.length).toBeGreaterThanOrEqual(2);
    const pointCount = (lines: Position[][]) => lines.reduce((sum, line) => sum + line.length, 0);
    // Splitting only adds points: the original ones survive, plus the crossings.
    expect(pointCount(split.coordinates)).toBeGreaterThanOrEqual(pointCount(coastlines.coordinates));
  });
});
