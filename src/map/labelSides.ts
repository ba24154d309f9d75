import type { LatLngTuple, Map as LeafletMap } from "leaflet";
import { layOutLabels, type LabelSide } from "../geo/labelLayout";
import type { Place } from "../story/model";

const SIDE_CLASSES: readonly LabelSide[] = ["right", "left", "above", "below", "hidden"];
/** A selected place's label always wins its spot. */
const SELECTED_PRIORITY = 1_000_000;

/** Label sizes by place id, measured once from the DOM, where the fonts really are. */
export type LabelSizes = Map<string, { width: number; height: number }>;

/**
 * Chooses a side for every marker label on the map so that labels never overlap, and applies it
 * as a class on the marker's element.
 */
export function applyLabelSides(
  map: LeafletMap,
  places: readonly Place[],
  positions: ReadonlyMap<string, LatLngTuple>,
  selectedId: string | null,
  priority: (place: Place) => number,
  sizes: LabelSizes,
): void {
  const elements = new Map<string, HTMLElement>();
  for (const element of map.getContainer().querySelectorAll<HTMLElement>(".place-marker[data-place-id]")) {
    elements.set(element.dataset.placeId ?? "", element);
  }
  const candidates = places.flatMap((place) => {
    const position = positions.get(place.id);
    const element = elements.get(place.id);
    if (!position || !element) return [];
    const label = element.querySelector<HTMLElement>(".place-marker__label");
    if (!sizes.has(place.id) && label && label.offsetWidth > 0) {
      sizes.set(place.id, { width: label.offsetWidth, height: label.offsetHeight });
    }
    const size = sizes.get(place.id) ?? { width: place.name.length * 8, height: 16 };
    const point = map.latLngToContainerPoint(position);
    return [{ id: place.id, x: point.x, y: point.y, ...size, priority: place.id === selectedId ? SELECTED_PRIORITY : priority(place) }];
  });
  const size = map.getSize();
  const sides = layOutLabels(candidates, { width: size.x, height: size.y });
  for (const [id, side] of sides) {
    const element = elements.get(id);
    for (const each of SIDE_CLASSES) element?.classList.toggle(`place-marker--label-${each}`, each === side);
  }
}
