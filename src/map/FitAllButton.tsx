import { useMap } from "react-leaflet";
import type { Bounds } from "../geo/bounds";
import { MapControl } from "./MapControl";
import { toLatLngBounds } from "./mapOptions";

/** Zooms out to show every located place of the story. */
export function FitAllButton({ bounds }: { bounds: Bounds }) {
  const map = useMap();
  const fit = () => map.fitBounds(toLatLngBounds(bounds), { padding: [24, 24] });
  return (
    <MapControl position="topleft">
      <button type="button" className="map-control__button" onClick={fit} title="Show all places" aria-label="Show all places">
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M1 5V1h4M11 1h4v4M15 11v4h-4M5 15H1v-4" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
    </MapControl>
  );
}
