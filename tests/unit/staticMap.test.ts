import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Topology } from "topojson-specification";
import { buildBasemap, type Basemap } from "../../src/geo/basemap";
import { frameFor, geometryPath, projectPoint, staticBasemap, staticMapOptions } from "../../src/geo/staticMap";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const topology = JSON.parse(readFileSync(new URL("../../node_modules/world-atlas/countries-50m.json", import.meta.url), "utf8")) as Topology;
// Frozen: drawing a map must not change the basemap the live map also draws.
const basemap: Basemap = deepFreeze(buildBasemap(topology));
const SIZE = { width: 720, height: 420 };
const KAZAKHSTAN = "398";
const CENTRAL_ASIA: [number, number, number, number] = [46.5, 35.1, 87.3, 55.4];
const AKTOBE_BOX: [number, number, number, number] = [53, 48, 61.5, 52.5];

/** The absolute points of each subpath of SVG path data written as `M x,y l dx,dy … [z]`. */
function subpaths(d: string): Array<Array<[number, number]>> {
  return [...d.matchAll(/M([^l]+)l([^Mz]*)z?/g)].map(([, start, moves]) => {
    const [x0, y0] = start!.split(",").map(Number) as [number, number];
    const points: Array<[number, number]> = [[x0, y0]];
    for (const move of moves!.trim().split(" ").filter(Boolean)) {
      const [dx, dy] = move.split(",").map(Number) as [number, number];
      const [x, y] = points[points.length - 1]!;
      points.push([Math.round((x + dx) * 10) / 10, Math.round((y + dy) * 10) / 10]);
    }
    return points;
  });
}

const numbers = (d: string) => d.match(/-?\d+(\.\d+)?/g) ?? [];

