import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { segmentParagraph } from "../../src/story/articleSegments";
import { parseStory } from "../../src/story/parseStory";

const parsed = parseStory(readFileSync(new URL("../../geodata/aktobe-2016/story.json", import.meta.url), "utf8"));
if (!parsed.ok) throw new Error("story does not load");
const story = parsed.story;
const paragraphs = story.file.article!.paragraphs;

describe("segmentParagraph", () => {
  it("keeps every paragraph's text exactly, run by run", () => {
    paragraphs.forEach((paragraph, index) => {
      expect(segmentParagraph(story, index + 1).map((segment) => segment.text).join("")).toBe(paragraph);
    });
  });

  it("marks each mention of a place, preferring the longer name where two overlap", () => {
    const launch = paragraphs.findIndex((paragraph) => paragraph.includes("Baikonur Cosmodrome")) + 1;
    const mentions = segmentParagraph(story, launch).filter((segment) => segment.placeId).map((segment) => [segment.text, segment.placeId]);
    expect(mentions).toEqual([
      ["United States", "united-states"], ["Russia", "russia"], ["Japan", "japan"], ["Kazakhstan", "kazakhstan"],
      ["Baikonur Cosmodrome", "baikonur"], ["International Space Station", "iss"],
    ]);
  });

  it("marks only whole words: “Central Asian Affairs” is not a mention of Central Asia", () => {
    const testimony = paragraphs.findIndex((paragraph) => paragraph.includes("Central Asian Affairs")) + 1;
    const mentions = segmentParagraph(story, testimony).filter((segment) => segment.placeId).map((segment) => segment.text);
    // One mention, in "a deteriorating Central Asia", not two.
    expect(mentions).toEqual(["Central Asia"]);
  });

  it("marks the runs inside each passage with its id, and only those", () => {
    const gunStores = story.passageById.get("gun-stores")!;
    const segments = segmentParagraph(story, gunStores.paragraph);
    const inside = segments.filter((segment) => segment.passageIds.includes("gun-stores")).map((segment) => segment.text).join("");
    expect(inside).toBe(gunStores.quote);
    const aktobe = segments.find((segment) => segment.placeId === "aktobe");
    expect(aktobe?.passageIds).toEqual(["gun-stores"]);
  });

  it("gives a paragraph with no mention and no passage as one plain run", () => {
    const plain = paragraphs.findIndex((paragraph) => paragraph === "What ultimately came of the meeting?") + 1;
    expect(segmentParagraph(story, plain)).toEqual([{ text: "What ultimately came of the meeting?", placeId: null, passageIds: [] }]);
  });
});
