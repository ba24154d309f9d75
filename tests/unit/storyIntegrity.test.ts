import { readFileSync } from "node:fs";
import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { splitArticleText } from "../../src/story/articleText";
import { parseStory } from "../../src/story/parseStory";

const storyFolder = new URL("../../geodata/aktobe-2016/", import.meta.url);
const sharedArticle = new URL("../../../shared/source/article.txt", import.meta.url);
const factsFile = new URL("../../../shared/facts.md", import.meta.url);

const articleBytes = readFileSync(new URL("article.txt", storyFolder));
const articleText = articleBytes.toString("utf8");
const storyText = readFileSync(new URL("story.json", storyFolder), "utf8");
const parsed = parseStory(storyText);
if (!parsed.ok) throw new Error(`story.json does not load:\n${parsed.problems.map((problem) => problem.message).join("\n")}`);
const story = parsed.story;
const file = story.file;
const article = file.article!;

/** Rows of facts.md's tables and bullets, as { label, lat, lng } (null for "no ground position"). */
function factsCoordinates(): Array<{ label: string; lat: number | null; lng: number | null }> {
  const facts = readFileSync(factsFile, "utf8");
  const placesTable = facts.split("## Places the article names")[1]?.split("## Events")[0] ?? "";
  const rows = placesTable.split("\n").filter((line) => line.startsWith("| ") && !line.startsWith("| place") && !line.startsWith("|---"));
  const fromTable = rows.map((row) => {
    const [label = "", coordinates = ""] = row.split("|").slice(1).map((cell) => cell.trim());
    const match = /(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)/.exec(coordinates);
    return { label, lat: match ? Number(match[1]) : null, lng: match ? Number(match[2]) : null };
  });
  const bullets = [...placesTable.matchAll(/^- ([^:]+):\s*(-?\d+\.\d+),\s*(-?\d+\.\d+)/gm)].map((match) => ({
    label: match[1]?.trim() ?? "", lat: Number(match[2]), lng: Number(match[3]),
  }));
  return [...fromTable, ...bullets];
}

/** Which feature stands for each place facts.md lists; every row must be here. */
const FACTS_TO_PLACE: Record<string, string> = {
  "Aktobe (city), Kazakhstan": "aktobe",
  "Astana (capital), Kazakhstan": "astana",
  "Baikonur Cosmodrome, Kazakhstan": "baikonur",
  "Gagarin's Start (Site 1/5), Baikonur": "gagarins-start",
  Kazakhstan: "kazakhstan",
  Russia: "russia",
  China: "china",
  Japan: "japan",
  "United States": "united-states",
  "Washington, DC": "washington",
  "Rayburn House Office Building": "rayburn",
  "Johns Hopkins University (Homewood), Baltimore": "johns-hopkins",
  "Central Asia": "central-asia",
  "International Space Station": "iss",
  "Baikonur town": "baikonur-town",
  Balkhash: "balkhash",
};

function positionsOf(geometry: (typeof story.places)[number]["geometry"]): Position[] {
  if (!geometry) return [];
  switch (geometry.type) {
    case "Point": return [geometry.coordinates];
    case "MultiPoint":
    case "LineString": return geometry.coordinates;
    case "Polygon": return geometry.coordinates.flat();
    case "MultiPolygon": return geometry.coordinates.flat(2);
  }
}

