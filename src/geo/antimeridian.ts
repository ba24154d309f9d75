/**
 * Cuts GeoJSON geometry at the 180th meridian so flat (Web Mercator) renderers draw it correctly.
 *
 * Natural Earth rings that cross the antimeridian (Chukotka, Fiji, Antarctica) jump from about
 * +180 to -180 between consecutive points. Leaflet joins those points with a line across the
 * whole map, producing full-width stripes. Polygons are cut into pieces on either side instead,
 * and lines are split where they jump.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from "geojson";

const HALF_TURN = 180;
const FULL_TURN = 360;
const POLE_LATITUDE = 90;
const POLE_CLOSURE_STEPS = 4;

/**
 * Longitude bands that an unwrapped ring can occupy, each with the shift that brings it back into
 * [-180, 180]. An unwrapped ring starts inside [-180, 180] and spans at most one full turn, so it
 * never reaches beyond ±540.
 */
const WINDOWS: ReadonlyArray<{ west: number; east: number; shift: number }> = [
  { west: -3 * HALF_TURN, east: -HALF_TURN, shift: FULL_TURN },
  { west: -HALF_TURN, east: HALF_TURN, shift: 0 },
  { west: HALF_TURN, east: 3 * HALF_TURN, shift: -FULL_TURN },
];

/**
 * Cuts polygons whose rings cross the antimeridian into pieces that stay within [-180, 180].
 *
 * Rings that wind around a pole (Antarctica) are closed along that pole. Holes end up in the
 * piece that contains them. Polygons that do not cross are returned untouched, and when nothing
 * crosses the input geometry itself is returned.
 *
 * @param geometry - Polygon or MultiPolygon in longitude/latitude degrees; it is not modified.
 * @returns Geometry covering the same area in which no segment spans more than 180° of longitude.
 * @example
 * const fiji = cutPolygonsAtAntimeridian({
 *   type: "Polygon",
 *   coordinates: [[[179, -16], [-179, -16], [-179, -17], [179, -17], [179, -16]]],
 * });
 * // fiji.type === "MultiPolygon": one piece from 179 to 180, one from -180 to -179
 */
export function cutPolygonsAtAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  if (!polygons.some(polygonNeedsCut)) return geometry;
  return {
    type: "MultiPolygon",
    coordinates: polygons.flatMap((rings) =>
      polygonNeedsCut(rings) ? nestRings(rings.flatMap(ringPieces)) : [rings],
    ),
  };
}

/**
 * Splits lines where consecutive points jump across the antimeridian.
 *
 * Each jump ends the current line at the edge of the map and starts a new one at the opposite
 * edge, at the latitude where the segment crosses the meridian, so both halves reach the edge.
 *
 * @param geometry - LineString or MultiLineString in longitude/latitude degrees; it is not modified.
 * @returns The same lines, split so that no segment spans more than 180° of longitude.
 * @example
 * splitLinesAtAntimeridian({ type: "LineString", coordinates: [[179, 10], [-179, 12]] });
 * // { type: "MultiLineString", coordinates: [[[179, 10], [180, 11]], [[-180, 11], [-179, 12]]] }
 */
export function splitLinesAtAntimeridian(geometry: LineString | MultiLineString): MultiLineString {
  const lines = geometry.type === "LineString" ? [geometry.coordinates] : geometry.coordinates;
  return { type: "MultiLineString", coordinates: lines.flatMap(splitLine) };
}

function splitLine(line: Position[]): Position[][] {
  const pieces: Position[][] = [];
  let current: Position[] = [];
  line.forEach((point, index) => {
    const previous = line[index - 1];
    if (previous !== undefined && jumpsAcross(previous, point)) {
      const edge = Math.sign(previous[0]!) * HALF_TURN;
      const latitude = crossingLatitude(previous, point);
      pushIfNew(current, [edge, latitude]);
      pieces.push(current);
      current = [[-edge, latitude]];
    }
    pushIfNew(current, point);
  });
  pieces.push(current);
  // A jump right at the start or end of a line leaves a single point on the far side.
  return pieces.filter((piece) => piece.length >= 2);
}

