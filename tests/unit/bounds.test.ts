import { describe, expect, it } from "vitest";
import { unionOfBoxes, type Bounds } from "../../src/geo/bounds";

describe("unionOfBoxes", () => {
  it("is the box around every box, and null for none", () => {
    expect(unionOfBoxes([[57.2, 50.3, 57.2, 50.3], [-77.1, 38.8, -76.9, 39.0], [63.3, 45.6, 63.4, 46.0]])).toEqual([-77.1, 38.8, 63.4, 50.3]);
    expect(unionOfBoxes([])).toBeNull();
  });

  it("takes a 500,000-place story's boxes, more than a call can take as arguments", () => {
    const boxes: Bounds[] = Array.from({ length: 500_000 }, (_, index) => [index % 360 - 180, -60 + (index % 120), index % 360 - 179, -59 + (index % 120)]);
    expect(unionOfBoxes(boxes)).toEqual([-180, -60, 180, 60]);
  });
});
