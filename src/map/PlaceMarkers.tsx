import type { LatLngTuple, LeafletKeyboardEvent, Map as LeafletMap } from "leaflet";
import { Fragment, useEffect, useMemo, useState } from "react";
import { Marker, Polyline, useMap } from "react-leaflet";
import { fanOutOverlaps } from "../geo/overlapFanOut";
import type { Place } from "../story/model";
import { placeIcon } from "./placeIcon";
import { useLabelSides } from "./useLabelSides";

/** Drawn as SVG so the stylesheet colours it (`.leader-line`) in either theme. */
const LEADER_LINE = { className: "leader-line", weight: 1, opacity: 0.8, dashArray: "2 3" } as const;

/** Pixels between marker centres below which markers are spread apart so each stays clickable. */
const MIN_MARKER_DISTANCE = 22;

interface PlaceMarkersProps {
  places: readonly Place[];
  selectedId: string | null;
  onSelect: (placeId: string, at: LatLngTuple) => void;
  /** Receives where each marker is drawn, which differs from the place when spread apart. */
  onLayout: (positions: ReadonlyMap<string, LatLngTuple>) => void;
  /** Whose label wins when labels compete for space. */
  labelPriority: (place: Place) => number;
}

function layOut(map: LeafletMap, places: readonly Place[]): Map<string, LatLngTuple> {
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

/** One keyboard-focusable marker per place with an anchor; overlapping ones fan out with leader lines. */
export function PlaceMarkers({ places, selectedId, onSelect, onLayout, labelPriority }: PlaceMarkersProps) {
  const map = useMap();
  const [positions, setPositions] = useState(() => layOut(map, places));
  const icons = useMemo(() => new Map(places.map((place) => [place.id, placeIcon(place)])), [places]);

  useEffect(() => {
    const update = () => setPositions(layOut(map, places));
    update();
    map.on("zoomend", update);
    return () => {
      map.off("zoomend", update);
    };
  }, [map, places]);

  useEffect(() => onLayout(positions), [positions, onLayout]);
  useLabelSides(places, positions, selectedId, labelPriority);

  // Selection changes a class rather than the icon, so a focused marker keeps its element and focus.
  useEffect(() => {
    for (const element of map.getContainer().querySelectorAll<HTMLElement>(".place-marker[data-place-id]")) {
      element.classList.toggle("place-marker--selected", element.dataset.placeId === selectedId);
    }
  }, [map, selectedId, icons, positions]);

  return places.map((place) => {
    const shown = positions.get(place.id);
    const icon = icons.get(place.id);
    if (!place.anchor || !shown || !icon) return null;
    const anchor: LatLngTuple = [place.anchor[1], place.anchor[0]];
    const moved = shown[0] !== anchor[0] || shown[1] !== anchor[1];
    const select = () => onSelect(place.id, shown);
    return (
      <Fragment key={place.id}>
        {moved && <Polyline positions={[anchor, shown]} interactive={false} pathOptions={LEADER_LINE} />}
        <Marker
          position={shown}
          icon={icon}
          keyboard
          riseOnHover
          eventHandlers={{
            click: select,
            keydown: (event: LeafletKeyboardEvent) => {
              if (event.originalEvent.key === "Enter" || event.originalEvent.key === " ") {
                event.originalEvent.preventDefault();
                select();
              }
            },
          }}
        />
      </Fragment>
    );
  });
}
