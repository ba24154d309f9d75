import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { boundsForPlaces } from "../../src/geo/stepBounds";
import type { BriefingStep } from "../../src/story/briefing";
import { sourcesOf, stepBox, stepEvents, stepMapPlaces, stepPlaceIds } from "../../src/story/handout";
import { parseStory } from "../../src/story/parseStory";
import type { EventData } from "../../src/story/schema";

const result = parseStory(readFileSync(new URL("../../geodata/aktobe-2016/story.json", import.meta.url), "utf8"));
if (!result.ok) throw new Error("the shipped story does not load");
const { story } = result;
const step = (id: string) => story.briefing.steps.find((each) => each.id === id)!;
const ids = (items: ReadonlyArray<{ id: string }>) => items.map((item) => item.id);

describe("a step's places, box and events", () => {
  it("takes the places its view frames and its own place", () => {
    expect(stepPlaceIds(step("kazakhstan-in-central-asia"))).toEqual(["central-asia", "kazakhstan"]);
    expect(stepPlaceIds(step("aktobe-attacks"))).toEqual(["aktobe"]);
    expect(stepPlaceIds(step("what-it-means"))).toEqual(["kazakhstan", "russia", "china", "united-states"]);
  });

  it("frames the map as the briefing does, and the world when nothing has a position", () => {
    expect(stepBox(story, step("aktobe-attacks"))).toEqual([53, 48, 61.5, 52.5]);
    const framed = step("kazakhstan-in-central-asia");
    expect(stepBox(story, framed)).toEqual(boundsForPlaces(stepPlaceIds(framed).map((id) => story.placeById.get(id)!)));
    const nowhere: BriefingStep = { ...framed, view: { kind: "places", places: ["iss", "gulshat"] }, place: null };
    expect(stepBox(story, nowhere)).toEqual([-180, -60, 180, 75]);
  });

  it("lists what happened at its places within its range, in time order", () => {
    expect(ids(stepEvents(story, step("kazakhstan-in-central-asia")))).toEqual(["tenge-devaluation", "tenge-float", "land-reform-protests"]);
    expect(ids(stepEvents(story, step("aktobe-attacks")))).toEqual(["aktobe-attacks"]);
    expect(ids(stepEvents(story, step("astana-meeting")))).toEqual(["delegation-meeting"]);
    expect(ids(stepEvents(story, step("washington-testimony")))).toEqual(["rosenblum-testimony"]);
    expect(ids(stepEvents(story, step("what-it-means")))).toEqual(["aslan-emigrates", "tenge-devaluation", "tenge-float", "land-reform-protests"]);
  });

  it("draws the places the briefing shows at that step, and always the step's own", () => {
    expect(ids(stepMapPlaces(story, step("baikonur-launch")))).toEqual(["astana", "baikonur", "gagarins-start"]);
    // Without a range every place with a position is drawn; never one without (the ISS, Gulshat).
    expect(ids(stepMapPlaces(story, step("kazakhstan-in-central-asia")))).toEqual(ids(story.places.filter((place) => place.anchor !== null)));
    const quiet: BriefingStep = { ...step("baikonur-launch"), place: "baikonur-town", range: { from: "2016-07-07", to: "2016-07-07" } };
    expect(ids(stepMapPlaces(story, quiet))).toContain("baikonur-town");
  });
});

describe("sourcesOf", () => {
  it("lists each source once, in order of first use, and where each event's sources are", () => {
    const events = ["tenge-devaluation", "aktobe-attacks", "tenge-float", "delegation-meeting"].map((id) => story.file.events.find((event) => event.id === id)!);
    const { sources, indexes } = sourcesOf(events);
    expect(sources.map((source) => source.title)).toEqual([events[0]!.sources[0]!.title, events[1]!.sources[0]!.title]);
    expect(Object.fromEntries(indexes)).toEqual({ "tenge-devaluation": [0], "aktobe-attacks": [1], "tenge-float": [0], "delegation-meeting": [] });
  });

  it("keeps apart sources that differ in link or publisher, whatever their notes", () => {
    const event = (id: string, sources: EventData["sources"]): EventData => ({
      id, title: id, date: { precision: "year", start: "2016" }, origin: "article", places: ["x"], passages: [], sources,
    });
    const { sources } = sourcesOf([
      event("a", [{ title: "Report", url: "https://a.example/", note: "one" }, { title: "Report", url: "https://b.example/" }]),
      event("b", [{ title: "Report", url: "https://a.example/", note: "two" }, { title: "Report", publisher: "Agency" }]),
    ]);
    expect(sources).toHaveLength(3);
  });
});
