import type { LatLngBoundsExpression, Map as LeafletMap, MapOptions } from "leaflet";
import type { Bounds } from "../geo/bounds";
import type { InitialView } from "../state/initialView";
import { BASEMAP_MAX_ZOOM, OSM_MAX_ZOOM } from "./zoomLimits";

/** What the page asks of a story's map when it is made. */
export interface MapSettings {
  /** Whether OpenStreetMap's online tiles are drawn over the offline basemap. */
  onlineTiles: boolean;
  /** Zoom buttons; off for a bare embed. */
  controls: boolean;
  /** False fixes the view, as in print: no panning or zooming, though places still open. */
  movable: boolean;
}

/**
 * The options a story's map is made with, by React (StoryMap) or by the page's entry before
 * React has arrived (earlyMap.ts): one list, so an adopted map behaves as one React would make.
 */
export function storyMapOptions({ onlineTiles, controls, movable }: MapSettings): MapOptions {
  return {
    zoomSnap: 0.25,
    zoomDelta: 0.5,
    minZoom: 1,
    // Fixed when the map is made: later switches of the tiles change it through OnlineTiles.
    maxZoom: onlineTiles ? OSM_MAX_ZOOM : BASEMAP_MAX_ZOOM,
    maxBounds: [[-85, -200], [85, 200]],
    maxBoundsViscosity: 0.7,
    attributionControl: false,
    zoomControl: controls && movable,
    dragging: movable,
    touchZoom: movable,
    scrollWheelZoom: movable,
    doubleClickZoom: movable,
    boxZoom: movable,
    keyboard: movable,
  };
}

export const toLatLngBounds = (bounds: Bounds): LatLngBoundsExpression => [[bounds[1], bounds[0]], [bounds[3], bounds[2]]];

/** Sets the map's first view: a centre and zoom, or bounds fitted with a little room. */
export function showInitialView(map: LeafletMap, view: InitialView): void {
  if (view.kind === "view") map.setView([view.view.lat, view.view.lng], view.view.zoom);
  else map.fitBounds(toLatLngBounds(view.bounds), { padding: [8, 8] });
}
