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

function messages(text: string): string[] {
  const result = parseStory(text);
  return result.ok ? [] : result.problems.map((problem) => problem.message);
}

describe("parseStory", () => {
  it("loads the first story with its lookups", () => {
    const result = parseStory(validText);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
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
      delete story.article.title;
    });
    const found = messages(text);
    expect(found).toContain('places.features[1].id is "Astana City", but an id must be lowercase letters and digits, joined by single hyphens');
    expect(found.some((message) => message.startsWith("places.features[2].geometry") && message.includes("Point, MultiPoint"))).toBe(true);
    expect(found.some((message) => message.startsWith("article.title is missing"))).toBe(true);
  });

  it("refuses a quote that is not verbatim in its paragraph", () => {
    const text = storyWith((story) => { story.passages[0].quote = story.passages[0].quote.replace("delegation", "mission"); });
    expect(messages(text)).toEqual([expect.stringMatching(/^passages\[0\]\.quote is ".*", but a quote must appear verbatim in paragraph 1$/)]);
  });

  it("refuses references to places and passages that do not exist, and duplicate ids", () => {
    const text = storyWith((story) => {
      story.events[0].places.push("atlantis");
      story.events[0].passages.push("nowhere");
      story.places.features[1].id = "aktobe";
    });
    const found = messages(text);
    expect(found).toContain('events[0].places[1] is "atlantis", but no place has that id');
    expect(found).toContain('events[0].passages[3] is "nowhere", but no passage has that id');
    expect(found).toContain('places.features[1].id is "aktobe", but ids must be unique and it is used before');
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
