import { layerGroup, Map as LeafletMap, marker, polyline, type LayerGroup, type LeafletEvent, type LeafletKeyboardEvent } from "leaflet";
import type { InitialView } from "../state/initialView";
import type { Story } from "../story/model";
import { applyLabelSides } from "./labelSides";
import { LEADER_LINE, labelPriorityIn, layOutMarkers } from "./markerLayout";
import { showInitialView, storyMapOptions, type MapSettings } from "./mapOptions";
import { placeIcon } from "./placeIcon";

/**
 * A story's map drawn by the page's small entry script, before React and the views have arrived:
 * the same Leaflet map, options, first view and markers React would make. StoryMap then adopts
 * the map rather than making its own, and swaps these markers for its own.
 */
export interface EarlyMap {
  story: Story;
  map: LeafletMap;
  /** The map's own element, which StoryMap moves into its place in the page. */
  element: HTMLElement;
  markers: LayerGroup;
  /** Whether the reader has panned or zoomed it: if not, StoryMap fits the first view again to its final size. */
  moved: boolean;
  /** A place the reader opened (click, Enter or Space) before the app could show it. */
  chosen: string | null;
  /** Removes what was drawn around the map (the early layout), once the map has moved out of it. */
  removeShell: () => void;
}

let waiting: EarlyMap | null = null;

/**
 * Draws the story's map and markers into an element already in the page, where StoryMap will put it.
 * @param element - an empty element with the map's class, laid out at the map's final size
 * @param removeShell - removes what the page drew around the map
 */
export function drawEarlyMap(element: HTMLElement, story: Story, settings: MapSettings, view: InitialView, removeShell: () => void): void {
  const map = new LeafletMap(element, storyMapOptions(settings));
  showInitialView(map, view);
  const places = story.places.filter((place) => place.anchor !== null);
  const positions = layOutMarkers(map, places);
  const markers = layerGroup().addTo(map);
  const early: EarlyMap = { story, map, element, markers, moved: false, chosen: null, removeShell };
  for (const place of places) {
    const shown = positions.get(place.id);
    if (!place.anchor || !shown) continue;
    if (shown[0] !== place.anchor[1] || shown[1] !== place.anchor[0]) {
      polyline([[place.anchor[1], place.anchor[0]], shown], { ...LEADER_LINE, interactive: false }).addTo(markers);
    }
    const choose = () => {
      early.chosen = place.id;
    };
    marker(shown, { icon: placeIcon(place), keyboard: true, riseOnHover: true })
      .on("click", choose)
      .on("keydown", (event: LeafletEvent) => {
        const key = (event as LeafletKeyboardEvent).originalEvent;
        if (key.key === "Enter" || key.key === " ") {
          key.preventDefault();
          choose();
        }
      })
      .addTo(markers);
  }
  applyLabelSides(map, places, positions, null, labelPriorityIn(story), new Map());
  map.once("movestart zoomstart", () => {
    early.moved = true;
  });
  waiting = early;
}

/**
 * Hands the early map over to StoryMap, once.
 * @returns the map drawn for this very story, or null when there is none
 */
export function adoptEarlyMap(story: Story): EarlyMap | null {
  if (waiting?.story !== story) return null;
  const taken = waiting;
  waiting = null;
  return taken;
}

/** Removes an early map that no StoryMap took (the app showed something else), with its listeners and layout. */
export function discardEarlyMap(): void {
  waiting?.map.remove();
  waiting?.removeShell();
  waiting = null;
}
