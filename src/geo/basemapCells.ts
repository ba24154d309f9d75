/**
 * Build-time side of the basemap's files (basemapFiles.ts reads them): the coarse world and the
 * 1:50m basemap cut into the cells of basemapGrid.ts, each as a small TopoJSON.
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import type { Topology } from "topojson-specification";
import { bbox, bboxClip } from "@turf/turf";
import { topology } from "topojson-server";
import type { Basemap, CountryLabel } from "./basemap";
import type { BasemapWater } from "./basemapWater";
import { OBJECTS, type BasemapCell, type LandPiece, type WorldFile } from "./basemapFiles";
import { cellBounds, cellsCovering, type GridBounds } from "./basemapGrid";

export const cellOptions = {
  /** Steps per cell side: 30° / 10,000 is 0.003°, finer than the 1:50m data's own 0.0036° grid. */
  cellQuantization: 10_000,
  /** Steps across the world file: 0.036°, a fifth of a pixel at zoom 3, the closest it is shown alone. */
  worldQuantization: 10_000,
  /**
   * Degrees a cell's land reaches into its neighbours. Two fills that meet on a line leave a
   * faint antialiased seam on a canvas, as do fills overlapping by less than a pixel (0.01° did,
   * at zoom 4.5); 0.2° is two pixels at zoom 4, the farthest out cells are drawn. Lines are
   * clipped exactly, so that no stretch of border is drawn twice.
   */
  landOverlap: 0.2,
};

const grow = ([west, south, east, north]: GridBounds, by: number): GridBounds => [west - by, south - by, east + by, north + by];
const touches = (a: GridBounds, b: GridBounds) => a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
const asBox = (bounds: GridBounds) => [...bounds] as [number, number, number, number];

function clipArea(geometry: Polygon | MultiPolygon, box: GridBounds): MultiPolygon | null {
  const clipped = bboxClip(geometry, asBox(box)).geometry as Polygon | MultiPolygon;
  const polygons = clipped.type === "Polygon" ? [clipped.coordinates] : clipped.coordinates;
  // Clipping leaves rings with too few points where a ring only grazed the box; an outer ring lost takes its holes with it.
  const kept = polygons.filter((rings) => (rings[0]?.length ?? 0) >= 4).map((rings) => rings.filter((ring) => ring.length >= 4));
  return kept.length > 0 ? { type: "MultiPolygon", coordinates: kept } : null;
}

function clipLines(geometry: LineString | MultiLineString, box: GridBounds): MultiLineString {
  const clipped = bboxClip(geometry, asBox(box)).geometry as LineString | MultiLineString;
  const parts: Position[][] = clipped.type === "LineString" ? [clipped.coordinates] : clipped.coordinates;
  return { type: "MultiLineString", coordinates: parts.filter((part) => part.length >= 2) };
}

/**
 * Cuts a basemap and its water into the grid's cells.
 * @param basemap - from `buildBasemap` on countries-50m; not modified
 * @param water - from `waterFromTopology`; not modified
 * @returns each cell that holds any land or water, by key (open ocean has none)
 * @example cutIntoCells(buildBasemap(countries50m), water).get("60_30")?.land.find((piece) => piece.id === "398")
 */
export function cutIntoCells(basemap: Basemap, water: BasemapWater): Map<string, BasemapCell> {
  const withBounds = <T extends Geometry>(geometry: T) => ({ geometry, bounds: bbox(geometry) as unknown as GridBounds });
  const countries = basemap.countries.map((country) => ({ id: country.id, ...withBounds(country.geometry) }));
  const lakes = water.lakes.map(withBounds);
  const rivers = water.rivers.map(withBounds);
  const cells = new Map<string, BasemapCell>();
  for (const key of cellsCovering([-180, -90, 180, 90])) {
    const exact = cellBounds(key);
    const overlapping = grow(exact, cellOptions.landOverlap);
    const areas = <T extends { bounds: GridBounds; geometry: Polygon | MultiPolygon }>(items: T[]) =>
      items.filter((item) => touches(item.bounds, overlapping)).flatMap((item) => {
        const geometry = clipArea(item.geometry, overlapping);
        return geometry ? [{ ...item, geometry }] : [];
      });
    const land = areas(countries).map(({ id, geometry }): LandPiece => ({ id, geometry }));
    const cellLakes = areas(lakes).map((lake) => lake.geometry);
    if (land.length === 0 && cellLakes.length === 0) continue;
    cells.set(key, {
      land,
      borders: clipLines(basemap.borders, exact),
      coastlines: clipLines(basemap.coastlines, exact),
      lakes: cellLakes,
      rivers: rivers.filter((river) => touches(river.bounds, exact)).map((river) => clipLines(river.geometry, exact)).filter((river) => river.coordinates.length > 0),
    });
  }
  return cells;
}

const collection = (items: ReadonlyArray<{ id?: string; geometry: Geometry }>): FeatureCollection =>
  ({ type: "FeatureCollection", features: items.map(({ id, geometry }): Feature => ({ type: "Feature", ...(id === undefined ? {} : { id }), properties: {}, geometry })) });

function encode(layers: { land: ReadonlyArray<{ id: string; geometry: Geometry }>; borders: MultiLineString; coastlines: MultiLineString } & BasemapWater, quantization: number): Topology {
  return topology({
    [OBJECTS.land]: collection(layers.land),
    [OBJECTS.borders]: layers.borders,
    [OBJECTS.coastlines]: layers.coastlines,
    [OBJECTS.lakes]: collection(layers.lakes.map((geometry) => ({ geometry }))),
    [OBJECTS.rivers]: collection(layers.rivers.map((geometry) => ({ geometry }))),
  }, quantization);
}

/**
 * A cell's file.
 * @param cell - from {@link cutIntoCells}
 * @returns a quantised topology that `decodeCell` reads back
 * @example JSON.stringify(cellFile(cutIntoCells(basemap, water).get("60_30")!))
 */
export function cellFile(cell: BasemapCell): Topology {
  return encode(cell, cellOptions.cellQuantization);
}

/**
 * The world file: the coarse basemap and water, with the labels of the detailed one, so that a
 * country keeps its name and place at every zoom and small countries missing at 1:110m are named.
 * @param coarse - from `buildBasemap` on countries-110m
 * @param water - coarse lakes and rivers
 * @param labels - the labels to show at every zoom
 * @returns a quantised topology with the labels beside it, which `decodeWorld` reads back
 * @example worldFile(buildBasemap(countries110m), waterFromTopology(world110m, world110m), buildBasemap(countries50m).labels)
 */
export function worldFile(coarse: Basemap, water: BasemapWater, labels: CountryLabel[]): WorldFile {
  return { ...encode({ ...coarse, land: coarse.countries, ...water }, cellOptions.worldQuantization), labels };
}
