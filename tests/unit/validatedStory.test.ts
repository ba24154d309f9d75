import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseStory, parseStoryParts } from "../../src/story/parseStory";
import { storyFromParts } from "../../src/story/model";
import { readValidatedStory, VALIDATED_STORY_FILE, VALIDATED_STORY_FORMAT, validatedStoryFileName } from "../../src/story/validatedStory";

const STORY = "aktobe-2016/story.json";
const text = readFileSync(new URL(`../../geodata/${STORY}`, import.meta.url), "utf8");
const parts = parseStoryParts(text);
if (!parts.ok) throw new Error("the shipped story must load");
/** The file as scripts/vite-geodata.ts writes it. */
const fileText = JSON.stringify({ format: VALIDATED_STORY_FORMAT, story: STORY, result: parts });

describe("a story validated at build time", () => {
  it("gives the page the same story as validating the file there", () => {
    const read = readValidatedStory(fileText, STORY);
    expect(read).not.toBeNull();
    const fromBuild = storyFromParts(read!);
    const here = parseStory(text);
    if (!fromBuild.ok || !here.ok) throw new Error("both must load");
    expect(fromBuild.story.places).toEqual(here.story.places);
    expect(fromBuild.story.file).toEqual(here.story.file);
    expect(fromBuild.story.briefing).toEqual(here.story.briefing);
    expect(fromBuild.skipped).toEqual(here.skipped);
    expect(fromBuild.story.passagesForPlace("aktobe")).toEqual(here.story.passagesForPlace("aktobe"));
    expect(fromBuild.story.passagesForPlace("aktobe").length).toBeGreaterThan(0);
  });

  it("is not used when it was made from another story, is not one, or is broken", () => {
    expect(readValidatedStory(fileText, "other/story.json")).toBeNull();
    expect(readValidatedStory(text, STORY)).toBeNull();
    expect(readValidatedStory(fileText.slice(0, 1000), STORY)).toBeNull();
    expect(readValidatedStory("null", STORY)).toBeNull();
    expect(readValidatedStory(JSON.stringify({ format: VALIDATED_STORY_FORMAT, story: STORY, result: { ok: false, problems: [] } }), STORY)).toBeNull();
  });

  it("is written where the benchmark and the budgets look for it", () => {
    expect(validatedStoryFileName("e70601a37b5c0d9e")).toBe("assets/story-e70601a37b.json");
    expect(VALIDATED_STORY_FILE.test(validatedStoryFileName("e70601a37b5c0d9e"))).toBe(true);
    expect(VALIDATED_STORY_FILE.test("geodata/aktobe-2016/story.json")).toBe(false);
  });
});
