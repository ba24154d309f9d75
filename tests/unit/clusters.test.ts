import { describe, expect, it } from "vitest";
import { CLUSTER_OPTIONS, buildClusterIndex, clusterResponder, clustersInView, expansionZoomOf } from "../../src/geo/clusterIndex";
import { clusterName, clusterTier, shortCount } from "../../src/geo/clusterCount";
import { countPositioned, diffClusters, packPoints, type ClusterItem } from "../../src/geo/clusterPoints";
import { createClusterSource, prepareClusterSource, takeClusterSource } from "../../src/geo/clusterSource";

const WORLD = [-180, -85, 180, 85] as const;

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` points spread over a box of lng/lat, packed as the map packs them. */
function scatter(count: number, [west, south, east, north]: readonly [number, number, number, number], seed = 1): Float64Array {
  const random = seededRandom(seed);
  const coordinates = new Float64Array(count * 2);
  for (let point = 0; point < count; point += 1) {
    coordinates[2 * point] = west + random() * (east - west);
    coordinates[2 * point + 1] = south + random() * (north - south);
  }
  return coordinates;
}

const total = (items: readonly ClusterItem[]) => items.reduce((sum, item) => sum + (item.kind === "cluster" ? item.count : 1), 0);

describe("packPoints", () => {
  it("packs the positions of the places that have one, remembering which place each is", () => {
    const places = Object.freeze([{ anchor: [57.2, 50.3] as const }, { anchor: null }, { anchor: [2.35, 48.86] as const }]);
    const packed = packPoints(places);
    expect([...packed.coordinates]).toEqual([57.2, 50.3, 2.35, 48.86]);
    expect([...packed.placeIndexes]).toEqual([0, 2]);
    expect(countPositioned(places)).toBe(2);
  });
});

describe("clustersInView", () => {
  const coordinates = scatter(20_000, [-10, 35, 40, 60]);
  const index = buildClusterIndex(coordinates);

  it("accounts for every point exactly once, as far out as the world", () => {
    const items = clustersInView(index, WORLD, 1);
    expect(total(items)).toBe(20_000);
    expect(items.length).toBeLessThan(50);
    expect(items.every((item) => item.kind === "cluster" || Number.isInteger(item.point))).toBe(true);
  });

  it("draws only what is in the box", () => {
    const items = clustersInView(index, [0, 45, 5, 50], 6);
    expect(items.length).toBeGreaterThan(0);
    // Clusters sit at their points' weighted centre, a little inside their reach.
    for (const item of items) {
      expect(item.lng).toBeGreaterThan(-1);
      expect(item.lng).toBeLessThan(6);
    }
  });

  it("stands every point on its own past the last clustered zoom", () => {
    const items = clustersInView(index, [0, 45, 1, 46], CLUSTER_OPTIONS.maxZoom + 1);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.kind === "point")).toBe(true);
    for (const item of items) {
      if (item.kind !== "point") continue;
      expect(coordinates[2 * item.point]).toBeCloseTo(item.lng, 9);
      expect(coordinates[2 * item.point + 1]).toBeCloseTo(item.lat, 9);
    }
  });

  it("uses the cluster level below a fractional zoom, so keys hold between zoom steps", () => {
    const keys = (zoom: number) => clustersInView(index, WORLD, zoom).map((item) => item.key);
    expect(keys(3.75)).toEqual(keys(3));
  });

  it("finds points across the antimeridian", () => {
    const pacific = buildClusterIndex(Float64Array.from([179.5, -17, -179.5, -16, 170, 0]));
    expect(total(clustersInView(pacific, [175, -20, 185, -10], 12))).toBe(2);
  });
});

describe("expansionZoomOf", () => {
  it("is a zoom at which the cluster is no longer one", () => {
    const index = buildClusterIndex(scatter(5000, [0, 40, 10, 50]));
    const [cluster] = clustersInView(index, WORLD, 2).filter((item) => item.kind === "cluster");
    if (cluster?.kind !== "cluster") throw new Error("no cluster at zoom 2");
    const zoom = expansionZoomOf(index, cluster.clusterId);
    expect(zoom).toBeGreaterThan(2);
    expect(zoom).toBeLessThanOrEqual(CLUSTER_OPTIONS.maxZoom + 1);
    expect(clustersInView(index, [cluster.lng - 1, cluster.lat - 1, cluster.lng + 1, cluster.lat + 1], zoom).some((item) => item.key === cluster.key)).toBe(false);
  });
});

describe("diffClusters", () => {
  const item = (key: string): ClusterItem => ({ kind: "point", key, point: 0, lng: 0, lat: 0 });

  it("adds only new items and removes only vanished keys", () => {
    const next = Object.freeze([item("p7"), item("c9")]);
    expect(diffClusters(new Set(["c1", "p7"]), next)).toEqual({ added: [item("c9")], removed: ["c1"] });
  });

  it("changes nothing between equal answers", () => {
    expect(diffClusters(new Set(["a", "b"]), [item("b"), item("a")])).toEqual({ added: [], removed: [] });
  });
});

describe("cluster counts", () => {
  it("shows a short figure that fits the smallest circle", () => {
    expect([7, 987, 1000, 1234, 9949, 9950, 12_345, 123_456, 999_499, 999_500, 1_500_000].map(shortCount))
      .toEqual(["7", "987", "1k", "1.2k", "9.9k", "10k", "12k", "123k", "999k", "1M", "1.5M"]);
  });

  it("names a cluster with its full count and what Enter does", () => {
    expect(clusterName(1234)).toBe("Cluster of 1,234 places — press Enter to zoom in");
  });

  it("grows with the count", () => {
    const sizes = [2, 99, 100, 999, 1000, 100_000].map((count) => clusterTier(count).size);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(clusterTier(100_000).tier).toBe("huge");
  });
});

describe("clusterResponder", () => {
  it("answers queries by serial once loaded, and nothing to load", () => {
    const respond = clusterResponder();
    expect(respond({ type: "load", coordinates: scatter(100, [0, 0, 1, 1]) })).toBeNull();
    const reply = respond({ type: "clusters", serial: 4, box: WORLD, zoom: 0 });
    expect(reply).toMatchObject({ type: "clusters", serial: 4 });
    expect(reply?.type === "clusters" && total(reply.items)).toBe(100);
  });
});

describe("createClusterSource", () => {
  it("builds the index on this thread when no worker can start", async () => {
    const source = createClusterSource(scatter(3000, [0, 0, 20, 20]), () => null);
    const [world, close] = await Promise.all([source.clusters(WORLD, 1), source.clusters([0, 0, 1, 1], 10)]);
    expect(total(world)).toBe(3000);
    expect(close.every((item) => item.kind === "point")).toBe(true);
    const cluster = world.find((item) => item.kind === "cluster");
    if (cluster?.kind !== "cluster") throw new Error("no cluster");
    expect(await source.expansionZoom(cluster.clusterId)).toBeGreaterThan(1);
    source.dispose();
  });

  it("falls back to this thread when the worker fails to load, answering what was asked", async () => {
    const listeners = new Map<string, (event: Event) => void>();
    const posted: unknown[] = [];
    const failing = {
      addEventListener: (type: string, listener: (event: Event) => void) => listeners.set(type, listener),
      postMessage: (message: unknown) => posted.push(message),
      terminate: () => undefined,
    } as unknown as Worker;
    const coordinates = scatter(500, [0, 0, 5, 5]);
    const source = createClusterSource(coordinates, () => failing);
    const answer = source.clusters(WORLD, 0);
    expect(posted).toHaveLength(2);
    // The worker gets a copy, so the points stay here for the fallback.
    expect((posted[0] as { coordinates: Float64Array }).coordinates).not.toBe(coordinates);
    listeners.get("error")?.(new Event("error"));
    expect(total(await answer)).toBe(500);
    source.dispose();
  });
});

describe("prepareClusterSource and takeClusterSource", () => {
  const placesAt = (coordinates: Float64Array) =>
    Array.from({ length: coordinates.length / 2 }, (_, point) => ({ anchor: [coordinates[2 * point]!, coordinates[2 * point + 1]!] as [number, number] }));

  it("hands the index started for a list to the map given that very list, once", async () => {
    const places = [{ anchor: null }, ...placesAt(scatter(1500, [0, 0, 10, 10]))];
    prepareClusterSource(places);
    const first = takeClusterSource(places);
    const second = takeClusterSource(places);
    expect(second.source).not.toBe(first.source);
    expect(first.packed.placeIndexes[0]).toBe(1);
    expect(total(await first.source.clusters(WORLD, 1))).toBe(1500);
    first.source.dispose();
    second.source.dispose();
  });

  it("builds a new index for another list, or once another story has been prepared", async () => {
    const shown = placesAt(scatter(1200, [0, 0, 10, 10], 2));
    prepareClusterSource(shown);
    const narrowed = shown.slice(0, 1100);
    const taken = takeClusterSource(narrowed);
    expect(total(await taken.source.clusters(WORLD, 1))).toBe(1100);
    prepareClusterSource(placesAt(scatter(1300, [0, 0, 10, 10], 3)));
    const again = takeClusterSource(shown);
    expect(total(await again.source.clusters(WORLD, 1))).toBe(1200);
    taken.source.dispose();
    again.source.dispose();
  });
});

