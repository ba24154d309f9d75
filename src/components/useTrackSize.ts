import { useLayoutEffect, useState, type RefObject } from "react";

export interface TrackSize {
  /** Width of the element in CSS pixels. */
  trackPx: number;
  /** Pixels in 1rem, so layouts given in rem follow the reader's font size. */
  remPx: number;
}

/**
 * The width of an element, kept up to date as it resizes. Measured before paint, so a layout
 * that depends on it does not flash at the fallback width first.
 * @param ref - the element to measure
 * @param fallbackPx - the width to assume until measured, or where nothing can be measured (jsdom)
 * @returns its width and the root font size, in pixels
 */
export function useTrackSize(ref: RefObject<HTMLElement | null>, fallbackPx: number): TrackSize {
  const [size, setSize] = useState<TrackSize>({ trackPx: fallbackPx, remPx: 16 });
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const width = Math.round(element.getBoundingClientRect().width);
      const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      // Zero means not laid out (hidden, or no layout engine): keep the last good width.
      if (width <= 0) return;
      setSize((old) => (old.trackPx === width && old.remPx === rem ? old : { trackPx: width, remPx: rem }));
    };
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
