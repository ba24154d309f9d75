import type { LatLngTuple } from "leaflet";
import { useEffect, useRef, useState } from "react";
import { useMap } from "react-leaflet";
import type { Place } from "../story/model";
import { applyLabelSides, type LabelSizes } from "./labelSides";

/** Keeps every marker label on a side where it overlaps no other, as the map moves and the selection changes. */
export function useLabelSides(
  places: readonly Place[],
  positions: ReadonlyMap<string, LatLngTuple>,
  selectedId: string | null,
  priority: (place: Place) => number,
): void {
  const map = useMap();
  const sizes = useRef<LabelSizes>(new Map());
  // Labels keep inside the map, so a pan can change their sides too.
  const [moves, setMoves] = useState(0);
  useEffect(() => {
    const countMove = () => setMoves((count) => count + 1);
    map.on("moveend", countMove);
    return () => {
      map.off("moveend", countMove);
    };
  }, [map]);
  useEffect(() => applyLabelSides(map, places, positions, selectedId, priority, sizes.current), [map, places, positions, selectedId, priority, moves]);
}
