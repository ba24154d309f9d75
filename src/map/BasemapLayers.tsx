import { canvas, divIcon, geoJSON, layerGroup, marker, type Map as LeafletMap } from "leaflet";
import type { Feature } from "geojson";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { Basemap } from "../geo/basemap";
import type { BasemapWater } from "../geo/basemapWater";
import { themeColour } from "./themeColour";

interface BasemapLayersProps {
  basemap: Basemap;
  /** Lakes and rivers, which arrive after the countries; drawn once they do. */
  water: BasemapWater | null;
  /** ISO numeric ids of countries drawn in the emphasis colour. */
  focusCountries: readonly string[];
  /** Countries the story labels itself, so the basemap leaves their names out. */
  hiddenLabels: ReadonlySet<string>;
  /** The colour scheme showing; the canvases are redrawn in the theme's colours when it changes. */
  scheme: "light" | "dark";
}

/** Land under water under lines, each on its own canvas, all under the story's shapes (400). */
const PANES = { land: 250, water: 255, lines: 260, labels: 450 } as const;

function pane(map: LeafletMap, name: keyof typeof PANES): string {
  const id = `basemap-${name}`;
  const element = map.getPane(id) ?? map.createPane(id);
  element.style.zIndex = String(PANES[name]);
  element.style.pointerEvents = "none";
  return id;
}

function textElement(text: string): HTMLElement {
  const span = document.createElement("span");
  span.textContent = text;
  return span;
}

/** Land, lakes, rivers, borders, coasts and country names from Natural Earth, drawn on canvases. */
export function BasemapLayers({ basemap, water, focusCountries, hiddenLabels, scheme }: BasemapLayersProps) {
  const map = useMap();

  useEffect(() => {
    const landRenderer = canvas({ pane: pane(map, "land"), padding: 0.5 });
    const linesRenderer = canvas({ pane: pane(map, "lines"), padding: 0.5 });
    const focus = new Set(focusCountries);
    const land = themeColour(map, "--land");
    const landFocus = themeColour(map, "--land-focus");
    const shapes = layerGroup([
      geoJSON(
        basemap.countries.map((country): Feature => ({ type: "Feature", id: country.id, properties: {}, geometry: country.geometry })),
        {
          interactive: false,
          style: (feature) => ({
            renderer: landRenderer,
            stroke: false,
            fillOpacity: 1,
            fillColor: focus.has(String(feature?.id)) ? landFocus : land,
          }),
        },
      ),
      geoJSON(basemap.coastlines, { interactive: false, style: { renderer: linesRenderer, color: themeColour(map, "--coast"), weight: 0.8, opacity: 1 } }),
      geoJSON(basemap.borders, { interactive: false, style: { renderer: linesRenderer, color: themeColour(map, "--border"), weight: 1, opacity: 1 } }),
    ]).addTo(map);

    const labelsPane = pane(map, "labels");
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
      // A renderer outlives its layers: left in place, each redraw would stack another canvas.
      landRenderer.remove();
      linesRenderer.remove();
    };
  }, [map, basemap, focusCountries, hiddenLabels, scheme]);

  useEffect(() => {
    if (!water) return;
    const renderer = canvas({ pane: pane(map, "water"), padding: 0.5 });
    const colour = themeColour(map, "--water");
    const edge = themeColour(map, "--coast");
    const layers = layerGroup([
      geoJSON(water.lakes.map((geometry): Feature => ({ type: "Feature", properties: {}, geometry })), {
        interactive: false,
        style: { renderer, fillColor: colour, fillOpacity: 1, color: edge, weight: 0.6, opacity: 1 },
      }),
      geoJSON(water.rivers.map((geometry): Feature => ({ type: "Feature", properties: {}, geometry })), {
        interactive: false,
        style: { renderer, color: edge, weight: 1, opacity: 0.9 },
      }),
    ]).addTo(map);
    return () => {
      layers.remove();
      renderer.remove();
    };
  }, [map, water, scheme]);

  return null;
}
