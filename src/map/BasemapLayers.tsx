import { canvas, divIcon, layerGroup, marker, type GeoJSON, type Layer, type Map as LeafletMap } from "leaflet";
import { useEffect } from "react";
import { useMap } from "react-leaflet";
import type { Basemap } from "../geo/basemap";
import type { BasemapCell, BasemapDetail } from "../geo/basemapFiles";
import { cellsForView } from "../geo/basemapGrid";
import type { BasemapWater } from "../geo/basemapWater";
import { inTurns } from "../browser/inTurns";
import { addUnderneath, basemapLayers, basemapStyle, type BasemapRenderers } from "./basemapDrawing";

interface BasemapLayersProps {
  /** The coarse world (1:110m), drawn first and at every zoom below the detail zoom. */
  basemap: Basemap;
  /** The coarse world's lakes and rivers. */
  water: BasemapWater | null;
  /** The 1:50m cells, drawn where the view is from the detail zoom on; null draws the coarse world only. */
  detail: BasemapDetail | null;
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

/** A cell on the map or on its way there, a layer a task. */
interface DrawnCell {
  layers: GeoJSON[];
  /** Stops adding the layers not yet added. */
  cancel: () => void;
  /** Whether all of its layers are on the map. */
  complete: boolean;
}

function textElement(text: string): HTMLElement {
  const span = document.createElement("span");
  span.textContent = text;
  return span;
}

/**
 * Land, lakes, rivers, borders, coasts and country names from Natural Earth, drawn on canvases:
 * the coarse world at once, then, from the detail zoom, the 1:50m cells under the view, each as
 * it arrives. The coarse world stays until every cell of the view is drawn, then steps aside so
 * that its rougher coasts never show beyond the detailed ones.
 */
export function BasemapLayers({ basemap, water, detail, focusCountries, hiddenLabels, scheme }: BasemapLayersProps) {
  const map = useMap();

  useEffect(() => {
    const renderers: BasemapRenderers = {
      land: canvas({ pane: pane(map, "land"), padding: 0.5 }),
      lines: canvas({ pane: pane(map, "lines"), padding: 0.5 }),
      water: canvas({ pane: pane(map, "water"), padding: 0.5 }),
    };
    const style = basemapStyle(map, focusCountries);
    const coarse: GeoJSON[] = [];
    const drawn = new Map<string, DrawnCell>();
    let wanted: string[] = [];
    let active = true;

    const showCoarseUntilDetailIsComplete = () => {
      const complete = wanted.length > 0 && wanted.every((key) => drawn.get(key)?.complete);
      const shown = map.hasLayer(coarse[0]!);
      if (complete && shown) for (const layer of coarse) layer.remove();
      if (!complete && !shown) addUnderneath(map, coarse);
    };
    const drawCell = (key: string) => (cell: BasemapCell) => {
      if (!active || drawn.has(key) || !wanted.includes(key)) return;
      const entry: DrawnCell = { layers: [], complete: false, cancel: () => undefined };
      entry.cancel = inTurns([
        ...basemapLayers({ ...cell, water: cell }, renderers, style).map((make) => () => entry.layers.push(make().addTo(map))),
        () => {
          entry.complete = true;
          showCoarseUntilDetailIsComplete();
        },
      ]);
      drawn.set(key, entry);
    };
    const erase = (key: string) => {
      const entry = drawn.get(key);
      entry?.cancel();
      for (const layer of entry?.layers ?? []) layer.remove();
      drawn.delete(key);
    };
    const followView = () => {
      const bounds = map.getBounds();
      wanted = detail ? cellsForView([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()], map.getZoom(), detail.cells) : [];
      for (const key of drawn.keys()) if (!wanted.includes(key)) erase(key);
      showCoarseUntilDetailIsComplete();
      // A cell that cannot be fetched leaves the coarse world showing there, which is still a map.
      for (const key of wanted) if (!drawn.has(key)) detail?.load(key).then(drawCell(key), () => undefined);
    };

    // The coarse world first, a layer a task; then the cells, which are fetched and drawn each on its own.
    const cancel = inTurns([
      ...basemapLayers({ ...basemap, land: basemap.countries, water }, renderers, style).map((make) => () => coarse.push(make().addTo(map))),
      () => {
        followView();
        map.on("moveend", followView);
      },
    ]);
    return () => {
      active = false;
      cancel();
      map.off("moveend", followView);
      for (const key of drawn.keys()) erase(key);
      for (const layer of coarse) layer.remove();
      // A renderer outlives its layers: left in place, each redraw would stack another canvas.
      for (const renderer of Object.values(renderers)) renderer.remove();
    };
    // `scheme` is read through the theme's CSS variables (basemapStyle); a change redraws.
  }, [map, basemap, water, detail, focusCountries, scheme]);

  useEffect(() => {
    const labelGroup = layerGroup();
    const showLabelsForZoom = (labels: ReadonlyArray<{ minZoom: number; layer: Layer }>) => () => {
      const zoom = map.getZoom();
      for (const { minZoom, layer } of labels) {
        if (zoom >= minZoom) labelGroup.addLayer(layer);
        else labelGroup.removeLayer(layer);
      }
    };
    let follow: (() => void) | null = null;
    // Country names are a few hundred DOM markers: made after the story's markers are painted.
    const cancel = inTurns([() => {
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
      labelGroup.addTo(map);
      follow = showLabelsForZoom(labels);
      follow();
      map.on("zoomend", follow);
    }]);
    return () => {
      cancel();
      if (follow) map.off("zoomend", follow);
      labelGroup.remove();
    };
  }, [map, basemap, hiddenLabels]);

  return null;
}