function pushIfNew(line: Position[], point: Position): void {
  const last = line[line.length - 1];
  if (last === undefined || last[0] !== point[0] || last[1] !== point[1]) line.push(point);
}

function jumpsAcross(from: Position, to: Position): boolean {
  return Math.abs(to[0]! - from[0]!) > HALF_TURN;
}

/** Latitude where the short way from `from` to `to` crosses the antimeridian. */
function crossingLatitude(from: Position, to: Position): number {
  const edge = Math.sign(from[0]!) * HALF_TURN;
  const span = to[0]! + 2 * edge - from[0]!;
  // Data often places both points on the meridian itself (180 then -180): no interpolation needed.
  const fraction = span === 0 ? 0 : (edge - from[0]!) / span;
  return from[1]! + fraction * (to[1]! - from[1]!);
}

function polygonNeedsCut(rings: Position[][]): boolean {
  return rings.some((ring) =>
    ring.some(
      (point, index) =>
        Math.abs(point[0]!) > HALF_TURN || (index > 0 && jumpsAcross(ring[index - 1]!, point)),
    ),
  );
}

/** Cuts one ring into closed pieces within [-180, 180], one per window it reaches. */
function ringPieces(ring: Position[]): Position[][] {
  const unwrapped = unwrap(ring);
  const winding = unwrapped[unwrapped.length - 1]![0]! - unwrapped[0]![0]!;
  const continuous = Math.abs(winding) < HALF_TURN ? unwrapped : closeAroundPole(unwrap(startAtAntimeridian(ring)));
  return WINDOWS.flatMap(({ west, east, shift }) => {
    const piece = clipToBand(continuous, west, east);
    if (isDegenerate(piece)) return [];
    return [shift === 0 ? piece : piece.map(([longitude, latitude]) => [longitude! + shift, latitude!])];
  });
}

/** Removes the ±360 jumps so that consecutive longitudes differ by at most 180. */
function unwrap(ring: Position[]): Position[] {
  let offset = 0;
  return ring.map((point, index) => {
    const previous = ring[index - 1];
    if (previous !== undefined) {
      const step = point[0]! - previous[0]!;
      if (step > HALF_TURN) offset -= FULL_TURN;
      else if (step < -HALF_TURN) offset += FULL_TURN;
    }
    return offset === 0 ? point : [point[0]! + offset, point[1]!];
  });
}

/**
 * Rotates a pole-winding ring to start and end where it first crosses the antimeridian.
 *
 * The pole closure then runs along ±180, where the windows cut everything else too, so the
 * piece it produces contains the holes that sit anywhere along the ring.
 */
function startAtAntimeridian(ring: Position[]): Position[] {
  const open = ring.slice(0, -1);
  const index = ring.findIndex((point, position) => position > 0 && jumpsAcross(ring[position - 1]!, point));
  const before = ring[index - 1]!;
  const after = ring[index]!;
  const edge = Math.sign(before[0]!) * HALF_TURN;
  const latitude = crossingLatitude(before, after);
  const rotated = [...open.slice(index), ...open.slice(0, index)];
  return [[-edge, latitude], ...rotated, [edge, latitude]];
}

/**
 * Closes an unwrapped ring that winds once around a pole by running along that pole.
 *
 * A country-sized ring encloses the pole on its own side of the equator: the far pole would
 * make it bigger than a hemisphere.
 */
function closeAroundPole(ring: Position[]): Position[] {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  const meanLatitude = ring.reduce((sum, point) => sum + point[1]!, 0) / ring.length;
  const pole = meanLatitude < 0 ? -POLE_LATITUDE : POLE_LATITUDE;
  // Intermediate points keep every segment of the closure below 180° of longitude.
  const alongPole = Array.from({ length: POLE_CLOSURE_STEPS + 1 }, (_, step) => [
    last[0]! + ((first[0]! - last[0]!) * step) / POLE_CLOSURE_STEPS,
    pole,
  ]);
  return [...ring, ...alongPole, first];
}

