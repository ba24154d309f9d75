import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Place } from "../../src/story/model";
import { parseStory } from "../../src/story/parseStory";
import { groupMatches, groupPlaces, normalizeForSearch, placeSearchIndex, searchPlaces } from "../../src/story/placeSearch";
import { placeRows } from "../../src/story/placeRows";

const parsed = parseStory(readFileSync(new URL("../../geodata/aktobe-2016/story.json", import.meta.url), "utf8"));
if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join("\n"));
const story = parsed.story;
const places = story.places;
const index = placeSearchIndex(places);

const ids = (query: string) => searchPlaces(index, query).map((match) => match.place.id);

function place(overrides: Partial<Place> & Pick<Place, "id" | "name">): Place {
  return {
    precision: "city", origin: "article", aliases: [], description: undefined,
    geometry: { type: "Point", coordinates: [0, 0] }, box: [0, 0, 0, 0], anchor: [0, 0], sources: [], mentions: [],
    countryIds: [], properties: [], ...overrides,
  };
}

describe("normalizeForSearch", () => {
  it("ignores case, diacritics and punctuation", () => {
    expect(normalizeForSearch("Aqtöbe")).toBe("aqtobe");
    expect(normalizeForSearch("  NUR-SULTAN ")).toBe("nur sultan");
    expect(normalizeForSearch("Washington, D.C.")).toBe(normalizeForSearch("washington dc"));
    expect(normalizeForSearch("Gagarin’s Start (Site 1/5)")).toBe("gagarins start site 1 5");
    expect(normalizeForSearch("Łódź")).toBe("lodz");
    expect(normalizeForSearch("-- . --")).toBe("");
  });
});

describe("searchPlaces", () => {
  it("finds Astana by its former name Nur-Sultan, and says that is what matched", () => {
    const [first] = searchPlaces(index, "Nur-Sultan");
    expect(first?.place.id).toBe("astana");
    expect(first?.matched).toEqual({ field: "alias", text: "Nur-Sultan", kind: "exact" });
  });

  it.each(["nur sultan", "NUR-SULTAN", "nur–sultan", "akmola", "Akmolinsk", "tselinograd"])("finds Astana for %j", (query) => {
    const [first] = searchPlaces(index, query);
    expect(first?.place.id).toBe("astana");
    expect(first?.matched?.field).toBe("alias");
  });

  it("names the alias that matched, not the name, for an old name", () => {
    expect(searchPlaces(index, "akmola")[0]?.matched?.text).toBe("Akmola");
    expect(searchPlaces(index, "aqtobe")[0]).toMatchObject({ place: { id: "aktobe" }, matched: { text: "Aqtöbe" } });
  });

  it("finds the three Baikonur places for “baik”, those named Baikonur first", () => {
    const hits = searchPlaces(index, "baik");
    expect(hits.map((hit) => hit.place.id)).toEqual(["baikonur", "baikonur-town", "gagarins-start"]);
    expect(hits[0]?.matched?.field).toBe("name");
    // Gagarin's Start is named only in its description, so that is what the list quotes.
    expect(hits[2]?.matched).toEqual({ field: "description", text: "Baikonur", kind: "word" });
  });

  it("puts Aktobe first for “aktobe”, before places that only mention it", () => {
    const hits = ids("aktobe");
    expect(hits[0]).toBe("aktobe");
    expect(hits).toContain("russia"); // "Borders Aktobe region"
    expect(searchPlaces(index, "aktobe")[0]?.matched).toEqual({ field: "name", text: "Aktobe", kind: "exact" });
  });

  it("finds Kazakhstan under the article's misspelling “Kazahktan”", () => {
    expect(ids("Kazahktan")).toEqual(["kazakhstan"]);
    expect(searchPlaces(index, "Kazahktan")[0]?.matched?.text).toBe("Kazahktan");
  });

  it("ranks exact matches above prefixes, and prefixes above substrings", () => {
    const sample = [
      place({ id: "inside", name: "Old Baikal Road" }),
      place({ id: "substring", name: "Tobaikal" }),
      place({ id: "prefix", name: "Baikalsk" }),
      place({ id: "exact", name: "Baikal" }),
    ];
    expect(searchPlaces(placeSearchIndex(sample), "baikal").map((match) => match.matched?.kind)).toEqual(["exact", "prefix", "word", "substring"]);
    expect(searchPlaces(placeSearchIndex(sample), "baikal").map((match) => match.place.id)).toEqual(["exact", "prefix", "inside", "substring"]);
  });

  it("matches the article's own words for a place and says so", () => {
    expect(searchPlaces(index, "congress")[0]).toMatchObject({ place: { id: "washington" }, matched: { field: "mention", text: "Congress" } });
  });

  it("returns every place, in story order and without a match, for a blank query", () => {
    for (const query of ["", "   ", "-"]) {
      const all = searchPlaces(index, query);
      expect(all.map((match) => match.place.id)).toEqual(places.map((p) => p.id));
      expect(all.every((match) => match.matched === null)).toBe(true);
    }
  });

  it("returns nothing when no place matches", () => {
    expect(searchPlaces(index, "xyzzy")).toEqual([]);
    expect(searchPlaces(index, "atlantis")).toEqual([]);
  });

  it("does not look in descriptions for one or two letters", () => {
    expect(ids("ru")).not.toContain("aktobe");
  });

  it("finds every place by its name whatever the case and diacritics", () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.boolean(), (target, upper) => {
        const query = upper ? target.name.toUpperCase() : target.name.normalize("NFD").toLowerCase();
        const first = searchPlaces(index, query)[0];
        expect(first?.place.id).toBe(target.id);
        expect(first?.matched?.field).toBe("name");
      }),
    );
  });

  it("keeps any query from throwing and every hit a place of the story", () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        for (const match of searchPlaces(index, query)) expect(places).toContain(match.place);
      }),
    );
  });
});