describe("frameFor", () => {
  it("pads the box and widens it to the picture's aspect ratio around its centre", () => {
    const frame = frameFor(CENTRAL_ASIA, SIZE);
    const [west, south, east, north] = frame.bounds;
    expect(west).toBeLessThan(CENTRAL_ASIA[0]);
    expect(east).toBeGreaterThan(CENTRAL_ASIA[2]);
    expect(south).toBeLessThan(CENTRAL_ASIA[1]);
    expect(north).toBeGreaterThan(CENTRAL_ASIA[3]);
    expect((west + east) / 2).toBeCloseTo((CENTRAL_ASIA[0] + CENTRAL_ASIA[2]) / 2, 6);
    // The box's corners land inside the picture, the picture's corners on its bounds.
    for (const corner of [[CENTRAL_ASIA[0], CENTRAL_ASIA[1]], [CENTRAL_ASIA[2], CENTRAL_ASIA[3]]] as const) {
      const [x, y] = projectPoint(frame, corner);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(SIZE.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(SIZE.height);
    }
    expect(projectPoint(frame, [west, north])).toEqual([0, 0]);
    expect(projectPoint(frame, [east, south])).toEqual([SIZE.width, SIZE.height]);
  });

  it("never comes closer than the briefing's closest zoom, so a point shows among its neighbours", () => {
    const frame = frameFor([57.2, 50.3, 57.2, 50.3], SIZE);
    expect(frame.zoom).toBeCloseTo(staticMapOptions.maxZoom, 9);
    expect(projectPoint(frame, [57.2, 50.3])).toEqual([SIZE.width / 2, SIZE.height / 2]);
    expect(frameFor(AKTOBE_BOX, SIZE).zoom).toBeCloseTo(staticMapOptions.maxZoom, 9);
    expect(frameFor(CENTRAL_ASIA, SIZE).zoom).toBeLessThan(staticMapOptions.maxZoom);
  });
});

describe("projectPoint", () => {
  it("puts a point on the copy of the world nearest the picture", () => {
    const frame = frameFor([170, 60, 179, 70], SIZE);
    expect(frame.bounds[2]).toBeGreaterThan(180);
    const [x] = projectPoint(frame, [-178, 65]);
    const [edge] = projectPoint(frame, [180, 65]);
    expect(x).toBeGreaterThan(edge);
    expect(x).toBeLessThan(SIZE.width);
  });
});

describe("geometryPath", () => {
  const frame = frameFor(CENTRAL_ASIA, SIZE);

  it("draws nothing for null, points, or shapes wholly outside the picture", () => {
    expect(geometryPath(frame, null)).toBe("");
    expect(geometryPath(frame, { type: "Point", coordinates: [67, 48] })).toBe("");
    const brazil = basemap.countries.find((country) => country.name === "Brazil")!;
    expect(geometryPath(frame, brazil.geometry)).toBe("");
  });

  it("clips to the picture (and a hair beyond), in tenths of a pixel", () => {
    const d = geometryPath(frame, basemap.countries.find((country) => country.id === KAZAKHSTAN)!.geometry);
    expect(d).toMatch(/^M/);
    expect(numbers(d).every((number) => /^-?\d+(\.\d)?$/.test(number))).toBe(true);
    const slack = 0.02 * SIZE.width;
    for (const point of subpaths(d).flat()) {
      expect(point[0]).toBeGreaterThanOrEqual(-slack);
      expect(point[0]).toBeLessThanOrEqual(SIZE.width + slack);
      expect(point[1]).toBeGreaterThanOrEqual(-slack);
      expect(point[1]).toBeLessThanOrEqual(SIZE.height + slack);
    }
    // A square in degrees comes out as a closed four-cornered ring in the right place.
    const square = geometryPath(frame, { type: "Polygon", coordinates: [[[60, 45], [70, 45], [70, 50], [60, 50], [60, 45]]] });
    const [ring] = subpaths(square);
    expect(square.endsWith("z")).toBe(true);
    expect(ring).toHaveLength(4);
    expect(ring).toContainEqual(projectPoint(frame, [60, 45]));
    expect(ring).toContainEqual(projectPoint(frame, [70, 50]));
  });

  it("draws lines open, and cut where they leave the picture", () => {
    const d = geometryPath(frame, { type: "LineString", coordinates: [[0, 45], [67, 45], [67, 80]] });
    expect(d).not.toContain("z");
    const [line] = subpaths(d);
    expect(line![0]![0]).toBeLessThanOrEqual(0);
    expect(line![line!.length - 1]![1]).toBeLessThanOrEqual(0);
    expect(line).toContainEqual(projectPoint(frame, [67, 45]));
  });

  it("draws across the antimeridian from geometry cut there, without a stripe across the picture", () => {
    const chukotka = frameFor([170, 60, 179, 70], SIZE);
    const russia = geometryPath(chukotka, basemap.countries.find((country) => country.name === "Russia")!.geometry);
    const [antimeridian] = projectPoint(chukotka, [180, 65]);
    const points = subpaths(russia).flat();
    expect(points.some(([x]) => x > antimeridian + 10), "land east of 180°").toBe(true);
    expect(points.some(([x]) => x < antimeridian - 10), "land west of 180°").toBe(true);
    for (const path of subpaths(russia)) {
      for (let index = 1; index < path.length; index++) {
        expect(Math.abs(path[index]![0] - path[index - 1]![0])).toBeLessThan(SIZE.width / 2);
      }
    }
  });
});

describe("staticBasemap", () => {
  it("keeps the focus countries apart from the rest of the land", () => {
    const frame = frameFor(CENTRAL_ASIA, SIZE);
    const kazakhstan = geometryPath(frame, basemap.countries.find((country) => country.id === KAZAKHSTAN)!.geometry);
    const tinted = staticBasemap(basemap, frame, [KAZAKHSTAN]);
    const plain = staticBasemap(basemap, frame);
    expect(tinted.focus).toBe(kazakhstan);
    expect(plain.focus).toBe("");
    expect(plain.land.length).toBe(tinted.land.length + kazakhstan.length);
    expect(tinted.borders).not.toBe("");
    expect(tinted.coastlines).not.toBe("");
  });

  it("is small: simplified to the picture's pixels", () => {
    const size = (map: ReturnType<typeof staticBasemap>) => map.land.length + map.focus.length + map.borders.length + map.coastlines.length;
    expect(size(staticBasemap(basemap, frameFor(CENTRAL_ASIA, SIZE), [KAZAKHSTAN]))).toBeLessThan(40_000);
    expect(size(staticBasemap(basemap, frameFor([-115, -30, 153, 77], SIZE)))).toBeLessThan(200_000);
  });

  it("names the countries that show at its zoom, and those filling a close-up whose label point is out of view", () => {
    const wide = staticBasemap(basemap, frameFor(CENTRAL_ASIA, SIZE));
    expect(wide.labels.map((label) => label.name)).toEqual(expect.arrayContaining(["Kazakhstan", "Uzbekistan", "Turkmenistan"]));
    for (const label of wide.labels) {
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.x).toBeLessThanOrEqual(SIZE.width);
    }
    expect(staticBasemap(basemap, frameFor(CENTRAL_ASIA, SIZE), [], new Set([KAZAKHSTAN])).labels.map((label) => label.name)).not.toContain("Kazakhstan");
    const close = staticBasemap(basemap, frameFor(AKTOBE_BOX, SIZE));
    expect(close.labels.map((label) => label.name).sort()).toEqual(["Kazakhstan", "Russia"]);
  });
});
