import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStory } from "../../src/story/parseStory";

const validText = readFileSync(new URL("../../geodata/aktobe-2016/story.json", import.meta.url), "utf8");

/** A fresh copy of the real story to break in one place. */
function storyWith(change: (story: any) => void): string {
  const story = JSON.parse(validText);
  change(story);
  return JSON.stringify(story);
}

/** What a reader is told: the problems that stop the file, or what was left out of it. */
function messages(text: string): string[] {
  const result = parseStory(text);
  return (result.ok ? result.skipped : result.problems).map((problem) => problem.message);
}

function loaded(text: string) {
  const result = parseStory(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result;
}

describe("parseStory", () => {
  it("loads the first story with its lookups", () => {
    const result = loaded(validText);
    expect(result.skipped).toEqual([]);
    expect(result.story.placeById.get("aktobe")?.name).toBe("Aktobe");
    expect(result.story.passagesForPlace("aktobe").map((passage) => passage.id)).toContain("gun-stores");
    expect(result.story.eventsForPlace("baikonur").map((event) => event.id)).toEqual(["soyuz-ms-01"]);
    expect(result.story.placeById.get("kazakhstan")?.anchor).toEqual([68, 48]);
  });

  it("accepts a byte-order mark", () => {
    expect(parseStory(`\uFEFF${validText}`).ok).toBe(true);
  });

  it("gives the line and column of a JSON syntax error", () => {
    expect(messages('{\n  "format": "article-map/story",\n  "id": oops\n}')).toEqual([
      expect.stringMatching(/^the file is not valid JSON at line 3, column 9/),
    ]);
  });

  it("names the path and value of an out-of-range coordinate", () => {
    const text = storyWith((story) => { story.places.features[0].geometry.coordinates[0] = 200; });
    expect(messages(text)).toContain("places.features[0].geometry.coordinates[0] is 200, but a longitude must be between -180 and 180");
  });

  it("names a malformed id, an unknown geometry type and a missing field", () => {
    const text = storyWith((story) => {
      story.places.features[1].id = "Astana City";
      story.places.features[2].geometry = { type: "Circle", coordinates: [1, 2] };
    });
    const found = messages(text);
    expect(found).toContain('places.features[1].id is "Astana City", but an id must be lowercase letters and digits, joined by single hyphens');
    expect(found).toContain('places.features[2].geometry.type is "Circle", but a geometry type must be Point, MultiPoint, LineString, Polygon or MultiPolygon');
    expect(messages(storyWith((story) => { delete story.article.title; }))).toEqual([
      "article.title is missing, but it is required",
    ]);
  });

  it("leaves out only the bad place, and keeps the passages and events about others", () => {
    const result = loaded(storyWith((story) => { story.places.features[0].geometry.coordinates[0] = 200; }));
    expect(result.story.placeById.has("aktobe")).toBe(false);
    expect(result.story.placeById.has("astana")).toBe(true);
    expect(result.story.places).toHaveLength(16);
    // The passage about Aktobe and Russia stays for Russia; the one only about Aktobe goes.
    expect(result.story.passagesForPlace("russia").map((passage) => passage.id)).toContain("gun-stores");
    expect(result.story.passageById.has("gunfights")).toBe(false);
    expect(result.story.file.events.some((event) => event.id === "aktobe-attacks")).toBe(false);
    expect(result.skipped.map((problem) => problem.message)).toEqual([
      "places.features[0].geometry.coordinates[0] is 200, but a longitude must be between -180 and 180",
      'passages[1].places[0] is "aktobe", but the place with that id was left out (places.features[0])',
      "passages[1] was left out: it is about no place that is in the story",
      'passages[5].places[0] is "aktobe", but the place with that id was left out (places.features[0])',
      'passages[6].places[0] is "aktobe", but the place with that id was left out (places.features[0])',
      "passages[6] was left out: it is about no place that is in the story",
      'events[0].places[0] is "aktobe", but the place with that id was left out (places.features[0])',
      'events[0].passages[1] is "gunfights", but the passage with that id was left out (passages[6])',
      'events[0].passages[2] is "gun-battle", but the passage with that id was left out (passages[1])',
      "events[0] was left out: it happened at no place that is in the story",
      'briefing.steps[1].place is "aktobe", but the place with that id was left out (places.features[0])',
      'briefing.steps[1].passages[0] is "gun-battle", but the passage with that id was left out (passages[1])',
      'briefing.steps[1].passages[2] is "gunfights", but the passage with that id was left out (passages[6])',
    ]);
  });

  it("points out coordinates that look swapped", () => {
    const text = storyWith((story) => { story.places.features[0].geometry.coordinates = [50.27969, 157.20718]; });
    expect(messages(text)).toContain(
      "places.features[0].geometry.coordinates[1] is 157.20718, but a latitude must be between -90 and 90; [50.27969, 157.20718] looks like [latitude, longitude], but GeoJSON positions are [longitude, latitude]",
    );
  });

  it("refuses numbers too large to be finite, and keys that could reach a prototype", () => {
    const text = storyWith((story) => {
      story.places.features[1].geometry.coordinates[0] = "INFINITY";
      story.places.features[2].properties.PROTO = { polluted: true };
    }).replace('"INFINITY"', "1e400").replace('"PROTO"', '"__proto__"');
    const found = messages(text);
    expect(found).toContain("places.features[1].geometry.coordinates[0] is Infinity, but numbers must be finite; this one is too large for a coordinate or a count");
    expect(found).toContain('places.features[2].properties.__proto__ is a key named "__proto__", but keys may not be named __proto__, constructor or prototype');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(messages(storyWith((story) => { story.constructor = 1; }))).toEqual([
      'constructor is a key named "constructor", but keys may not be named __proto__, constructor or prototype',
      'the file has unknown field "constructor"',
    ]);
  });

  it("refuses files too deep or too large to load safely, and empty ones", () => {
    expect(messages(`${"[".repeat(100)}${"]".repeat(100)}`)).toEqual(["the file nests 100 levels deep, but a story may nest at most 64; level 65 starts at line 1, column 65"]);
    expect(messages(" ".repeat(20_000_001))).toEqual(["the file has 20,000,001 characters, but a story may have at most 20,000,000"]);
    expect(messages("  \n")).toEqual(["the file is empty"]);
  });

  it("stops at a wrong top-level shape", () => {
    expect(messages("[]")).toEqual(["the file is [], but it must be a JSON object: a story or a GeoJSON FeatureCollection"]);
    expect(messages(storyWith((story) => { delete story.places; }))).toEqual(["places is missing, but it is required"]);
  });

  it("refuses a quote that is not verbatim in its paragraph", () => {
    const text = storyWith((story) => { story.passages[0].quote = story.passages[0].quote.replace("delegation", "mission"); });
    expect(messages(text)).toEqual([
      'passages[0].quote is "A security mission from the United States has met with of…", but a quote must appear verbatim in paragraph 1',
      'events[4].passages[0] is "delegation-met", but the passage with that id was left out (passages[0])',
      'briefing.steps[0].passages[0] is "delegation-met", but the passage with that id was left out (passages[0])',
    ]);
  });

  it("refuses references to places and passages that do not exist, and duplicate ids", () => {
    const text = storyWith((story) => {
      story.events[0].places.push("atlantis");
      story.events[0].passages.push("nowhere");
      story.places.features[1].id = "aktobe";
    });
    const found = messages(text);
    expect(found).toContain('events[0].places[1] is "atlantis", but no place in the story has that id');
    expect(found).toContain('events[0].passages[3] is "nowhere", but no passage in the story has that id');
    expect(found).toContain('places.features[1].id is "aktobe", but ids must be unique and places.features[0] already has it');
  });

  it("refuses unclosed rings and dates that contradict their precision", () => {
    const text = storyWith((story) => {
      const kazakhstan = story.places.features.find((feature: any) => feature.id === "kazakhstan");
      kazakhstan.geometry.coordinates[0][0].pop();
      story.events[1].date = { precision: "day", start: "2016-06" };
    });
    const found = messages(text);
    expect(found.some((message) => /^places\.features\[5\]\.geometry\.coordinates\[0\]\[0\]\[\d+\] is .*, but a ring must end where it starts/.test(message))).toBe(true);
    expect(found).toContain('events[1].date.start is "2016-06", but a day date must start with a day such as 2016-06-05');
  });

  it("refuses mentions that are not in the article, and article places without one", () => {
    const text = storyWith((story) => {
      story.places.features[0].properties.mentions = ["Aqtobe"];
      delete story.places.features[1].properties.mentions;
    });
    const found = messages(text);
    expect(found).toContain('places.features[0].properties.mentions[0] is "Aqtobe", but a mention must appear verbatim in the article');
    expect(found).toContain("places.features[1].properties.mentions is missing, but a place the article names needs at least one mention, as the article writes it");
  });

  it("refuses links that are not http(s)", () => {
    const text = storyWith((story) => { story.events[0].sources[0].url = "javascript:alert(1)"; });
    expect(messages(text).some((message) => message.startsWith('events[0].sources[0].url is "javascript:alert(1)"'))).toBe(true);
  });
});

describe("credits", () => {
  it("leaves out a credit with a javascript: link and keeps the story and the other credits", () => {
    const result = loaded(storyWith((story) => { story.credits[0].url = "javascript:alert(1)"; }));
    expect(result.skipped.map((problem) => problem.message)).toEqual([
      'credits[0].url is "javascript:alert(1)", but only http and https links are accepted',
    ]);
    expect(result.story.file.credits?.map((credit) => credit.name)).not.toContain("GeoNames");
    expect(result.story.file.credits?.length).toBeGreaterThan(1);
  });
});
