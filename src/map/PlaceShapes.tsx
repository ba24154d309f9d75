import type { LatLngTuple, LeafletMouseEvent } from "leaflet";
import { useMemo } from "react";
import { GeoJSON } from "react-leaflet";
import type { Place } from "../story/model";
import { useAfterPaint } from "../components/AfterPaint";

interface PlaceShapesProps {
  places: readonly Place[];
  selectedId: string | null;
  onSelect: (placeId: string, at: LatLngTuple) => void;
}

/** Regions draw under the countries inside them, so clicking a country finds the country. */
const DRAW_ORDER: Record<string, number> = { region: 0, country: 1 };

/**
 * Countries, regions and other non-point geometries, drawn as the shapes they are, from the frame
 * after the markers: Leaflet projecting and clipping a country's outline took ~25 ms of the
 * first view, and unselected shapes are not seen (see the style below).
 */
export function PlaceShapes({ places, selectedId, onSelect }: PlaceShapesProps) {
  const painted = useAfterPaint();
  // Once per list of places, not per render: a story may hold 100,000 points and no shape at all.
  const shapes = useMemo(
    () => places
      .filter((place) => place.geometry !== null && place.geometry.type !== "Point")
      .sort((a, b) => (DRAW_ORDER[a.precision] ?? 2) - (DRAW_ORDER[b.precision] ?? 2)),
    [places],
  );
  if (!painted) return null;
  return shapes.map((place) => {
    const selected = place.id === selectedId;
    return (
      <GeoJSON
        key={`${place.id}-${selected}`}
        data={place.geometry!}
        style={{
          className: `place-shape place-shape--${place.precision}${selected ? " place-shape--selected" : ""}`,
          // Unselected areas are invisible but clickable: the basemap already draws their borders,
          // and a second, simplified outline beside them would only blur them.
          stroke: selected,
          weight: 2.5,
          fillOpacity: selected ? 0.12 : 0,
        }}
        eventHandlers={{
          click: (event: LeafletMouseEvent) => onSelect(place.id, [event.latlng.lat, event.latlng.lng]),
        }}
      />
    );
  });
}
