import { describe, expect, it } from "vitest";
import { cellBounds, cellKey, cellsCovering, cellsForView, gridOptions } from "../../src/geo/basemapGrid";

describe("basemap grid", () => {
  it("names a cell by its south-west corner and reads the name back", () => {
    expect(cellKey(-180, -90)).toBe("-180_-90");
    expect(cellBounds("-180_-90")).toEqual([-180, -90, -150, -60]);
    expect(cellBounds(cellKey(60, 30))).toEqual([60, 30, 90, 60]);
  });

  it("covers the story's first view (zoom 4.5 over Kazakhstan) with six cells", () => {
    expect(cellsCovering([39.95, 30.14, 94.05, 60.17])).toEqual(["30_30", "30_60", "60_30", "60_60", "90_30", "90_60"]);
  });

  it("does not reach into a cell that a bound only touches", () => {
    expect(cellsCovering([60, 30, 90, 60])).toEqual(["60_30"]);
    expect(cellsCovering([61, 31, 62, 32])).toEqual(["60_30"]);
  });

  it("keeps to the one world the basemap draws: the whole grid for a view past the antimeridian, none for an empty view", () => {
    const all = cellsCovering([-400, -100, 400, 100]);
    expect(all).toHaveLength((360 / gridOptions.cellDegrees) * (180 / gridOptions.cellDegrees));
    expect(new Set(all).size).toBe(all.length);
    expect(cellsCovering([170, 10, 200, 20])).toEqual(["150_0"]);
    expect(cellsCovering([10, 10, 10, 20])).toEqual([]);
  });

  it("asks for no cell below the detail zoom, and only for cells the build made", () => {
    const view = [39.95, 30.14, 94.05, 60.17] as const;
    const made = new Set(["60_30", "90_60", "0_0"]);
    expect(cellsForView(view, gridOptions.detailMinZoom - 0.5, made)).toEqual([]);
    expect(cellsForView(view, gridOptions.detailMinZoom, made)).toEqual(["60_30", "90_60"]);
  });
});
