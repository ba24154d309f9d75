import type { LatLngTuple, LeafletKeyboardEvent } from "leaflet";
import { Fragment, useEffect, useMemo, useState } from "react";
import { Marker, Polyline, useMap } from "react-leaflet";
import type { Place } from "../story/model";
import { placeIcon } from "./placeIcon";
import { useLabelSides } from "./useLabelSides";
import { LEADER_LINE, layOutMarkers } from "./markerLayout";

interface PlaceMarkersProps {
  places: readonly Place[];
  selectedId: string | null;
  onSelect: (placeId: string, at: LatLngTuple) => void;
  /** Receives where each marker is drawn, which differs from the place when spread apart. */
  onLayout: (positions: ReadonlyMap<string, LatLngTuple>) => void;
  /** Whose label wins when labels compete for space. */
  labelPriority: (place: Place) => number;
}

/** One keyboard-focusable marker per place with an anchor; overlapping ones fan out with leader lines. */
export function PlaceMarkers({ places, selectedId, onSelect, onLayout, labelPriority }: PlaceMarkersProps) {
  const map = useMap();
  const [positions, setPositions] = useState(() => layOutMarkers(map, places));
  const icons = useMemo(() => new Map(places.map((place) => [place.id, placeIcon(place)])), [places]);

  useEffect(() => {
    const update = () => setPositions(layOutMarkers(map, places));
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
