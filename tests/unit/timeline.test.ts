import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseStory } from "../../src/story/parseStory";
import { isOpenRange, OPEN_RANGE, type DayRange } from "../../src/story/dayRange";
import { DAY_MS, dateInRange, dayOf, eventInterval, eventsInRange, placesWithEventsInRange, rangePresets, timelineExtent } from "../../src/story/timeline";

const storyText = readFileSync(join(process.cwd(), "geodata/aktobe-2016/story.json"), "utf8");

function load(text = storyText) {
  const result = parseStory(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result.story;
}

const story = load();
const idsIn = (range: DayRange) => eventsInRange(story.file.events, range).map((event) => event.id);

describe("eventInterval", () => {
  it("makes a minute an instant at its UTC time", () => {
    const launch = Date.UTC(2016, 6, 7, 1, 36);
    expect(eventInterval({ precision: "minute", start: "2016-07-07T07:36+06:00" })).toEqual({ start: launch, end: launch });
    expect(eventInterval({ precision: "minute", start: "2016-07-07T01:36Z" })).toEqual({ start: launch, end: launch });
    expect(eventInterval({ precision: "minute", start: "2016-07-06T21:36:30-04:00" }).start).toBe(launch + 30_000);
  });

  it("makes a day the whole UTC day", () => {
    expect(eventInterval({ precision: "day", start: "2016-06-26" })).toEqual({ start: Date.UTC(2016, 5, 26), end: Date.UTC(2016, 5, 27) });
  });

  it("runs a week or a range from its first day's 00:00 to its last day's 24:00", () => {
    expect(eventInterval({ precision: "week", start: "2016-07-01", end: "2016-07-07" })).toEqual({ start: Date.UTC(2016, 6, 1), end: Date.UTC(2016, 6, 8) });
    expect(eventInterval({ precision: "range", start: "2016-06-05", end: "2016-06-10" })).toEqual({ start: Date.UTC(2016, 5, 5), end: Date.UTC(2016, 5, 11) });
    expect(eventInterval({ precision: "range", start: "2015-12-31", end: "2016-01-01" })).toEqual({ start: Date.UTC(2015, 11, 31), end: Date.UTC(2016, 0, 2) });
  });

  it("covers a whole month, including February in a leap year and December", () => {
    expect(eventInterval({ precision: "month", start: "2016-02" })).toEqual({ start: Date.UTC(2016, 1, 1), end: Date.UTC(2016, 2, 1) });
    expect(eventInterval({ precision: "month", start: "2016-12" })).toEqual({ start: Date.UTC(2016, 11, 1), end: Date.UTC(2017, 0, 1) });
  });

  it("covers a whole year, and reads years before 100 as written", () => {
    expect(eventInterval({ precision: "year", start: "2011" })).toEqual({ start: Date.UTC(2011, 0, 1), end: Date.UTC(2012, 0, 1) });
    expect(new Date(eventInterval({ precision: "year", start: "0079" }).start).getUTCFullYear()).toBe(79);
  });

  it("does not widen an approximate date", () => {
    const exact = eventInterval({ precision: "range", start: "2016-06-05", end: "2016-06-10" });
    expect(eventInterval({ precision: "range", start: "2016-06-05", end: "2016-06-10", approximate: true })).toEqual(exact);
  });

  it("refuses a date that does not fit its precision, which a loaded story never has", () => {
    expect(() => eventInterval({ precision: "day", start: "2016-06-31" })).toThrow(RangeError);
    expect(() => eventInterval({ precision: "minute", start: "2016-07-07" })).toThrow(/minute date "2016-07-07"/);
  });
});

describe("eventsInRange with the Aktobe story", () => {
  it("finds June 2016's events, but not the launch or the meeting in July", () => {
    const june = idsIn({ from: "2016-06-01", to: "2016-06-30" });
    expect(june).toEqual(expect.arrayContaining(["aktobe-attacks", "nazarbayev-address", "rosenblum-testimony", "detentions"]));
    expect(june).not.toContain("soyuz-ms-01");
    expect(june).not.toContain("delegation-meeting");
    expect(june).toHaveLength(4);
  });

  it("from 7 July 2016 holds the launch and the week of the meeting", () => {
    expect(idsIn({ from: "2016-07-07", to: null })).toEqual(["delegation-meeting", "soyuz-ms-01"]);
  });

  it("puts the 2011 event in a 2011 range, and only there", () => {
    expect(idsIn({ from: "2011-01-01", to: "2011-12-31" })).toEqual(["aslan-emigrates"]);
    expect(idsIn({ from: "2011-12-31", to: "2011-12-31" })).toEqual(["aslan-emigrates"]);
    expect(idsIn({ from: "2012-01-01", to: "2013-12-31" })).toEqual([]);
  });

  it("counts the first and last day of a range in full", () => {
    // The attacks ran 5-10 June: a range ending on the 5th or starting on the 10th touches them.
    expect(idsIn({ from: null, to: "2016-06-05" })).toContain("aktobe-attacks");
    expect(idsIn({ from: null, to: "2016-06-04" })).not.toContain("aktobe-attacks");
    expect(idsIn({ from: "2016-06-10", to: null })).toContain("aktobe-attacks");
    expect(idsIn({ from: "2016-06-11", to: null })).not.toContain("aktobe-attacks");
    expect(idsIn({ from: "2016-06-26", to: "2016-06-26" })).toEqual(["detentions"]);
  });

  it("places a minute on its UTC day, not its local one", () => {
    const lateEvening = { precision: "minute" as const, start: "2016-07-07T02:00+06:00" };
    expect(dateInRange(lateEvening, { from: "2016-07-06", to: "2016-07-06" })).toBe(true);
    expect(dateInRange(lateEvening, { from: "2016-07-07", to: "2016-07-07" })).toBe(false);
    const midnight = { precision: "minute" as const, start: "2016-07-07T00:00Z" };
    expect(dateInRange(midnight, { from: "2016-07-07", to: null })).toBe(true);
    expect(dateInRange(midnight, { from: null, to: "2016-07-06" })).toBe(false);
  });

  it("holds every event when open, and none when the range misses them all", () => {
    expect(isOpenRange(OPEN_RANGE)).toBe(true);
    expect(idsIn(OPEN_RANGE)).toHaveLength(story.file.events.length);
    expect(idsIn({ from: "2020-01-01", to: null })).toEqual([]);
  });
});

describe("placesWithEventsInRange", () => {
  it("names the places of the events in the range, in the story's order", () => {
    expect(placesWithEventsInRange(story, { from: "2016-07-07", to: "2016-07-07" }).sort()).toEqual(["astana", "baikonur", "gagarins-start"]);
    const june = placesWithEventsInRange(story, { from: "2016-06-01", to: "2016-06-30" });
    expect([...june].sort()).toEqual(["aktobe", "astana", "balkhash", "gulshat", "rayburn", "washington"]);
    const order = story.places.map((place) => place.id);
    expect(june).toEqual([...june].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it("is empty for a range without events", () => {
    expect(placesWithEventsInRange(story, { from: "2013-01-01", to: "2013-12-31" })).toEqual([]);
  });
});

describe("timelineExtent", () => {
  it("spans every event and the publication, with room either side, in whole days", () => {
    const extent = timelineExtent(story);
    expect(extent).not.toBeNull();
    if (!extent) return;
    expect(extent.start).toBeLessThan(Date.UTC(2011, 0, 1));
    expect(extent.start).toBeGreaterThan(Date.UTC(2010, 9, 1));
    expect(extent.end).toBeGreaterThan(Date.UTC(2016, 6, 9));
    expect(extent.end).toBeLessThan(Date.UTC(2016, 9, 1));
    expect(extent.start % DAY_MS).toBe(0);
    expect(extent.end % DAY_MS).toBe(0);
  });

  it("pads a single day by at least a day, and is null when nothing is dated", () => {
    const file = JSON.parse(storyText);
    file.events = [file.events.find((event: { id: string }) => event.id === "detentions")];
    file.article.published = { precision: "day", start: "2016-06-26" };
    file.passages = file.passages.filter((passage: { id: string }) => file.events[0].passages.includes(passage.id));
    const single = load(JSON.stringify(file));
    expect(timelineExtent(single)).toEqual({ start: Date.UTC(2016, 5, 25), end: Date.UTC(2016, 5, 28) });
    expect(timelineExtent({ ...single, file: { ...single.file, article: null, events: [] } })).toBeNull();
  });
});

describe("rangePresets", () => {
  it("offers the week, month and year before publication, each holding events", () => {
    const presets = rangePresets(story);
    expect(presets.map((preset) => preset.label)).toEqual(["Week before publication", "Month before publication", "Year of publication (2016)"]);
    expect(presets[0]!.range).toEqual({ from: "2016-07-02", to: "2016-07-08" });
    expect(presets[1]!.range).toEqual({ from: "2016-06-09", to: "2016-07-08" });
    const extent = timelineExtent(story)!;
    expect(presets[2]!.range).toEqual({ from: "2016-01-01", to: dayOf(extent.end - DAY_MS) });
    for (const preset of presets) expect(eventsInRange(story.file.events, preset.range).length).toBeGreaterThan(0);
  });
});

describe("dayOf", () => {
  it("writes the UTC day", () => {
    expect(dayOf(Date.UTC(2016, 6, 7, 1, 36))).toBe("2016-07-07");
    expect(dayOf(Date.UTC(2016, 0, 1) - 1)).toBe("2015-12-31");
  });
});
