/**
 * Above this many places with a position, the map clusters them instead of drawing one labelled
 * marker each. Each labelled marker costs three DOM elements, a label measured from the DOM, and a
 * place in the label layout and the overlap fan-out, both rerun on every zoom over every place.
 * Measured in Chromium on a 2-CPU machine with GeoNames stories: at 500 places a zoom step blocks
 * the page for about 0.2 s, at 1,000 for 0.4 s (the clustered map: 0.13 s, mostly the basemap),
 * and 10,000 took 16 s just to add. 1,000 is as far as labels stay usable, and far past the few
 * dozen places an article names, whose maps therefore never change; a thousand labels is also
 * more than anyone reads on one map.
 */
export const CLUSTER_THRESHOLD = 1000;

/** One marker to draw: a cluster of places, or a single place (by its index in the packed points). */
export type ClusterItem =
  | { kind: "cluster"; key: string; clusterId: number; count: number; lng: number; lat: number }
  | { kind: "point"; key: string; point: number; lng: number; lat: number };

/** West, south, east, north in degrees, as Leaflet's bounds give them (longitudes may pass ±180). */
export type ViewBox = readonly [west: number, south: number, east: number, north: number];

/** The places with a position, packed for a worker: one transferable buffer instead of 100k objects. */
export interface PackedPoints {
  /** Longitude then latitude of each point: `[lng0, lat0, lng1, lat1, …]`. */
  coordinates: Float64Array;
  /** For each point, the index of its place in the list it was packed from. */
  placeIndexes: Uint32Array;
}

/**
 * Packs the positions of the places that have one, in order.
 * @param places - anything with an `anchor` of `[lng, lat]` or null
 * @returns the coordinates, two numbers a point, and which place each point is
 * @example
 * packPoints([{ anchor: [57.2, 50.3] }, { anchor: null }, { anchor: [2.35, 48.86] }])
 * // { coordinates: Float64Array [57.2, 50.3, 2.35, 48.86], placeIndexes: Uint32Array [0, 2] }
 */
export function packPoints(places: ReadonlyArray<{ anchor: readonly [number, number] | null }>): PackedPoints {
  const placeIndexes: number[] = [];
  places.forEach((place, index) => {
    if (place.anchor) placeIndexes.push(index);
  });
  const coordinates = new Float64Array(placeIndexes.length * 2);
  placeIndexes.forEach((placeIndex, point) => {
    const anchor = places[placeIndex]!.anchor!;
    coordinates[2 * point] = anchor[0];
    coordinates[2 * point + 1] = anchor[1];
  });
  return { coordinates, placeIndexes: Uint32Array.from(placeIndexes) };
}

/**
 * Counts points with a position without packing them, to choose between markers and clusters.
 * @param places - anything with an `anchor`
 * @returns how many have one
 */
export function countPositioned(places: ReadonlyArray<{ anchor: unknown }>): number {
  let count = 0;
  for (const place of places) if (place.anchor) count += 1;
  return count;
}

/**
 * What changes on screen between two answers: only these layers are added and removed, so
 * clusters that stay put keep their elements (and the focus, if one has it).
 * @param shownKeys - the keys drawn now
 * @param next - the new answer
 * @returns the items to add and the keys to remove
 * @example
 * diffClusters(new Set(["c1", "p7"]), [p7, c9]) // { added: [c9], removed: ["c1"] }
 */
export function diffClusters(shownKeys: ReadonlySet<string>, next: readonly ClusterItem[]): { added: ClusterItem[]; removed: string[] } {
  const nextKeys = new Set(next.map((item) => item.key));
  return {
    added: next.filter((item) => !shownKeys.has(item.key)),
    removed: [...shownKeys].filter((key) => !nextKeys.has(key)),
  };
}
