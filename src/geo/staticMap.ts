/**
 * A map drawn once, as SVG path data: the offline basemap projected in Web Mercator onto a fixed
 * picture, for print where a live Leaflet map cannot go. Pure: no DOM, no Leaflet.
 */
import type { Geometry, LineString, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";
import { bbox, bboxClip } from "@turf/turf";
import { interiorPoint, type Basemap } from "./basemap";
import type { Bounds } from "./bounds";

export const staticMapOptions = {
  /** Share of the box's width and height added on each side, so a place on its edge keeps its label. */
  padding: 0.08,
  /** The closest zoom, as the briefing's: a single town is shown among its neighbours, not on blank paper. */
  maxZoom: 6,
  /** Rounding steps per pixel (10: 0.1 px), finer than print resolution at map size; coarser shows kinks. */
  precision: 10,
  /**
   * How far (pixels) a simplified line may stray from the original: Natural Earth at 1:50m has far
   * more points than a small-scale map has pixels. Larger is smaller output but coarser coasts.
   */
  tolerance: 0.5,
  /** Share of the picture a country must fill to be named when its own label point is out of view. */
  namedShare: 0.12,
  /** Web Mercator stops here; the poles are infinitely far away. */
  maxLatitude: 85.0511287798,
};

/** The picture a static map fills and the part of the world it shows. */
export interface StaticMapFrame {
  width: number;
  height: number;
  /** What the picture shows after padding and widening, [west, south, east, north]; west may pass -180 and east 180. */
  bounds: Bounds;
  /** Leaflet's zoom at which a map of this size would show the same, for the basemap's label thresholds. */
  zoom: number;
  /** Web Mercator of the top left corner, in world widths (the world runs from 0 to 1), kept so no round trip through degrees blurs it. */
  origin: [number, number];
  /** Pixels per world width. */
  scale: number;
}

/** The basemap of a static map, as SVG path data in the frame's pixels (empty when nothing is in view). */
export interface StaticBasemap {
  frame: StaticMapFrame;
  /** Every country in view but the focus countries. */
  land: string;
  /** The story's focus countries, to be tinted apart. */
  focus: string;
  borders: string;
  coastlines: string;
  /** Country names, each centred on its point: those the live map shows at this zoom, and any country filling much of the picture. */
  labels: Array<{ id: string; name: string; x: number; y: number }>;
}

const TILE_SIZE = 256;
const DEGREES = 180 / Math.PI;

const mercatorX = (lng: number) => (lng + 180) / 360;
function mercatorY(lat: number): number {
  const clamped = Math.max(-staticMapOptions.maxLatitude, Math.min(staticMapOptions.maxLatitude, lat));
  const sin = Math.sin(clamped / DEGREES);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}
const longitudeOf = (x: number) => x * 360 - 180;
const latitudeOf = (y: number) => Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * DEGREES;

/**
 * The frame of a static map: the box, padded a little, never closer than `maxZoom`, and widened
 * (or heightened) around its centre to the picture's aspect ratio.
 * @param box - [west, south, east, north] in degrees; a point (west = east) is allowed
 * @param size - the picture in pixels
 * @returns the frame, whose bounds are what the picture shows
 * @example frameFor([57.2, 50.3, 57.2, 50.3], { width: 720, height: 420 }).zoom // 6
 */
export function frameFor(box: Bounds, size: { width: number; height: number }): StaticMapFrame {
  const { width, height } = size;
  const [left, right] = [mercatorX(box[0]), mercatorX(box[2])];
  const [top, bottom] = [mercatorY(box[3]), mercatorY(box[1])];
  const closest = TILE_SIZE * 2 ** staticMapOptions.maxZoom;
  const spanX = Math.max((right - left) * (1 + 2 * staticMapOptions.padding), width / closest);
  const spanY = Math.max((bottom - top) * (1 + 2 * staticMapOptions.padding), height / closest);
  const scale = Math.min(width / spanX, height / spanY);
  const [centreX, centreY] = [(left + right) / 2, (top + bottom) / 2];
  const [halfX, halfY] = [width / scale / 2, height / scale / 2];
  return {
    width,
    height,
    bounds: [longitudeOf(centreX - halfX), latitudeOf(centreY + halfY), longitudeOf(centreX + halfX), latitudeOf(centreY - halfY)],
    zoom: Math.log2(scale / TILE_SIZE),
    origin: [centreX - halfX, centreY - halfY],
    scale,
  };
}

/** Pixels from the frame's top left, unrounded; `shift` moves the world by whole turns (degrees). */
function projector(frame: StaticMapFrame, shift = 0): (position: Position) => [number, number] {
  const { origin: [left, top], scale } = frame;
  return ([lng, lat]) => [(mercatorX(lng! + shift) - left) * scale, (mercatorY(lat!) - top) * scale];
}

/**
 * Where a point falls in the picture, on the copy of the world nearest the frame's centre.
 * @param frame - from {@link frameFor}
 * @param position - [lng, lat] in degrees
 * @returns [x, y] in pixels from the top left, rounded like the paths; outside the picture when the point is
 * @example projectPoint(frameFor([0, -10, 20, 10], { width: 200, height: 200 }), [10, 0]) // [100, 100]
 */
export function projectPoint(frame: StaticMapFrame, position: readonly [number, number]): [number, number] {
  const centre = (frame.bounds[0] + frame.bounds[2]) / 2;
  const shift = Math.round((centre - position[0]) / 360) * 360;
  const [x, y] = projector(frame, shift)([position[0], position[1]]);
  return [round(x), round(y)];
}

/**
 * The basemap of a static map: countries (the focus ones apart), borders and coastlines clipped
 * to the frame, and the country names that belong on it.
 * @param basemap - from `buildBasemap`; not modified
 * @param frame - from {@link frameFor}
 * @param focusCountries - ids of the countries to tint, as the story's `view.focusCountries`
 * @param hiddenLabels - ids of countries whose names are not drawn (a place of the story already names them)
 * @returns path data in the frame's pixels, rounded, with nothing outside the picture
 * @example staticBasemap(basemap, frameFor([53, 48, 61.5, 52.5], { width: 720, height: 420 }), ["398"]).focus // "M…z"
 */
export function staticBasemap(
  basemap: Basemap,
  frame: StaticMapFrame,
  focusCountries: readonly string[] = [],
  hiddenLabels: ReadonlySet<string> = new Set(),
): StaticBasemap {
  const focus = new Set(focusCountries);
  const shapes = (tinted: boolean) =>
    basemap.countries.filter((country) => focus.has(country.id) === tinted).map((country) => geometryPath(frame, country.geometry)).join("");
  const inPicture = ([x, y]: [number, number]) => x >= 0 && x <= frame.width && y >= 0 && y <= frame.height;
  const labelById = new Map(basemap.labels.map((label) => [label.id, label]));
  const labels = basemap.countries.flatMap((country) => {
    if (hiddenLabels.has(country.id)) return [];
    const label = labelById.get(country.id);
    const own = label ? projectPoint(frame, [label.lng, label.lat]) : null;
    if (label && own && label.minZoom <= frame.zoom && inPicture(own)) return [{ id: country.id, name: country.name, x: own[0], y: own[1] }];
    // Close in, a country can fill the picture while its label point lies outside it: it is named inside.
    const largest = largestVisiblePolygon(frame, country.geometry);
    if (!largest || largest.pixels < staticMapOptions.namedShare * frame.width * frame.height) return [];
    const [x, y] = largest.project(interiorPoint(largest.polygon));
    return [{ id: country.id, name: country.name, x: round(x), y: round(y) }];
  });
  return {
    frame,
    land: shapes(false),
    focus: shapes(true),
    borders: geometryPath(frame, basemap.borders),
    coastlines: geometryPath(frame, basemap.coastlines),
    labels,
  };
}

/**
 * SVG path data for a geometry, clipped to the frame (a little beyond it, so that line ends and
 * clipped edges stay out of sight) on every copy of the world the frame shows.
 * @param frame - from {@link frameFor}
 * @param geometry - polygons and lines in degrees, already cut at the antimeridian; points and null draw nothing
 * @returns path data in pixels rounded to `precision`; "" when nothing of it is in the picture
 * @example geometryPath(frameFor([0, 0, 10, 10], { width: 100, height: 100 }), null) // ""
 */
export function geometryPath(frame: StaticMapFrame, geometry: Geometry | null): string {
  return framedParts(frame, geometry)
    .map(({ clipped, project }) => (clipped.type === "Polygon" || clipped.type === "MultiPolygon" ? polygonsPath(clipped, project) : linesPath(clipped, project)))
    .join("");
}

type Drawable = Polygon | MultiPolygon | LineString | MultiLineString;
type Project = (position: Position) => [number, number];

/** A geometry clipped to the frame, once for each copy of the world the frame shows, with that copy's projection. */
function framedParts(frame: StaticMapFrame, geometry: Geometry | null): Array<{ clipped: Drawable; project: Project }> {
  if (!geometry || (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon" && geometry.type !== "LineString" && geometry.type !== "MultiLineString")) return [];
  const [west, south, east, north] = frame.bounds;
  const marginX = (east - west) * 0.01;
  const marginY = (north - south) * 0.01;
  const extent = bbox(geometry);
  // A frame past ±180 also shows the copy of the world beyond: a turn east or west of this one.
  return [-360, 0, 360].flatMap((shift) => {
    const clip: Bounds = [west - marginX - shift, south - marginY, east + marginX - shift, north + marginY];
    if (extent[2] < clip[0] || extent[0] > clip[2] || extent[3] < clip[1] || extent[1] > clip[3]) return [];
    return [{ clipped: bboxClip(geometry, clip).geometry as Drawable, project: projector(frame, shift) }];
  });
}

/** The biggest polygon of a shape within the frame, with its size in square pixels and its projection. */
function largestVisiblePolygon(frame: StaticMapFrame, geometry: Polygon | MultiPolygon) {
  let largest: { polygon: Polygon; pixels: number; project: Project } | null = null;
  for (const { clipped, project } of framedParts(frame, geometry)) {
    if (clipped.type !== "Polygon" && clipped.type !== "MultiPolygon") continue;
    for (const rings of clipped.type === "Polygon" ? [clipped.coordinates] : clipped.coordinates) {
      if (rings.length === 0) continue;
      const pixels = twiceArea(rings[0]!.map(project)) / 2;
      if (!largest || pixels > largest.pixels) largest = { polygon: { type: "Polygon", coordinates: rings }, pixels, project };
    }
  }
  return largest;
}

const round = (value: number) => Math.round(value * staticMapOptions.precision) / staticMapOptions.precision;

/** Projected points, simplified within `tolerance`, in whole rounding steps, with repeats left out. */
function pixels(positions: readonly Position[], project: Project): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const [x, y] of simplified(positions.map(project))) {
    const point: [number, number] = [Math.round(x * staticMapOptions.precision), Math.round(y * staticMapOptions.precision)];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/**
 * Path text from points in rounding steps: the first absolute, the rest relative to the one
 * before (`l`), which is shorter; working in whole steps keeps the sum exact.
 */
function pathText(points: ReadonlyArray<[number, number]>): string {
  const steps = staticMapOptions.precision;
  const [first, ...rest] = points;
  const moves = rest.map((point, index) => `${(point[0] - points[index]![0]) / steps},${(point[1] - points[index]![1]) / steps}`);
  return `M${first![0] / steps},${first![1] / steps}l${moves.join(" ")}`;
}

/** Douglas-Peucker: the fewest points whose line strays at most `tolerance` from the original; the ends stay. */
function simplified(points: ReadonlyArray<[number, number]>): Array<[number, number]> {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const limit = staticMapOptions.tolerance ** 2;
  const stack: Array<[number, number]> = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let farthest = -1;
    let farthestDistance = limit;
    for (let index = first + 1; index < last; index++) {
      const distance = squaredSegmentDistance(points[index]!, points[first]!, points[last]!);
      if (distance > farthestDistance) [farthest, farthestDistance] = [index, distance];
    }
    if (farthest === -1) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, index) => keep[index] === 1);
}

function squaredSegmentDistance([x, y]: [number, number], [x1, y1]: [number, number], [x2, y2]: [number, number]): number {
  const [dx, dy] = [x2 - x1, y2 - y1];
  const length = dx * dx + dy * dy;
  const along = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  const [nearX, nearY] = [x1 + along * dx, y1 + along * dy];
  return (x - nearX) ** 2 + (y - nearY) ** 2;
}

function polygonsPath(geometry: Polygon | MultiPolygon, project: Project): string {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat().map((ring) => {
    const points = pixels(ring, project);
    if (points.length > 1 && points[0]![0] === points[points.length - 1]![0] && points[0]![1] === points[points.length - 1]![1]) points.pop();
    // Clipping leaves slivers along the frame's edge where a ring only touched it: no area, nothing to fill.
    // In rounding steps squared: 0.25 px² at 0.1 px.
    return points.length >= 3 && twiceArea(points) >= 0.5 * staticMapOptions.precision ** 2 ? `${pathText(points)}z` : "";
  }).join("");
}

function linesPath(geometry: LineString | MultiLineString, project: Project): string {
  const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
  return lines.map((line) => {
    const points = pixels(line, project);
    return points.length >= 2 ? pathText(points) : "";
  }).join("");
}

/** Twice the area of a ring of pixels (shoelace formula). */
function twiceArea(points: ReadonlyArray<[number, number]>): number {
  let sum = 0;
  for (let index = 0; index < points.length; index++) {
    const [x1, y1] = points[index]!;
    const [x2, y2] = points[(index + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum);
}
