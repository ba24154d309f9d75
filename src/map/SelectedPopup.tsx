import { LatLngBounds, type LatLngTuple, type Map as LeafletMap, type Popup as LeafletPopup } from "leaflet";
import { useEffect, useRef, type ReactNode } from "react";
import { Popup, useMap } from "react-leaflet";

interface SelectedPopupProps {
  placeId: string;
  label: string;
  position: LatLngTuple;
  onClose: (placeId: string) => void;
  /** Whether the map pans to show the whole popup; a briefing's view is set by its step instead. */
  autoPan: boolean;
  children: ReactNode;
}

/** Room the zoom buttons take on the left, which a popup must not slide under. */
const CONTROLS_WIDTH = 56;
const MARGIN = 12;
/** Leaflet's max and min widths apply to the content; its margins and the wrapper's padding add this. */
const POPUP_CHROME = 30;
/** A popup shortened to fit is never shorter than this: a few lines of a passage. */
const MIN_CONTENT_HEIGHT = 120;

/** Keeps a popup inside small screens: never wider or taller than the map leaves room for. */
function popupSize(width: number, height: number, rightControls: number) {
  const room = width - CONTROLS_WIDTH - rightControls - 2 * MARGIN - POPUP_CHROME;
  return {
    maxWidth: Math.max(200, Math.min(360, room)),
    minWidth: Math.min(260, room),
    maxHeight: Math.max(160, Math.round(height * 0.6)),
  };
}

/**
 * Shortens a popup whose top is past the map's: at the widest zoom the map cannot pan further
 * north (its bounds stop at 85°), so a tall popup over a northern place would be cut off. Its
 * content then scrolls in the room there is.
 */
function keepTopInView(map: LeafletMap, popup: LeafletPopup): void {
  const element = popup.getElement();
  const content = element?.querySelector<HTMLElement>(".leaflet-popup-content");
  if (!element || !content || !popup.isOpen()) return;
  const over = map.getContainer().getBoundingClientRect().top + MARGIN - element.getBoundingClientRect().top;
  // Only where panning cannot help: the view's top is at the map's northern bound.
  // Leaflet keeps the bounds it was given as a LatLngBounds (setMaxBounds); none means the projection's edge.
  const bounds = map.options.maxBounds;
  const north = bounds instanceof LatLngBounds ? bounds.getNorth() : 85;
  const atNorthernBound = map.getPixelBounds().min!.y <= map.project([north, 0]).y + 1;
  if (over <= 0 || !atNorthernBound) return;
  popup.options.maxHeight = Math.max(MIN_CONTENT_HEIGHT, content.getBoundingClientRect().height - over);
  // Leaflet puts the content back in on update, which takes the keyboard focus out of it.
  const focused = element.contains(document.activeElement) ? (document.activeElement as HTMLElement) : null;
  popup.update();
  focused?.focus({ preventScroll: true });
}

/** The marker that stands for a place, where focus goes back when its popup closes. */
function markerOf(container: HTMLElement, placeId: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`.place-marker[data-place-id="${CSS.escape(placeId)}"]`)?.closest<HTMLElement>(".place-icon") ?? null;
}

/**
 * The popup of the selected place, a dialog whose content React renders through react-leaflet's
 * portal. Escape closes it from anywhere inside (Leaflet only listens on the map itself), and
 * focus returns to the place's marker unless the reader has moved it elsewhere.
 */
export function SelectedPopup({ placeId, label, position, onClose, autoPan, children }: SelectedPopupProps) {
  const map = useMap();
  const size = map.getSize();
  // The buttons in the upper right must not cover a popup's close button either.
  const corner = map.getContainer().querySelector<HTMLElement>(".leaflet-top.leaflet-right");
  const rightControls = corner?.offsetWidth ?? 0;
  const opened = useRef<{ popup: LeafletPopup; sizedFor: number } | null>(null);

  // The buttons may arrive after a popup opened with the page (?place=): it makes room for them then.
  useEffect(() => {
    if (!corner || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => {
      const width = corner.offsetWidth;
      if (!opened.current?.popup.isOpen() || opened.current.sizedFor === width) return;
      const { popup } = opened.current;
      opened.current.sizedFor = width;
      const { x, y } = map.getSize();
      Object.assign(popup.options, popupSize(x, y, width), { autoPanPaddingBottomRight: [width + MARGIN, MARGIN] });
      popup.update();
    });
    observer.observe(corner);
    return () => observer.disconnect();
  }, [map, corner]);

  return (
    <Popup
      key={placeId}
      position={position}
      {...popupSize(size.x, size.y, rightControls)}
      offset={[0, -2]}
      autoPan={autoPan}
      autoPanPaddingTopLeft={[CONTROLS_WIDTH + MARGIN, MARGIN]}
      autoPanPaddingBottomRight={[rightControls + MARGIN, MARGIN]}
      closeButton
      eventHandlers={{
        add: (event) => {
          opened.current = { popup: event.target as LeafletPopup, sizedFor: rightControls };
          const container = (event.target as LeafletPopup).getElement();
          if (!container) return;
          // Once the map has panned to show it, if it pans; else on the next frame.
          const popup = event.target as LeafletPopup;
          const fit = () => keepTopInView(map, popup);
          // Every move while it is open: the map's own pan back inside its bounds comes after the popup's.
          map.on("moveend", fit);
          popup.once("remove", () => map.off("moveend", fit));
          requestAnimationFrame(fit);
          container.setAttribute("role", "dialog");
          container.setAttribute("aria-label", label);
          container.querySelector(".leaflet-popup-close-button")?.setAttribute("aria-label", `Close ${label}`);
          container.addEventListener("keydown", (keyEvent) => {
            if (keyEvent.key !== "Escape") return;
            keyEvent.stopPropagation();
            map.closePopup();
          });
        },
        remove: (event) => {
          const container = (event.target as LeafletPopup).getElement();
          const focused = document.activeElement;
          // Leaflet fades a closed popup out before removing it, so focus may still sit inside it.
          if (!focused || focused === document.body || container?.contains(focused)) {
            markerOf(map.getContainer(), placeId)?.focus();
          }
          onClose(placeId);
        },
      }}
    >
      {children}
    </Popup>
  );
}
