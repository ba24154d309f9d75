import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { booleanPointInPolygon, point } from "@turf/turf";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { shapeOfCountries } from "../../src/geo/countryShapes";

const require = createRequire(import.meta.url);
const countries50m = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
const story = JSON.parse(readFileSync(new URL("../../geodata/aktobe-2016/story.json", import.meta.url), "utf8"));
const features: any[] = story.places.features;
const centralAsia = shapeOfCountries(countries50m, ["398", "417", "762", "795", "860"]);

describe("shapeOfCountries", () => {
  it("builds exactly the shapes stored in the story (run npm run story:shapes after changing shapeFrom)", () => {
    const shaped = features.filter((feature) => feature.properties.shapeFrom);
    expect(shaped.map((feature) => feature.id).sort()).toEqual(["central-asia", "china", "japan", "kazakhstan", "russia", "united-states"]);
    for (const feature of shaped) {
      expect(feature.geometry, feature.id).toEqual(shapeOfCountries(countries50m, feature.properties.shapeFrom.countries));
    }
  });

  it("makes Central Asia of its five capitals' countries and nothing around them", () => {
    const inside = { Astana: [71.446, 51.18], Tashkent: [69.24, 41.31], Bishkek: [74.59, 42.87], Dushanbe: [68.78, 38.56], Ashgabat: [58.38, 37.95] };
    const outside = { Kabul: [69.17, 34.53], Tehran: [51.39, 35.69], Urumqi: [87.6, 43.8], Omsk: [73.37, 54.99] };
    for (const [name, position] of Object.entries(inside)) expect(booleanPointInPolygon(point(position), centralAsia), name).toBe(true);
    for (const [name, position] of Object.entries(outside)) expect(booleanPointInPolygon(point(position), centralAsia), name).toBe(false);
  });

  it("leaves no ring of Russia crossing the antimeridian, and keeps Chukotka", () => {
    const russia = shapeOfCountries(countries50m, ["643"]);
    const rings = russia.type === "Polygon" ? russia.coordinates : russia.coordinates.flat();
    for (const ring of rings) {
      for (let index = 1; index < ring.length; index += 1) {
        expect(Math.abs((ring[index]?.[0] ?? 0) - (ring[index - 1]?.[0] ?? 0))).toBeLessThanOrEqual(180);
      }
    }
    expect(booleanPointInPolygon(point([-173, 66]), russia)).toBe(true);
    expect(booleanPointInPolygon(point([175, 67]), russia)).toBe(true);
  });

  it("names missing countries", () => {
    expect(() => shapeOfCountries(countries50m, ["398", "999"])).toThrow("No country with id 999");
  });
});
