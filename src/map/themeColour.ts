import type { Map as LeafletMap } from "leaflet";

/**
 * Canvas cannot resolve CSS variables, so the theme's colours are read from the map's styles.
 * A probe resolves them: a variable's own value may be `light-dark(...)`, which only a colour
 * property turns into one colour.
 * @param map - the map whose container carries the theme
 * @param name - a custom property, e.g. `--land`
 * @returns the colour as the browser computes it, e.g. `rgb(244, 241, 234)`
 * @example themeColour(map, "--paper") // "rgb(255, 255, 255)" in the light theme
 */
export function themeColour(map: LeafletMap, name: string): string {
  const probe = document.createElement("span");
  probe.style.color = `var(${name})`;
  map.getContainer().append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}
