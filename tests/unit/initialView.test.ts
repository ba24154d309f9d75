import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { boundsOfGeometries } from "../../src/geo/placeBounds";
import { chooseInitialView } from "../../src/state/initialView";
import { splitArticleText } from "../../src/story/articleText";
import { parseStory } from "../../src/story/parseStory";

const parsed = parseStory(readFileSync(new URL("../../geodata/aktobe-2016/story.json", import.meta.url), "utf8"));
if (!parsed.ok) throw new Error("story does not load");
const story = parsed.story;

describe("chooseInitialView", () => {
  it("frames Kazakhstan and its neighbours by default", () => {
    const view = chooseInitialView(story, null, null);
    expect(view.kind).toBe("bounds");
    if (view.kind !== "bounds") return;
    const [west, south, east, north] = view.bounds;
    const kazakhstan = boundsOfGeometries([story.placeById.get("kazakhstan")!.geometry])!;
    expect(west).toBeLessThanOrEqual(kazakhstan[0]);
    expect(south).toBeLessThanOrEqual(kazakhstan[1]);
    expect(east).toBeGreaterThanOrEqual(kazakhstan[2]);
    expect(north).toBeGreaterThanOrEqual(kazakhstan[3]);
    expect(east - west).toBeLessThan(60);
  });

  it("lets #map= win over ?place=, and centres a point place at its precision's zoom", () => {
    const urlView = { zoom: 4, lat: 10, lng: 20 };
    expect(chooseInitialView(story, urlView, story.placeById.get("aktobe")!)).toEqual({ kind: "view", view: urlView });
    expect(chooseInitialView(story, null, story.placeById.get("baikonur")!)).toEqual({ kind: "view", view: { lat: 45.965, lng: 63.305, zoom: 8 } });
    expect(chooseInitialView(story, null, story.placeById.get("rayburn")!)).toMatchObject({ view: { zoom: 10 } });
  });

  it("fits a country's shape, and falls back to the story view for a place with no position", () => {
    const japan = chooseInitialView(story, null, story.placeById.get("japan")!);
    expect(japan.kind).toBe("bounds");
    if (japan.kind === "bounds") expect(japan.bounds[0]).toBeGreaterThan(120);
    expect(chooseInitialView(story, null, story.placeById.get("iss")!)).toEqual({ kind: "bounds", bounds: story.file.view?.bounds });
  });
});

describe("boundsOfGeometries", () => {
  it("skips places without a geometry and returns null when none has one", () => {
    expect(boundsOfGeometries([null, { type: "Point", coordinates: [57.2, 50.3] }, { type: "Point", coordinates: [71.4, 51.2] }])).toEqual([57.2, 50.3, 71.4, 51.2]);
    expect(boundsOfGeometries([null])).toBeNull();
  });
});

describe("splitArticleText", () => {
  it("separates photo credits and the headline from paragraphs, whatever the line endings", () => {
    expect(splitArticleText("| Photo, Agency\r\n\r\nHeadline\r\n\r\nOne.\r\n\r\nTwo.\n")).toEqual({ credits: ["| Photo, Agency"], headline: "Headline", paragraphs: ["One.", "Two."] });
    expect(splitArticleText("Headline only")).toEqual({ credits: [], headline: "Headline only", paragraphs: [] });
  });
});
