import { createLeafletContext, LeafletContext, type LeafletContextInterface } from "@react-leaflet/core";
import { Map as LeafletMap } from "leaflet";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import type { InitialView } from "../state/initialView";
import type { Story } from "../story/model";
import { adoptEarlyMap, type EarlyMap } from "./earlyMap";
import { showInitialView, storyMapOptions, type MapSettings } from "./mapOptions";

interface MapFrameProps {
  story: Story;
  settings: MapSettings;
  initialView: InitialView;
  /** A place the reader opened on the early map before the app had arrived. */
  onEarlyChoice: (placeId: string) => void;
  children: ReactNode;
}

/** The place whose marker has the keyboard focus on the early map, so its successor can take it. */
function focusedPlaceIn(element: HTMLElement): string | null {
  const active = element.ownerDocument.activeElement;
  if (!(active instanceof HTMLElement) || !element.contains(active)) return null;
  return active.querySelector<HTMLElement>(".place-marker[data-place-id]")?.dataset.placeId ?? null;
}

/**
 * The story's Leaflet map and its React context, as react-leaflet's MapContainer makes them,
 * except that it first adopts the map the page's entry drew for this story (earlyMap.ts). The
 * map's element is Leaflet's, not React's, so it can move in whole; this element holds it.
 */
export function MapFrame({ story, settings, initialView, onEarlyChoice, children }: MapFrameProps) {
  const [context, setContext] = useState<LeafletContextInterface | null>(null);
  const made = useRef<LeafletMap | null>(null);
  const early = useRef<{ adopted: EarlyMap; focused: string | null } | null>(null);
  // Read once, when the map is made, like MapContainer's props.
  const start = useRef({ story, settings, initialView });
  const frame = useCallback((node: HTMLDivElement | null) => {
    if (node === null || made.current) return;
    const adopted = adoptEarlyMap(start.current.story);
    const element = adopted?.element ?? node.ownerDocument.createElement("div");
    // Read before the move, which takes the focus away.
    const focused = adopted ? focusedPlaceIn(element) : null;
    element.classList.add("story-map");
    node.append(element);
    adopted?.removeShell();
    const map = adopted?.map ?? new LeafletMap(element, storyMapOptions(start.current.settings));
    // Only when the layout has changed since the early map was drawn: invalidateSize forgets the
    // exact centre Leaflet keeps, so even an unchanged size would move a `#map=` view by a fraction.
    const size = map.getSize();
    if (adopted && (element.clientWidth !== size.x || element.clientHeight !== size.y)) map.invalidateSize({ pan: false });
    if (!adopted?.moved) showInitialView(map, start.current.initialView);
    made.current = map;
    early.current = adopted ? { adopted, focused } : null;
    setContext(createLeafletContext(map));
  }, []);
  useEffect(() => () => {
    context?.map.remove();
  }, [context]);
  // After the children's effects have added their layers: the early markers step aside for them.
  useEffect(() => {
    if (!context || !early.current) return;
    const { adopted, focused } = early.current;
    early.current = null;
    adopted.markers.remove();
    if (focused !== null) {
      adopted.element.querySelector<HTMLElement>(`.place-marker[data-place-id="${CSS.escape(focused)}"]`)?.closest<HTMLElement>(".place-icon")?.focus();
    }
    if (adopted.chosen !== null) onEarlyChoice(adopted.chosen);
  }, [context, onEarlyChoice]);
  return (
    <div ref={frame} className="story-map-frame">
      {context && <LeafletContext value={context}>{children}</LeafletContext>}
    </div>
  );
}
