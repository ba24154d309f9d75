import { describe, expect, it } from "vitest";
import { ARTICLE_PLACES, byPopulation, citiesByPopulation, gazetteerStory, placeId, type GazetteerCity } from "../../scripts/gazetteerStory";
import { parseStory } from "../../src/story/parseStory";

const city = (cityId: number, name: string, population: number): GazetteerCity =>
  ({ cityId, name, country: "XX", population, loc: { coordinates: [cityId % 180, 0] } });

describe("gazetteerStory", () => {
  const cities = citiesByPopulation();
  const story = gazetteerStory(200, cities);

  it("loads in the app with nothing left out", () => {
    const result = parseStory(JSON.stringify(story));
    expect(result.ok && result.skipped).toEqual([]);
    expect(result.ok && result.story.places.length).toBe(200);
  });

  it("makes every one of the 200 most populous cities a place, each with its own id", () => {
    const ids = story.places.features.map((feature) => feature.id);
    expect(new Set(ids).size).toBe(200);
    expect(ids).toEqual(cities.slice(0, 200).map(placeId));
    expect(story.places.features.map((feature) => feature.geometry)).toEqual(cities.slice(0, 200).map((each) => ({ type: "Point", coordinates: each.loc.coordinates })));
  });

  it("quotes the article for the largest places, and credits GeoNames", () => {
    expect(story.passages).toHaveLength(ARTICLE_PLACES);
    expect(story.article.paragraphs[1]).toMatch(/^Shanghai, CN: population 22,315,474\.$/);
    expect(story.credits).toContainEqual({ name: "GeoNames", url: "https://www.geonames.org/", licence: "CC BY 4.0" });
  });

  it("breaks ties in population by GeoNames id, whatever order the gazetteer lists them in", () => {
    const shuffled = [city(30, "C", 5), city(10, "A", 5), city(20, "B", 9), city(5, "D", 5)];
    const names = (list: GazetteerCity[]) => gazetteerStory(3, byPopulation(list)).places.features.map((feature) => feature.properties.name);
    expect(names(shuffled)).toEqual(["B", "D", "A"]);
    expect(names([...shuffled].reverse())).toEqual(["B", "D", "A"]);
    for (let index = 1; index < 1000; index++) {
      const [before, after] = [cities[index - 1]!, cities[index]!];
      expect(before.population > after.population || (before.population === after.population && before.cityId < after.cityId)).toBe(true);
    }
  });

  it("makes ids from names without accents, and from the GeoNames id alone for a name with no Latin letters", () => {
    expect(placeId({ cityId: 3448439, name: "São Paulo" })).toBe("sao-paulo-3448439");
    expect(placeId({ cityId: 1, name: "東京" })).toBe("place-1");
  });

  it("refuses a count the gazetteer cannot fill", () => {
    expect(() => gazetteerStory(0, cities)).toThrow(/must be a whole number from 1 to/);
    expect(() => gazetteerStory(cities.length + 1, cities)).toThrow(/must be a whole number from 1 to/);
  });
});
