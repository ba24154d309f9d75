import { useEffect, useMemo, useRef } from "react";
import { TileLayer, useMap } from "react-leaflet";
import { OSM_MAX_ZOOM } from "./zoomLimits";

/** OpenStreetMap's standard tiles; their credit is shown by Credits, never by Leaflet's control. */
const OSM_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

// Above the basemap's land (250) and water (255), under its borders and coasts (260) and
// country names (450), so the offline map's lines stay visible over the tiles.
const PANE = "online-tiles";
const PANE_Z_INDEX = 257;

interface OnlineTilesProps {
  /** The zoom limit of the offline basemap, restored when the tiles are switched off. */
  basemapMaxZoom: number;
  /** Called once when tiles fail to load (offline, blocked), not once per tile. */
  onUnavailable: () => void;
}

/** OpenStreetMap tiles over the offline basemap, slightly transparent so its colours show through. */
export function OnlineTiles({ basemapMaxZoom, onUnavailable }: OnlineTilesProps) {
  const map = useMap();
  const pane = useMemo(() => {
    const element = map.getPane(PANE) ?? map.createPane(PANE);
    element.style.zIndex = String(PANE_Z_INDEX);
    element.style.pointerEvents = "none";
    return PANE;
  }, [map]);
  const reported = useRef(false);
  const eventHandlers = useMemo(() => ({
    tileerror: () => {
      if (reported.current) return;
      reported.current = true;
      onUnavailable();
    },
  }), [onUnavailable]);

  useEffect(() => {
    map.setMaxZoom(OSM_MAX_ZOOM);
    return () => {
      map.setMaxZoom(basemapMaxZoom);
    };
  }, [map, basemapMaxZoom]);

  return <TileLayer url={OSM_TILES} pane={pane} maxZoom={OSM_MAX_ZOOM} opacity={0.85} eventHandlers={eventHandlers} />;
}
