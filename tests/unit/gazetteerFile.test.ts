import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGazetteer, type GazetteerEntry } from "../../src/geoparse/gazetteer";
import { decodeGazetteer, encodeGazetteer, type NamedEntry } from "../../src/geoparse/gazetteerFile";
import { gazetteerSearch } from "../../src/geoparse/gazetteerSearch";
import { geoparse } from "../../src/geoparse/geoparse";
import { gazetteerEntries } from "../../scripts/geoparse/gazetteerEntries";

const ARTICLE = readFileSync(new URL("../../geodata/aktobe-2016/article.txt", import.meta.url), "utf8");

const city = (id: string, name: string, lat: number, lng: number, country: string, admin: string | null, population: number, names: string[] = []): NamedEntry => ({
  entry: { id, name, kind: "city", lat, lng, country, admin, population },
  names: [name, ...names],
});
const SMALL: NamedEntry[] = [
  { entry: { id: "KZ", name: "Kazakhstan", kind: "country", lat: 48, lng: 68, country: "KZ", admin: null, population: 0 }, names: ["Kazakhstan", "Qazaqstan"] },
  city("610611", "Aktobe", 50.27969, 57.20718, "KZ", "KZ-04", 262457, ["Aqtobe", "Aktyubinsk"]),
  city("1526273", "Astana", 51.1801, 71.44598, "KZ", null, 345604, ["Nur-Sultan"]),
  city("4717560", "Paris", 33.66094, -95.55551, "US", "US-TX", 24782),
];

describe("the gazetteer file", () => {
  let all: NamedEntry[];
  beforeAll(() => {
    all = gazetteerEntries();
  });

  it("gives back every entry and name, with points to within 11 m", () => {
    const decoded = decodeGazetteer(JSON.parse(JSON.stringify(encodeGazetteer(SMALL))));
    const byId = new Map(decoded.map((named) => [named.entry.id, named]));
    expect(decoded).toHaveLength(SMALL.length);
    for (const { entry, names } of SMALL) {
      const back = byId.get(entry.id)!;
      expect({ ...back.entry, lat: 0, lng: 0 }).toEqual({ ...entry, lat: 0, lng: 0 });
      expect(Math.abs(back.entry.lat - entry.lat)).toBeLessThanOrEqual(0.00005);
      expect(Math.abs(back.entry.lng - entry.lng)).toBeLessThanOrEqual(0.00005);
      expect(back.names).toEqual(names);
    }
  });

  it("finds the same places in the article from the file as from the packages", () => {
    const direct = geoparse(ARTICLE, buildGazetteer(all));
    const fromFile = geoparse(ARTICLE, buildGazetteer(decodeGazetteer(JSON.parse(JSON.stringify(encodeGazetteer(all))))));
    const summary = (mentions: typeof direct) => mentions.map((mention) => `${mention.start}:${mention.text}:${mention.entry.id}`);
    expect(summary(fromFile)).toEqual(summary(direct));
    expect(summary(direct).some((line) => line.endsWith(":Aktobe:610611"))).toBe(true);
  });

  it("refuses what is not a gazetteer file, naming what is wrong", () => {
    expect(() => decodeGazetteer(null)).toThrow("the gazetteer file is not “article-map/gazetteer” version 1");
    expect(() => decodeGazetteer({ format: "article-map/gazetteer", version: 1, rows: [] })).toThrow("the gazetteer file has no rows or cities");
    const file = encodeGazetteer(SMALL);
    file.cities.lat.pop();
    expect(() => decodeGazetteer(file)).toThrow("the gazetteer file's city column “lat” does not have 3 values");
  });
});

describe("the gazetteer search", () => {
  const search = gazetteerSearch(SMALL);
  const ids = (found: GazetteerEntry[]) => found.map((entry) => entry.id);

  it("finds places by the start of any of their names, folding case and accents", () => {
    expect(ids(search("akt"))).toEqual(["610611"]);
    expect(ids(search("AQTÖBE"))).toEqual(["610611"]);
    expect(ids(search("nur-s"))).toEqual(["1526273"]);
    expect(ids(search("   "))).toEqual([]);
    expect(ids(search("Zzz"))).toEqual([]);
  });

  it("puts exact names first, then larger kinds, then the more populous", () => {
    const more = gazetteerSearch([...SMALL, city("2988507", "Paris", 48.85341, 2.3488, "FR", "FR-11", 2138551), city("1", "Parisville", 1, 1, "US", null, 9_000_000)]);
    expect(ids(more("paris"))).toEqual(["2988507", "4717560", "1"]);
    expect(ids(more("paris", 1))).toEqual(["2988507"]);
  });
});
