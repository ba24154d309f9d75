import { canvas, divIcon, geoJSON, layerGroup, marker, type Map as LeafletMap } from "leaflet";
import type { Feature } from "geojson";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { Basemap } from "../geo/basemap";

interface BasemapLayersProps {
  basemap: Basemap;
  /** ISO numeric ids of countries drawn in the emphasis colour. */
  focusCountries: readonly string[];
  /** Countries the story labels itself, so the basemap leaves their names out. */
  hiddenLabels: ReadonlySet<string>;
}

const PANES = { shapes: 250, labels: 450 } as const;

function ensurePane(map: LeafletMap, name: string, zIndex: number): string {
  const pane = map.getPane(name) ?? map.createPane(name);
  pane.style.zIndex = String(zIndex);
  pane.style.pointerEvents = "none";
  return name;
}

/** Land, borders, coasts and country names from Natural Earth, drawn on one canvas. */
export function BasemapLayers({ basemap, focusCountries, hiddenLabels }: BasemapLayersProps) {
  const map = useMap();
  useEffect(() => {
    const shapesPane = ensurePane(map, "basemap-shapes", PANES.shapes);
    const labelsPane = ensurePane(map, "basemap-labels", PANES.labels);
    const renderer = canvas({ pane: shapesPane, padding: 0.5 });
    const focus = new Set(focusCountries);
    // Canvas cannot resolve CSS variables, so the theme's colours are read once here.
    const styles = getComputedStyle(map.getContainer());
    const color = (name: string) => styles.getPropertyValue(name).trim();
    const shapes = layerGroup([
      geoJSON(
        basemap.countries.map((country): Feature => ({ type: "Feature", id: country.id, properties: {}, geometry: country.geometry })),
        {
          interactive: false,
          style: (feature) => ({
            renderer,
            stroke: false,
            fillOpacity: 1,
            fillColor: focus.has(String(feature?.id)) ? color("--land-focus") : color("--land"),
          }),
        },
      ),
      geoJSON(basemap.coastlines, { interactive: false, style: { renderer, color: color("--coast"), weight: 0.8, opacity: 1 } }),
      geoJSON(basemap.borders, { interactive: false, style: { renderer, color: color("--border"), weight: 1, opacity: 1 } }),
    ]).addTo(map);

    const labels = basemap.labels
      .filter((label) => !hiddenLabels.has(label.id))
      .map((label) => ({
        minZoom: label.minZoom,
        layer: marker([label.lat, label.lng], {
          pane: labelsPane,
          interactive: false,
          keyboard: false,
          icon: divIcon({ className: "country-label", html: textElement(label.name), iconSize: undefined }),
        }),
      }));
    const labelGroup = layerGroup().addTo(map);
    const showLabelsForZoom = () => {
      const zoom = map.getZoom();
      for (const { minZoom, layer } of labels) {
        if (zoom >= minZoom) labelGroup.addLayer(layer);
        else labelGroup.removeLayer(layer);
      }
    };
    showLabelsForZoom();
    map.on("zoomend", showLabelsForZoom);
    return () => {
      map.off("zoomend", showLabelsForZoom);
      shapes.remove();
      labelGroup.remove();
    };
  }, [map, basemap, focusCountries, hiddenLabels]);
  return null;
}

function textElement(text: string): HTMLElement {
  const span = document.createElement("span");
  span.textContent = text;
  return span;
}
