import { describe, expect, it } from "vitest";
import { boundsForPlaces } from "../../src/geo/stepBounds";

describe("the box a briefing step frames", () => {
  const square = (west: number, south: number, size: number) => ({
    type: "Polygon" as const,
    coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]],
  });

  it("holds the whole shape of a region and the marker of a point", () => {
    expect(boundsForPlaces([
      { geometry: square(50, 35, 30), anchor: [65, 48] },
      { geometry: { type: "Point", coordinates: [-77, 38.9] }, anchor: [-77, 38.9] },
    ])).toEqual([-77, 35, 80, 65]);
  });

  it("frames a shape wider than a quarter of the world by its marker, and skips places without a position", () => {
    expect(boundsForPlaces([{ geometry: square(-180, 40, 360), anchor: [100, 60] }, { geometry: null, anchor: null }])).toEqual([100, 60, 100, 60]);
    expect(boundsForPlaces([{ geometry: null, anchor: null }])).toBeNull();
  });
});
