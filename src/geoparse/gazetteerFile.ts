/**
 * The gazetteer as one file the browser loads when the story builder opens: the same entries the
 * command line uses (scripts/geoparse/gazetteerEntries.ts), so both find the same places. Cities
 * are stored by columns with their GeoNames ids as differences: a third of the gzip of one row each.
 */
import type { GazetteerEntry, GazetteerKind } from "./gazetteer";

export const GAZETTEER_FORMAT = "article-map/gazetteer";

export interface NamedEntry {
  entry: GazetteerEntry;
  /** Every name it goes by, its own first. */
  names: readonly string[];
}

/** id, name, kind, lat, lng, country, admin, population, other names. */
type Row = [string, string, GazetteerKind, number, number, string | null, string | null, number, string[]];

export interface GazetteerFile {
  format: typeof GAZETTEER_FORMAT;
  version: 1;
  /** Every entry that is not a city with a GeoNames id. */
  rows: Row[];
  /** Cities with GeoNames ids, in id order. */
  cities: {
    /** Each id less the one before (the first less 0). */
    idSteps: number[];
    /** Degrees times 10,000 (11 m): finer than any mention needs. */
    lat: number[];
    lng: number[];
    country: string[];
    /** The admin code within the country; "" when unknown. */
    admin: string[];
    population: number[];
    /** Names joined by "|", the city's own first. */
    names: string[];
  };
}

const TENTHS_OF_MILLI = 1e4;
const isCity = ({ entry }: NamedEntry) => entry.kind === "city" && /^[1-9]\d*$/.test(entry.id) && entry.country !== null;
const otherNames = ({ entry, names }: NamedEntry) => [...new Set(names)].filter((name) => name !== entry.name);

export function encodeGazetteer(entries: readonly NamedEntry[]): GazetteerFile {
  const cities = entries.filter(isCity).sort((a, b) => Number(a.entry.id) - Number(b.entry.id));
  let previous = 0;
  return {
    format: GAZETTEER_FORMAT,
    version: 1,
    rows: entries.filter((named) => !isCity(named)).map((named) => {
      const { id, name, kind, lat, lng, country, admin, population } = named.entry;
      return [id, name, kind, lat, lng, country, admin, population, otherNames(named)];
    }),
    cities: {
      idSteps: cities.map(({ entry }) => {
        const step = Number(entry.id) - previous;
        previous = Number(entry.id);
        return step;
      }),
      lat: cities.map(({ entry }) => Math.round(entry.lat * TENTHS_OF_MILLI)),
      lng: cities.map(({ entry }) => Math.round(entry.lng * TENTHS_OF_MILLI)),
      country: cities.map(({ entry }) => entry.country!),
      admin: cities.map(({ entry }) => (entry.admin ?? "").slice(entry.country!.length + 1)),
      population: cities.map(({ entry }) => entry.population),
      names: cities.map((named) => [named.entry.name, ...otherNames(named)].join("|")),
    },
  };
}

const COLUMNS = ["idSteps", "lat", "lng", "country", "admin", "population", "names"] as const;

/** The entries of a gazetteer file; throws, naming what is wrong, for anything else. */
export function decodeGazetteer(file: unknown): NamedEntry[] {
  const { format, version, rows, cities } = (file ?? {}) as Partial<GazetteerFile>;
  if (format !== GAZETTEER_FORMAT || version !== 1) throw new Error(`the gazetteer file is not “${GAZETTEER_FORMAT}” version 1`);
  if (!Array.isArray(rows) || typeof cities !== "object" || cities === null) throw new Error("the gazetteer file has no rows or cities");
  const count = cities.idSteps?.length ?? 0;
  const short = COLUMNS.find((column) => !Array.isArray(cities[column]) || cities[column].length !== count);
  if (short) throw new Error(`the gazetteer file's city column “${short}” does not have ${count} values`);
  const entries: NamedEntry[] = rows.map(([id, name, kind, lat, lng, country, admin, population, others]) => ({
    entry: { id, name, kind, lat, lng, country, admin, population },
    names: [name, ...others],
  }));
  let id = 0;
  for (let index = 0; index < count; index++) {
    id += cities.idSteps[index]!;
    const names = cities.names[index]!.split("|");
    const country = cities.country[index]!;
    const admin = cities.admin[index]!;
    entries.push({
      entry: {
        id: String(id),
        name: names[0]!,
        kind: "city",
        lat: cities.lat[index]! / TENTHS_OF_MILLI,
        lng: cities.lng[index]! / TENTHS_OF_MILLI,
        country,
        admin: admin === "" ? null : `${country}-${admin}`,
        population: cities.population[index]!,
      },
      names,
    });
  }
  return entries;
}
