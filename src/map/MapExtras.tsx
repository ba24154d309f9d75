import type { LatLngTuple } from "leaflet";
import { Suspense, type ReactNode } from "react";
import { ScaleControl } from "react-leaflet";
import type { Bounds } from "../geo/bounds";
import { FitAllButton } from "./FitAllButton";
import { MapControl } from "./MapControl";
import { OnlineTiles } from "./OnlineTiles";
import { SelectedPopup } from "./SelectedPopup";
import { useArrowKeysBetweenMarkers } from "./useArrowKeysBetweenMarkers";
import { useFlyToSelection } from "./useFlyToSelection";
import { useViewSync } from "./useViewSync";

export interface MapExtrasProps {
  /** The place whose popup is open, where it points, and the flight that brings it into view. */
  popup: {
    placeId: string;
    label: string;
    at: LatLngTuple;
    flight: Parameters<typeof useFlyToSelection>[0];
    autoPan: boolean;
    content: ReactNode;
  } | null;
  onClose: (placeId: string) => void;
  /** Every located place, for the "show all" button; null hides it. */
  allBounds: Bounds | null;
  lowerLeft?: ReactNode;
  upperRight?: ReactNode;
  onlineTiles: { basemapMaxZoom: number; onUnavailable: () => void } | null;
  viewSync: Parameters<typeof useViewSync>[0];
}

/** Shows its children once the map has brought a place chosen outside it into view. */
function AfterFlight({ flight, children }: { flight: Parameters<typeof useFlyToSelection>[0]; children: ReactNode }) {
  return useFlyToSelection(flight) ? children : null;
}

function ViewSync(options: Parameters<typeof useViewSync>[0]) {
  useViewSync(options);
  return null;
}

function ArrowKeysBetweenMarkers() {
  useArrowKeysBetweenMarkers();
  return null;
}

/**
 * What the map adds to its basemap and markers: the open popup, the buttons, the scale, online
 * tiles, the view kept in the URL and arrow keys between markers. StoryMap loads it apart from
 * the first view's script, so the first markers show without waiting for it.
 */
export function MapExtras({ popup, onClose, allBounds, lowerLeft, upperRight, onlineTiles, viewSync }: MapExtrasProps) {
  return (
    <>
      {onlineTiles && <OnlineTiles {...onlineTiles} />}
      {popup && (
        // The popup opens once its content's code has arrived, so Leaflet sizes it once, around the content.
        <Suspense fallback={null}>
          <AfterFlight flight={popup.flight}>
            <SelectedPopup placeId={popup.placeId} label={popup.label} position={popup.at} onClose={onClose} autoPan={popup.autoPan}>
              {popup.content}
            </SelectedPopup>
          </AfterFlight>
        </Suspense>
      )}
      {allBounds && <FitAllButton bounds={allBounds} />}
      <ScaleControl position="bottomright" />
      {lowerLeft && <MapControl position="bottomleft" className="map-panel">{lowerLeft}</MapControl>}
      {upperRight && <MapControl position="topright" className="map-actions">{upperRight}</MapControl>}
      <ViewSync {...viewSync} />
      <ArrowKeysBetweenMarkers />
    </>
  );
}
