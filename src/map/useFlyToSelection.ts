import type { LatLngTuple } from "leaflet";
import { useEffect, useState } from "react";
import { useMap } from "react-leaflet";
import { prefersReducedMotion } from "../browser/mediaQueries";

/** A place chosen outside the map is shown at least this close, so a city is not a dot on a globe. */
const NEAREST_USEFUL_ZOOM = 5;
const FLIGHT_SECONDS = 0.8;

/**
 * Brings a place chosen outside the map (in the text or a list) into view: a short flight, or a
 * jump when the reader prefers reduced motion, or nothing when it is in view already.
 * @param target - where to go, and a key that changes with each new choice; null when nothing to do
 * @returns whether the map has arrived, so a popup opens only once the map stands still
 */
export function useFlyToSelection(target: { key: string; at: LatLngTuple } | null): boolean {
  const map = useMap();
  const [landed, setLanded] = useState<string | null>(null);
  const key = target?.key ?? null;
  const [lat, lng] = target?.at ?? [0, 0];
  useEffect(() => {
    if (key === null) return;
    const land = () => setLanded(key);
    const zoom = Math.max(map.getZoom(), NEAREST_USEFUL_ZOOM);
    const inView = map.getBounds().pad(-0.15).contains([lat, lng]) && map.getZoom() >= NEAREST_USEFUL_ZOOM;
    if (inView || prefersReducedMotion()) {
      if (!inView) map.setView([lat, lng], zoom, { animate: false });
      const frame = requestAnimationFrame(land);
      return () => cancelAnimationFrame(frame);
    }
    map.once("moveend", land);
    map.flyTo([lat, lng], zoom, { duration: FLIGHT_SECONDS });
    return () => {
      map.off("moveend", land);
    };
  }, [map, key, lat, lng]);
  return key === null || landed === key;
}
