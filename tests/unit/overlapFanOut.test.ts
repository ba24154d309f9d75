import { describe, expect, it } from "vitest";
import { fanOutOverlaps, type ScreenPoint } from "../../src/geo/overlapFanOut";

const MIN_DISTANCE = 24;
const EPSILON = 1e-9;

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Web Mercator pixel position of a place at a zoom level, as Leaflet places markers. */
function project(id: string, lat: number, lng: number, zoom: number): ScreenPoint {
  const worldSize = 256 * 2 ** zoom;
  const latitude = (lat * Math.PI) / 180;
  return {
    id,
    x: (worldSize * (lng + 180)) / 360,
    y: (worldSize * (1 - Math.log(Math.tan(latitude) + 1 / Math.cos(latitude)) / Math.PI)) / 2,
  };
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

function distance(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function closestPair(positions: Map<string, { x: number; y: number }>): number {
  const all = [...positions.values()];
  let closest = Infinity;
  all.forEach((a, index) => all.slice(index + 1).forEach((b) => (closest = Math.min(closest, distance(a, b)))));
  return closest;
}

function centroid(points: ReadonlyArray<{ x: number; y: number }>): { x: number; y: number } {
  return {
    x: points.reduce((sum, point) => sum + point.x, 0) / points.length,
    y: points.reduce((sum, point) => sum + point.y, 0) / points.length,
  };
}

describe("fanOutOverlaps on real places at low zoom", () => {
  const zoom = 4;
  const places = deepFreeze([
    project("baikonur-town", 45.6167, 63.3167, zoom),
    project("baikonur-cosmodrome", 45.965, 63.305, zoom),
    project("baikonur-launch-pad", 45.92, 63.342, zoom),
    project("white-house", 38.8977, -77.0365, zoom),
    project("capitol", 38.8899, -77.0091, zoom),
    project("moscow", 55.7558, 37.6173, zoom),
  ]);
  const baikonur = places.filter((place) => place.id.startsWith("baikonur"));
  const spread = fanOutOverlaps(places, MIN_DISTANCE);

  it("starts from markers that really overlap", () => {
    expect(distance(baikonur[0]!, baikonur[1]!)).toBeLessThan(MIN_DISTANCE);
    expect(distance(places[3]!, places[4]!)).toBeLessThan(MIN_DISTANCE);
  });

  it("keeps every pair of markers at least the minimum distance apart", () => {
    expect(spread.size).toBe(places.length);
    expect(closestPair(spread)).toBeGreaterThanOrEqual(MIN_DISTANCE - EPSILON);
  });

  it("puts the Baikonur markers on one circle around their centroid, first id at the top", () => {
    const center = centroid(baikonur);
    const radii = baikonur.map((place) => distance(spread.get(place.id)!, center));
    for (const radius of radii) expect(radius).toBeCloseTo(radii[0]!, 9);
    expect(radii[0]).toBeGreaterThanOrEqual(MIN_DISTANCE);
    const top = spread.get("baikonur-cosmodrome")!;
    expect(top.x).toBeCloseTo(center.x, 9);
    expect(top.y).toBeLessThan(center.y);
  });

  it("leaves Moscow where it was", () => {
    expect(spread.get("moscow")).toEqual({ x: places[5]!.x, y: places[5]!.y });
  });
});

describe("fanOutOverlaps on small layouts", () => {
  it("does not move points that are already far enough apart", () => {
    const points = deepFreeze([
      { id: "a", x: 0, y: 0 },
      { id: "b", x: MIN_DISTANCE, y: 0 },
      { id: "c", x: 500, y: 500 },
    ]);
    const spread = fanOutOverlaps(points, MIN_DISTANCE);
    for (const point of points) expect(spread.get(point.id)).toEqual({ x: point.x, y: point.y });
  });

  it("groups points transitively: a chain becomes one circle", () => {
    const chain = deepFreeze([
      { id: "a", x: 0, y: 0 },
      { id: "b", x: 15, y: 0 },
      { id: "c", x: 30, y: 0 },
    ]);
    const spread = fanOutOverlaps(chain, 20);
    const center = centroid(chain);
    const radii = chain.map((point) => distance(spread.get(point.id)!, center));
    expect(radii[1]).toBeCloseTo(radii[0]!, 9);
    expect(radii[2]).toBeCloseTo(radii[0]!, 9);
    expect(closestPair(spread)).toBeGreaterThanOrEqual(20 - EPSILON);
  });

  it("pulls in a marker that a fanned-out group would land on", () => {
    // The pair fans out vertically to y = 80 and y = 120; the third marker sits at y = 70.
    const points = deepFreeze([
      { id: "a", x: 100, y: 100 },
      { id: "b", x: 100, y: 101 },
      { id: "c", x: 100.5, y: 70 },
    ]);
    const spread = fanOutOverlaps(points, 20);
    expect(distance(points[2]!, points[0]!)).toBeGreaterThanOrEqual(20);
    expect(spread.get("c")).not.toEqual({ x: 100.5, y: 70 });
    expect(closestPair(spread)).toBeGreaterThanOrEqual(20 - EPSILON);
  });

  it("spreads markers on the very same spot", () => {
    const stacked = deepFreeze(Array.from({ length: 12 }, (_, index) => ({ id: `p${index}`, x: 50, y: 50 })));
    expect(closestPair(fanOutOverlaps(stacked, MIN_DISTANCE))).toBeGreaterThanOrEqual(MIN_DISTANCE - EPSILON);
  });
});

describe("fanOutOverlaps on seeded random layouts", () => {
  const seeds = Array.from({ length: 12 }, (_, index) => index + 1);

  function randomLayout(seed: number): ScreenPoint[] {
    const random = seededRandom(seed);
    const clusterCenters = Array.from({ length: 6 }, () => ({ x: random() * 800, y: random() * 600 }));
    return Array.from({ length: 60 }, (_, index) => {
      const clustered = index % 3 !== 0;
      const center = clusterCenters[index % clusterCenters.length]!;
      return clustered
        ? { id: `p${index}`, x: center.x + (random() - 0.5) * 40, y: center.y + (random() - 0.5) * 40 }
        : { id: `p${index}`, x: random() * 800, y: random() * 600 };
    });
  }

  it.each(seeds)("separates every pair (seed %i)", (seed) => {
    const points = deepFreeze(randomLayout(seed));
    const spread = fanOutOverlaps(points, MIN_DISTANCE);
    expect([...spread.keys()].sort()).toEqual(points.map((point) => point.id).sort());
    expect(closestPair(spread)).toBeGreaterThanOrEqual(MIN_DISTANCE - EPSILON);
  });

  it.each(seeds)("moves every overlapping point and keeps the overall centroid (seed %i)", (seed) => {
    const points = deepFreeze(randomLayout(seed));
    const spread = fanOutOverlaps(points, MIN_DISTANCE);
    for (const point of points) {
      const overlapping = points.some((other) => other !== point && distance(point, other) < MIN_DISTANCE);
      if (overlapping) expect(spread.get(point.id)).not.toEqual({ x: point.x, y: point.y });
    }
    // Evenly spaced points on a circle average to its centre, the centroid of the group.
    const before = centroid(points);
    const after = centroid([...spread.values()]);
    expect(after.x).toBeCloseTo(before.x, 6);
    expect(after.y).toBeCloseTo(before.y, 6);
  });

  it.each(seeds)("does not depend on the input order (seed %i)", (seed) => {
    const points = randomLayout(seed);
    const reversed = deepFreeze([...points].reverse());
    const forward = fanOutOverlaps(deepFreeze(points), MIN_DISTANCE);
    const backward = fanOutOverlaps(reversed, MIN_DISTANCE);
    for (const [id, position] of forward) {
      expect(backward.get(id)!.x).toBeCloseTo(position.x, 9);
      expect(backward.get(id)!.y).toBeCloseTo(position.y, 9);
    }
  });
});
