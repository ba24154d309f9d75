import { describe, expect, it } from "vitest";
import { parseStory } from "../../src/story/parseStory";

const collection = (features: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ type: "FeatureCollection", ...extra, features });
const point = (coordinates: unknown, properties: unknown = {}, id?: unknown) => ({ type: "Feature", ...(id === undefined ? {} : { id }), geometry: { type: "Point", coordinates }, properties });

describe("plain GeoJSON", () => {
  it("becomes a story of places named by their properties, without an article", () => {
    const result = parseStory(collection([
      point([57.2, 50.3], { name: "Aktobe", population: 500000 }, "aktobe"),
      point([71.4, 51.2], { title: "Astana" }, "Not An Id"),
      { type: "Feature", geometry: { type: "Polygon", coordinates: [[[60, 40], [70, 40], [70, 45], [60, 45], [60, 40]]] }, properties: null },
    ], { name: "Two cities" }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.skipped).toEqual([]);
    expect(result.story.title).toBe("Two cities");
    expect(result.story.file.article).toBeNull();
    expect(result.story.places.map((place) => [place.id, place.name, place.precision])).toEqual([
      ["aktobe", "Aktobe", "unspecified"], ["place-2", "Astana", "unspecified"], ["place-3", "Place 3", "unspecified"],
    ]);
    expect(result.story.placeById.get("aktobe")?.properties).toEqual([["name", "Aktobe"], ["population", "500000"]]);
    const area = result.story.placeById.get("place-3")!;
    expect(area.anchor).toEqual([65, 42.5]);
  });

  it("leaves out a feature with a broken geometry and says why, keeping the rest", () => {
    const result = parseStory(collection([point([200, 10], { name: "Nowhere" }), point([10, 10], { name: "Somewhere" })]));
    expect(result.ok && result.story.places.map((place) => place.name)).toEqual(["Somewhere"]);
    expect(result.ok && result.skipped.map((problem) => problem.message)).toEqual([
      "features[0].geometry.coordinates[0] is 200, but a longitude must be between -180 and 180",
    ]);
  });

  it("stops when features is not a list", () => {
    expect(parseStory('{"type": "FeatureCollection", "features": {}}')).toEqual({
      ok: false,
      problems: [{ path: "features", message: "features is {}, but it must be an array of GeoJSON Features" }],
    });
  });
});
