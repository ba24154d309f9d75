import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { viewSwitchLink } from "../../src/state/headerActions";
import { headlineOf } from "../../src/story/headline";
import { parseStory } from "../../src/story/parseStory";

const loaded = (text: string) => {
  const result = parseStory(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result.story;
};

describe("the header's words, which the app and the page's early view both draw", () => {
  it("gives an article's headline, source, date and counts", () => {
    const story = loaded(readFileSync(new URL("../../geodata/aktobe-2016/story.json", import.meta.url), "utf8"));
    expect(headlineOf(story)).toEqual({
      title: "Security delegation meets in Kazakhstan to assess new terror threat",
      article: { source: { name: "AMI", url: story.file.article!.source.url }, published: { dateTime: "2016-07-07", text: "about 7–8 July 2016" } },
      summary: `${story.places.length} places, ${story.file.events.length} events`,
    });
  });

  it("says what plain GeoJSON places are, with no article", () => {
    const story = loaded(JSON.stringify({ type: "FeatureCollection", name: "Two cities", features: [
      { type: "Feature", geometry: { type: "Point", coordinates: [57.2, 50.3] }, properties: { name: "Aktobe" } },
      { type: "Feature", geometry: { type: "Point", coordinates: [71.4, 51.2] }, properties: { name: "Astana" } },
    ] }));
    expect(headlineOf(story)).toEqual({ title: "Two cities", article: null, summary: "GeoJSON places without an article · 2 places" });
  });
});

describe("the header's link between the map and the text", () => {
  it("adds ?view=text, keeping the other options, and drops the map's position", () => {
    expect(viewSwitchLink({ pathname: "/map/", search: "?place=astana", hash: "#map=5/50/60" }, false)).toEqual({ href: "/map/?place=astana&view=text", label: "Text only" });
  });

  it("goes back to the map with the same options and position", () => {
    expect(viewSwitchLink({ pathname: "/map/", search: "?place=astana&view=text", hash: "#map=5/50/60" }, true)).toEqual({ href: "/map/?place=astana#map=5/50/60", label: "Back to the map" });
  });
});
