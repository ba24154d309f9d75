import { useLayoutEffect, useSyncExternalStore } from "react";
import { DARK_SCHEME_QUERY, prefersDarkScheme } from "../browser/mediaQueries";
import type { Theme } from "../state/urlOptions";

export type ColourScheme = "light" | "dark";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(DARK_SCHEME_QUERY);
  query?.addEventListener("change", onChange);
  return () => query?.removeEventListener("change", onChange);
}

/**
 * Applies a theme to the page (the stylesheet's `data-theme`) and says which scheme is showing,
 * so that what CSS cannot colour, such as the basemap's canvases, can be redrawn when it changes.
 * Layout effect: the attribute is set before any child effect reads the theme's colours.
 */
export function useColourScheme(theme: Theme): ColourScheme {
  const systemDark = useSyncExternalStore(subscribe, prefersDarkScheme, () => false);
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  if (theme === "auto") return systemDark ? "dark" : "light";
  return theme;
}
