import Supercluster, { type AnyProps, type ClusterProperties, type PointFeature } from "supercluster";
import type { ClusterItem, ViewBox } from "./clusterPoints";

/**
 * The clusters' settings, in Leaflet's terms: zooms of 256-pixel tiles, radii in screen pixels.
 * `maxZoom` is one below the offline basemap's closest zoom (10), so at the closest zoom every
 * place stands on its own and none is ever out of reach inside a cluster that cannot open.
 */
export const CLUSTER_OPTIONS = {
  // Wider makes fewer, bigger clusters (less clutter, more clicks to reach a place). At 60 the
  // clusters of 100,000 cities covered Europe's country names at zoom 6; at 80 they leave room.
  radius: 80,
  // Leaflet's tile size, so that `radius` is in the map's own pixels.
  extent: 256,
  // Clusters stop here; closer in, every place in view is drawn as itself.
  maxZoom: 9,
  // Two places close together already make a cluster: two overlapping dots hide one.
  minPoints: 2,
} as const;

/** The index the clusters are queried from; opaque outside this module. */
export type ClusterIndex = Supercluster<null, AnyProps>;

/**
 * Builds the cluster hierarchy of every zoom at once: the expensive step, run in a worker.
 * @param coordinates - packed as {@link PackedPoints.coordinates}
 * @returns the index, which answers {@link clustersInView} and {@link expansionZoomOf}
 */
export function buildClusterIndex(coordinates: Float64Array): ClusterIndex {
  const features = new Array<PointFeature<null>>(coordinates.length / 2);
  for (let point = 0; point < features.length; point += 1) {
    // The point's index is its id, which supercluster hands back for an unclustered point.
    features[point] = { type: "Feature", id: point, properties: null, geometry: { type: "Point", coordinates: [coordinates[2 * point]!, coordinates[2 * point + 1]!] } };
  }
  return new Supercluster<null, AnyProps>({ ...CLUSTER_OPTIONS }).load(features);
}

/**
 * The clusters and single points inside a box at a zoom, each with a key that stays the same for
 * as long as the item does (a cluster at the same zoom level, a point at any zoom).
 * @param index - from {@link buildClusterIndex}
 * @param box - the view, usually with a margin
 * @param zoom - the map's zoom; fractions use the cluster level below them
 * @returns what to draw
 * @example
 * clustersInView(index, [-180, -85, 180, 85], 1)[0] // { kind: "cluster", key: "c…", count: 1234, … }
 */
export function clustersInView(index: ClusterIndex, box: ViewBox, zoom: number): ClusterItem[] {
  return index.getClusters([...box], Math.floor(zoom)).map((feature): ClusterItem => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    // Points were loaded with null properties; only clusters have any.
    if (feature.properties) {
      const { cluster_id: clusterId, point_count: count } = feature.properties as ClusterProperties;
      return { kind: "cluster", key: `c${clusterId}`, clusterId, count, lng, lat };
    }
    const point = Number(feature.id);
    return { kind: "point", key: `p${point}`, point, lng, lat };
  });
}

/**
 * The zoom at which a cluster first splits, where clicking it should take the reader.
 * @param index - from {@link buildClusterIndex}
 * @param clusterId - an item's `clusterId`
 * @returns a zoom no closer than one past the last clustered zoom
 */
export function expansionZoomOf(index: ClusterIndex, clusterId: number): number {
  return index.getClusterExpansionZoom(clusterId);
}


/** What the map asks of the index, in the worker or, without one, on the page's own thread. */
export type ClusterRequest =
  | { type: "load"; coordinates: Float64Array }
  | { type: "clusters"; serial: number; box: ViewBox; zoom: number }
  | { type: "expansion"; serial: number; clusterId: number };

/** The answer to a request, matched to it by its serial. */
export type ClusterReply =
  | { type: "clusters"; serial: number; items: ClusterItem[] }
  | { type: "expansion"; serial: number; zoom: number };

/**
 * The index's side of the conversation: the whole of the worker, and the fallback without one.
 * Requests are answered in order, so queries sent right after `load` see the built index.
 * @returns a function that answers each request; `load` has no answer
 * @example
 * const respond = clusterResponder();
 * respond({ type: "load", coordinates });
 * respond({ type: "clusters", serial: 1, box: [-180, -85, 180, 85], zoom: 2 }); // { type: "clusters", serial: 1, items: […] }
 */
export function clusterResponder(): (request: ClusterRequest) => ClusterReply | null {
  let index: ClusterIndex = buildClusterIndex(new Float64Array(0));
  return (request) => {
    switch (request.type) {
      case "load":
        index = buildClusterIndex(request.coordinates);
        return null;
      case "clusters":
        return { type: "clusters", serial: request.serial, items: clustersInView(index, request.box, request.zoom) };
      case "expansion":
        return { type: "expansion", serial: request.serial, zoom: expansionZoomOf(index, request.clusterId) };
    }
  };
}