/**
 * Sutherland–Hodgman clip of a closed ring to the band west <= longitude <= east.
 * A concave ring leaving and re-entering the band keeps zero-width bridges along the band's edge;
 * they add no area and are invisible when filled.
 */
function clipToBand(ring: Position[], west: number, east: number): Position[] {
  return clipToHalfPlane(clipToHalfPlane(ring, west, 1), east, -1);
}

/** Keeps the part of a closed ring where direction * (longitude - edge) >= 0, closed again. */
function clipToHalfPlane(ring: Position[], edge: number, direction: 1 | -1): Position[] {
  const inside = (point: Position) => direction * (point[0]! - edge) >= 0;
  const output: Position[] = [];
  for (let index = 1; index < ring.length; index += 1) {
    const from = ring[index - 1]!;
    const to = ring[index]!;
    if (inside(from) !== inside(to)) {
      const fraction = (edge - from[0]!) / (to[0]! - from[0]!);
      output.push([edge, from[1]! + fraction * (to[1]! - from[1]!)]);
    }
    if (inside(to)) output.push(to);
  }
  // Each input vertex appears once in the output, so it still needs its closing point.
  if (output.length > 0) output.push(output[0]!);
  return output;
}

function isDegenerate(ring: Position[]): boolean {
  return ring.length < 4 || planarArea(ring) === 0;
}

/**
 * Shoelace area in square degrees, signed by orientation. Measured from the first point so that
 * slivers lying exactly on a meridian come out as exactly zero.
 */
function planarArea(ring: Position[]): number {
  const [originLongitude, originLatitude] = ring[0]!;
  let doubled = 0;
  for (let index = 1; index < ring.length; index += 1) {
    const from = ring[index - 1]!;
    const to = ring[index]!;
    doubled +=
      (from[0]! - originLongitude!) * (to[1]! - originLatitude!) -
      (to[0]! - originLongitude!) * (from[1]! - originLatitude!);
  }
  return doubled / 2;
}

/**
 * Groups pieces of rings into polygons by containment (even–odd nesting).
 *
 * After cutting, a hole may belong to a different piece than the one its original exterior ring
 * produced, and pole closures turn some "exterior" rings into holes (the 50m Antarctica polygon
 * starts with a ring around the pole at -89.999°). Pieces never cross each other, so testing one
 * vertex tells whether a piece lies inside another.
 */
function nestRings(rings: Position[][]): Position[][][] {
  const largestFirst = [...rings].sort((a, b) => Math.abs(planarArea(b)) - Math.abs(planarArea(a)));
  const placed: Array<{ ring: Position[]; polygon: Position[][]; isHole: boolean }> = [];
  for (const ring of largestFirst) {
    const probe = ring.find((point) => Math.abs(point[0]!) < HALF_TURN) ?? ring[0]!;
    const container = placed.findLast((candidate) => containsPoint(candidate.ring, probe));
    if (container === undefined || container.isHole) {
      placed.push({ ring, polygon: [ring], isHole: false });
    } else {
      container.polygon.push(ring);
      placed.push({ ring, polygon: container.polygon, isHole: true });
    }
  }
  return placed.filter((entry) => !entry.isHole).map((entry) => entry.polygon);
}

/** Even–odd ray casting test of a point against a closed ring. */
function containsPoint(ring: Position[], point: Position): boolean {
  const [x, y] = point as [number, number];
  let inside = false;
  for (let index = 1; index < ring.length; index += 1) {
    const [x1, y1] = ring[index - 1] as [number, number];
    const [x2, y2] = ring[index] as [number, number];
    if (y1 > y !== y2 > y && x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
  }
  return inside;
}