describe("the first story's data", () => {
  it("keeps article.txt as a byte-for-byte copy of the source article", () => {
    expect(articleBytes.equals(readFileSync(sharedArticle))).toBe(true);
  });

  it("stores the article's headline and paragraphs exactly, without the photo credit", () => {
    const split = splitArticleText(articleText);
    expect(split.credits).toEqual(["| Turks, Shutterstock"]);
    expect(article.title).toBe(split.headline);
    expect(article.paragraphs).toEqual(split.paragraphs);
    expect(article.paragraphs).toHaveLength(32);
    expect(article.paragraphs.join("\n")).not.toContain("Shutterstock");
  });

  it("quotes every passage verbatim from article.txt, in the paragraph it names", () => {
    expect(file.passages.length).toBeGreaterThan(20);
    for (const passage of file.passages) {
      expect(articleText, passage.id).toContain(passage.quote);
      expect(article.paragraphs[passage.paragraph - 1], passage.id).toContain(passage.quote);
    }
  });

  it("keeps the article's typos in its quotes", () => {
    expect(file.passages.some((passage) => passage.quote.includes("Kazahktan"))).toBe(true);
  });

  it("points every passage and event at places that exist, and every event at passages that exist", () => {
    const placeIds = new Set(story.places.map((place) => place.id));
    const passageIds = new Set(file.passages.map((passage) => passage.id));
    for (const passage of file.passages) for (const id of passage.places) expect(placeIds, `${passage.id} -> ${id}`).toContain(id);
    for (const event of file.events) {
      for (const id of event.places) expect(placeIds, `${event.id} -> ${id}`).toContain(id);
      for (const id of event.passages) expect(passageIds, `${event.id} -> ${id}`).toContain(id);
    }
  });

  it("has every coordinate in range", () => {
    for (const place of story.places) {
      for (const [lng, lat] of [...positionsOf(place.geometry), ...(place.anchor ? [place.anchor] : [])]) {
        expect(Math.abs(lng ?? Infinity), place.id).toBeLessThanOrEqual(180);
        expect(Math.abs(lat ?? Infinity), place.id).toBeLessThanOrEqual(90);
      }
    }
  });

  it("has a feature for every place facts.md lists, within 0.01 degrees of its checked coordinates", () => {
    const facts = factsCoordinates();
    expect(facts.map((fact) => fact.label).sort()).toEqual(Object.keys(FACTS_TO_PLACE).sort());
    for (const fact of facts) {
      const place = story.placeById.get(FACTS_TO_PLACE[fact.label] ?? "");
      expect(place, fact.label).toBeDefined();
      if (fact.lat === null || fact.lng === null) {
        expect(place?.geometry, fact.label).toBeNull();
        continue;
      }
      expect(place?.anchor, fact.label).not.toBeNull();
      const [lng, lat] = place?.anchor ?? [Infinity, Infinity];
      expect(Math.abs(lng - fact.lng), fact.label).toBeLessThanOrEqual(0.01);
      expect(Math.abs(lat - fact.lat), fact.label).toBeLessThanOrEqual(0.01);
    }
  });

  it("has the required ids, and a feature for each place name the article uses", () => {
    for (const id of ["aktobe", "astana", "baikonur"]) expect(story.placeById.has(id), id).toBe(true);
    const named = ["Aktobe", "Astana", "Kazakhstan", "Kazahktan", "Russia", "China", "Japan", "United States",
      "Central Asia", "Baikonur Cosmodrome", "International Space Station", "Johns Hopkins University", "Congress",
      "House Foreign Affairs Committee"];
    const mentions = story.places.flatMap((place) => place.mentions);
    for (const name of named) {
      expect(articleText, name).toContain(name);
      expect(mentions, name).toContain(name);
    }
  });

  it("draws areas as shapes, cities and sites as points, and never puts the space station on the map", () => {
    for (const place of story.places) {
      if (place.precision === "country" || place.precision === "region") {
        expect(["Polygon", "MultiPolygon"], place.id).toContain(place.geometry?.type);
        expect(place.anchor, place.id).not.toBeNull();
      }
      if (["city", "site", "building"].includes(place.precision) && place.geometry) expect(place.geometry.type, place.id).toBe("Point");
    }
    expect(story.placeById.get("iss")?.geometry).toBeNull();
    expect(story.placeById.get("iss")?.precision).toBe("off-earth");
  });

  it("marks the places only other sources name, and never invents Gulshat's coordinates", () => {
    for (const id of ["baikonur-town", "balkhash", "gulshat", "gagarins-start"]) {
      expect(story.placeById.get(id)?.origin, id).toBe("other-sources");
    }
    expect(story.placeById.get("gulshat")?.geometry).toBeNull();
  });

  it("dates the Soyuz launch to the minute, 01:36 UTC on 7 July 2016", () => {
    const launch = file.events.find((event) => event.id === "soyuz-ms-01");
    expect(launch?.date.precision).toBe("minute");
    expect(new Date(launch?.date.start ?? "").toISOString()).toBe("2016-07-07T01:36:00.000Z");
  });
});
