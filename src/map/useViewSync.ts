import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import type { Bounds } from "../geo/bounds";
import { prefersReducedMotion } from "../browser/mediaQueries";
import { formatMapHash, parseMapHash, type MapView } from "../state/mapView";

/**
 * A view asked for from outside the map: a host page's message (a centre and zoom, jumped to) or
 * a briefing step (a box, flown to quickly unless the reader prefers less motion). A new serial
 * asks again; a request during a flight replaces it, so the map never stops between two.
 */
export type ViewRequest =
  | { kind: "view"; view: MapView; serial: number }
  | { kind: "bounds"; bounds: Bounds; maxZoom: number; serial: number };

const FLIGHT_SECONDS = 0.6;

interface ViewSyncOptions {
  /**
   * Keep `#map=<zoom>/<lat>/<lng>` in the URL as the view changes (replaceState, so the back
   * button is not flooded) and follow the hash when a reader edits it. Off inside a host's page,
   * whose URL is not the map's.
   */
  hash: boolean;
  /** Told the view after each pan or zoom ends, and once at the start. */
  onChange?: (view: MapView) => void;
  request: ViewRequest | null;
}

export function useViewSync({ hash, onChange, request }: ViewSyncOptions): void {
  const map = useMap();
  const report = useRef(onChange);
  useEffect(() => {
    report.current = onChange;
  });

  useEffect(() => {
    const moved = () => {
      const center = map.getCenter();
      const view = { zoom: map.getZoom(), lat: center.lat, lng: center.lng };
      report.current?.(view);
      if (!hash) return;
      const text = `#${formatMapHash(view)}`;
      if (text !== window.location.hash) history.replaceState(history.state, "", text);
    };
    const follow = () => {
      const view = parseMapHash(window.location.hash);
      if (view && !("problem" in view)) map.setView([view.lat, view.lng], view.zoom);
    };
    moved();
    map.on("moveend", moved);
    if (hash) window.addEventListener("hashchange", follow);
    return () => {
      map.off("moveend", moved);
      if (hash) window.removeEventListener("hashchange", follow);
    };
  }, [map, hash]);

  useEffect(() => {
    if (!request) return;
    map.stop();
    if (request.kind === "view") {
      map.setView([request.view.lat, request.view.lng], request.view.zoom, { animate: false });
      return;
    }
    const [west, south, east, north] = request.bounds;
    const box: [[number, number], [number, number]] = [[south, west], [north, east]];
    const fit = { padding: [48, 48] as [number, number], maxZoom: request.maxZoom };
    if (prefersReducedMotion()) map.fitBounds(box, { ...fit, animate: false });
    else map.flyToBounds(box, { ...fit, duration: FLIGHT_SECONDS });
  }, [map, request]);
}
