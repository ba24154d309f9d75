import { geoJSON, type Canvas, type GeoJSON, type Map as LeafletMap } from "leaflet";
import type { Feature, Geometry, MultiLineString } from "geojson";
import type { LandPiece } from "../geo/basemapFiles";
import type { BasemapWater } from "../geo/basemapWater";
import { themeColour } from "./themeColour";

/** One canvas per kind of layer, shared by the coarse world and every detail cell. */
export interface BasemapRenderers {
  land: Canvas;
  lines: Canvas;
  water: Canvas;
}

/** The theme's colours for the basemap, read once per drawing (canvas cannot read CSS). */
export interface BasemapStyle {
  land: string;
  landFocus: string;
  coast: string;
  border: string;
  water: string;
  /** Ids of countries drawn in the emphasis colour. */
  focus: ReadonlySet<string>;
}

export function basemapStyle(map: LeafletMap, focusCountries: readonly string[]): BasemapStyle {
  return {
    land: themeColour(map, "--land"),
    landFocus: themeColour(map, "--land-focus"),
    coast: themeColour(map, "--coast"),
    border: themeColour(map, "--border"),
    water: themeColour(map, "--water"),
    focus: new Set(focusCountries),
  };
}

const features = (items: ReadonlyArray<{ id?: string; geometry: Geometry }>): Feature[] =>
  items.map(({ id, geometry }) => ({ type: "Feature", ...(id === undefined ? {} : { id }), properties: {}, geometry }));

/**
 * The layers of one piece of basemap (the coarse world, or a cell), in drawing order: land, then
 * coasts and borders, then lakes and rivers. Land has no outline, so a cell's cut edges never show.
 * Each comes as a function that makes it: making a layer converts every coordinate it has, most
 * of its cost, so it is done in the task that draws it.
 */
export function basemapLayers(
  layers: { land: readonly LandPiece[]; borders: MultiLineString; coastlines: MultiLineString; water: BasemapWater | null },
  renderers: BasemapRenderers,
  style: BasemapStyle,
): Array<() => GeoJSON> {
  const { water } = layers;
  return [
    () => geoJSON(features(layers.land), {
      interactive: false,
      style: (feature) => ({
        renderer: renderers.land,
        stroke: false,
        fillOpacity: 1,
        fillColor: style.focus.has(String(feature?.id)) ? style.landFocus : style.land,
      }),
    }),
    () => geoJSON(layers.coastlines, { interactive: false, style: { renderer: renderers.lines, color: style.coast, weight: 0.8, opacity: 1 } }),
    () => geoJSON(layers.borders, { interactive: false, style: { renderer: renderers.lines, color: style.border, weight: 1, opacity: 1 } }),
    ...(water
      ? [
        () => geoJSON(features(water.lakes.map((geometry) => ({ geometry }))), {
          interactive: false,
          style: { renderer: renderers.water, fillColor: style.water, fillOpacity: 1, color: style.coast, weight: 0.6, opacity: 1 },
        }),
        () => geoJSON(features(water.rivers.map((geometry) => ({ geometry }))), {
          interactive: false,
          style: { renderer: renderers.water, color: style.coast, weight: 1, opacity: 0.9 },
        }),
      ]
      : []),
  ];
}

/**
 * Adds layers beneath everything already on their canvases, keeping their own order: the
 * coarse world, shown again while a cell loads, must not cover the detail already drawn.
 */
export function addUnderneath(map: LeafletMap, layers: readonly GeoJSON[]): void {
  for (const layer of layers) layer.addTo(map);
  for (const layer of [...layers].reverse()) layer.bringToBack();
}
