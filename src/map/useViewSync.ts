import { useEffect, useRef } from "react";
import { useMap } from "react-leaflet";
import { formatMapHash, parseMapHash, type MapView } from "../state/mapView";

/** A view asked for from outside the map (a host page's message); a new serial asks again. */
export interface ViewRequest {
  view: MapView;
  serial: number;
}

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
    if (request) map.setView([request.view.lat, request.view.lng], request.view.zoom, { animate: false });
  }, [map, request]);
}
