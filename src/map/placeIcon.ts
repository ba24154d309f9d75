import { divIcon, type DivIcon } from "leaflet";
import type { Place } from "../story/model";

/** Markers differ by what they stand for: a dot for a town, a square for a site, a label for an area. */
function shapeOf(place: Place): string {
  if (place.precision === "country" || place.precision === "region") return "area";
  if (place.precision === "site" || place.precision === "building") return "site";
  return "city";
}

/**
 * The marker's element: Leaflet gives it role="button" and tabindex; its text is its accessible name.
 * Built with DOM calls so a place name is only ever text.
 * @param place - the place it stands for
 * @param labelled - false where no label layout runs (clustered maps): the name then shows only
 *   on hover and focus, and stays the accessible name
 */
export function placeIcon(place: Place, labelled = true): DivIcon {
  const root = document.createElement("span");
  root.className = [
    "place-marker",
    `place-marker--${shapeOf(place)}`,
    place.origin === "other-sources" ? "place-marker--other-sources" : "",
    labelled ? "" : "place-marker--label-hidden",
  ].filter(Boolean).join(" ");
  const symbol = document.createElement("span");
  symbol.className = "place-marker__symbol";
  symbol.setAttribute("aria-hidden", "true");
  const label = document.createElement("span");
  label.className = "place-marker__label";
  label.textContent = place.name;
  root.dataset.placeId = place.id;
  root.append(symbol, label);
  return divIcon({ className: "place-icon", html: root, iconSize: [14, 14], iconAnchor: [7, 7] });
}
