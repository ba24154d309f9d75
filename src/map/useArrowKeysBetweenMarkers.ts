import { useEffect } from "react";
import { useMap } from "react-leaflet";

const NEXT = new Set(["ArrowRight", "ArrowDown"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp"]);
/** Place markers and, on a clustered map, cluster markers. */
const MARKER = ".place-icon, .cluster-icon";

/**
 * With a place or cluster marker focused, the arrow keys move to the next or previous one in view, west
 * to east, instead of panning the map (which they still do when the map itself has focus).
 */
export function useArrowKeysBetweenMarkers(): void {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    const move = (event: KeyboardEvent) => {
      const current = (event.target as HTMLElement | null)?.closest<HTMLElement>(MARKER);
      const forward = NEXT.has(event.key);
      if (!current || (!forward && !PREVIOUS.has(event.key)) || event.altKey || event.ctrlKey || event.metaKey) return;
      // Caught on the way down, so Leaflet's own arrow-key panning never sees the key.
      event.preventDefault();
      event.stopPropagation();
      const bounds = container.getBoundingClientRect();
      const inView = [...container.querySelectorAll<HTMLElement>(`.leaflet-marker-pane :is(${MARKER})`)]
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.right > bounds.left && box.left < bounds.right && box.bottom > bounds.top && box.top < bounds.bottom)
        .sort((a, b) => a.box.left - b.box.left || a.box.top - b.box.top)
        .map(({ element }) => element);
      const index = inView.indexOf(current);
      if (inView.length === 0) return;
      const next = inView[(index + (forward ? 1 : -1) + inView.length) % inView.length];
      next?.focus({ preventScroll: true });
    };
    container.addEventListener("keydown", move, { capture: true });
    return () => container.removeEventListener("keydown", move, { capture: true });
  }, [map]);
}