describe("groupPlaces", () => {
  it("groups the story's places in the fixed order, with headings", () => {
    const groups = groupPlaces(places);
    expect(groups.map((group) => group.label)).toEqual(["City or town", "Site", "Country", "Region", "Not on the map"]);
    const byLabel = Object.fromEntries(groups.map((group) => [group.label, group.items.map((p) => p.id)]));
    expect(byLabel["City or town"]).toEqual(["aktobe", "astana", "baikonur-town", "washington", "balkhash"]);
    expect(byLabel["Site"]).toEqual(["baikonur", "gagarins-start", "rayburn", "johns-hopkins"]);
    expect(byLabel["Region"]).toEqual(["central-asia"]);
  });

  it("lists the ISS and Gulshat under “Not on the map”, whatever their precision", () => {
    const offMap = groupPlaces(places).find((group) => group.key === "off-map");
    expect(offMap?.label).toBe("Not on the map");
    expect(offMap?.items.map((p) => p.id)).toEqual(["iss", "gulshat"]);
    expect(groupPlaces(places).flatMap((group) => group.items)).toHaveLength(places.length);
  });

  it("puts places of unspecified precision under “Other”", () => {
    const groups = groupPlaces([place({ id: "a", name: "A", precision: "unspecified" }), place({ id: "b", name: "B" })]);
    expect(groups.map((group) => [group.label, group.items.map((p) => p.id)])).toEqual([["City or town", ["b"]], ["Other", ["a"]]]);
  });
});

describe("groupMatches", () => {
  it("keeps the fixed order for a blank query", () => {
    expect(groupMatches(searchPlaces(index, "")).map((group) => group.key)).toEqual(groupPlaces(places).map((group) => group.key));
  });

  it("puts the group with the best hit first while searching", () => {
    const groups = groupMatches(searchPlaces(index, "russia"));
    expect(groups[0]?.label).toBe("Country");
    expect(groups[0]?.items[0]?.place.id).toBe("russia");
    expect(groupMatches(searchPlaces(index, "iss"))[0]?.key).toBe("off-map");
  });
});

describe("placeSearchIndex", () => {
  it("searches 100,000 places by name, and groups them without losing any", () => {
    const many = Array.from({ length: 100_000 }, (_, n) => place({ id: `p${n}`, name: n === 73_210 ? "Zhezkazgan" : `Town ${n}` }));
    const big = placeSearchIndex(many);
    expect(searchPlaces(big, "zhezk").map((match) => match.place.id)).toEqual(["p73210"]);
    expect(searchPlaces(big, "")).toBe(big.all);
    expect(groupMatches(searchPlaces(big, "town 9")).flatMap((group) => group.items)).toHaveLength(11_111);
  });
});

describe("placeRows", () => {
  it("puts each heading before its items and knows every item's row", () => {
    const groups = groupPlaces(places);
    const { rows, items, itemRows } = placeRows(groups);
    expect(rows.filter((row) => row.kind === "heading").map((row) => row.group.label)).toEqual(groups.map((group) => group.label));
    expect(items).toEqual(groups.flatMap((group) => group.items));
    items.forEach((item, index) => expect(rows[itemRows[index]!]).toMatchObject({ kind: "item", item }));
    const lastOfFirst = rows[groups[0]!.items.length];
    expect(lastOfFirst).toMatchObject({ kind: "item", position: groups[0]!.items.length });
  });
});
