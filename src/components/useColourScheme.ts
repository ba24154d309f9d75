import { useSyncExternalStore } from "react";
import { DARK_SCHEME_QUERY, prefersDarkScheme } from "../browser/mediaQueries";
import type { Theme } from "../state/urlOptions";

export type ColourScheme = "light" | "dark";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(DARK_SCHEME_QUERY);
  query?.addEventListener("change", onChange);
  return () => query?.removeEventListener("change", onChange);
}

/**
 * Which scheme a theme shows now (`auto` follows the system, live), so that what CSS cannot
 * colour, such as the basemap's canvases, can be redrawn when it changes.
 */
export function useColourScheme(theme: Theme): ColourScheme {
  const systemDark = useSyncExternalStore(subscribe, prefersDarkScheme, () => false);
  if (theme === "auto") return systemDark ? "dark" : "light";
  return theme;
}
