import { useEffect } from "react";
import { useMap } from "react-leaflet";
import { formatMapHash, parseMapHash } from "../state/mapView";

/**
 * Keeps `#map=<zoom>/<lat>/<lng>` in the URL as the view changes (replaceState, so the back
 * button is not flooded) and follows the hash when a reader edits it.
 */
export function useViewHash(): void {
  const map = useMap();
  useEffect(() => {
    const write = () => {
      const center = map.getCenter();
      const hash = `#${formatMapHash({ zoom: map.getZoom(), lat: center.lat, lng: center.lng })}`;
      if (hash !== window.location.hash) history.replaceState(history.state, "", hash);
    };
    const follow = () => {
      const view = parseMapHash(window.location.hash);
      if (view && !("problem" in view)) map.setView([view.lat, view.lng], view.zoom);
    };
    write();
    map.on("moveend", write);
    window.addEventListener("hashchange", follow);
    return () => {
      map.off("moveend", write);
      window.removeEventListener("hashchange", follow);
    };
  }, [map]);
}
