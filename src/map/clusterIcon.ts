import { divIcon, type DivIcon } from "leaflet";
import { clusterName, clusterTier, shortCount } from "../geo/clusterCount";

/**
 * A cluster's marker: a circle sized by its count, showing the short figure ("1.2k") and named in
 * full for screen readers ("Cluster of 1,234 places — press Enter to zoom in"). Leaflet gives the
 * element role="button" and tabindex; the stylesheet colours it (`.cluster-marker`).
 */
export function clusterIcon(count: number): DivIcon {
  const { tier, size } = clusterTier(count);
  const root = document.createElement("span");
  root.className = `cluster-marker cluster-marker--${tier}`;
  const figure = document.createElement("span");
  figure.className = "cluster-marker__count";
  figure.setAttribute("aria-hidden", "true");
  figure.textContent = shortCount(count);
  const name = document.createElement("span");
  name.className = "cluster-marker__name";
  name.textContent = clusterName(count);
  root.append(figure, name);
  return divIcon({ className: "cluster-icon", html: root, iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
}
