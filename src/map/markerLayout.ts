import type { LatLngTuple, Map as LeafletMap } from "leaflet";
import { fanOutOverlaps } from "../geo/overlapFanOut";
import type { Place, Story } from "../story/model";

/** Pixels between marker centres below which markers are spread apart so each stays clickable. */
const MIN_MARKER_DISTANCE = 22;

/** Drawn as SVG so the stylesheet colours it (`.leader-line`) in either theme. */
export const LEADER_LINE = { className: "leader-line", weight: 1, opacity: 0.8, dashArray: "2 3" } as const;

/**
 * Where each place's marker is drawn at the map's zoom: at the place, or spread apart from
 * markers that would overlap it.
 * @returns place id to marker position, for the places with an anchor
 */
export function layOutMarkers(map: LeafletMap, places: readonly Place[]): Map<string, LatLngTuple> {
  const zoom = map.getZoom();
  const points = places.flatMap((place) => {
    if (!place.anchor) return [];
    const pixel = map.project([place.anchor[1], place.anchor[0]], zoom);
    return [{ id: place.id, x: pixel.x, y: pixel.y }];
  });
  const spread = fanOutOverlaps(points, MIN_MARKER_DISTANCE);
  const positions = new Map<string, LatLngTuple>();
  for (const [id, point] of spread) {
    const latLng = map.unproject([point.x, point.y], zoom);
    positions.set(id, [latLng.lat, latLng.lng]);
  }
  return positions;
}

/** Whose label wins when labels compete: places the article names, then the ones it says most about. */
export const labelPriorityIn = (story: Story) => (place: Place): number =>
  (place.origin === "article" ? 1000 : 0) + story.passagesForPlace(place.id).length + story.eventsForPlace(place.id).length;
