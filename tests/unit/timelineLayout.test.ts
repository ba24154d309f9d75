import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseStory } from "../../src/story/parseStory";
import { DAY_MS, eventInterval } from "../../src/story/timeline";
import { layoutTimeline, type TimelineInput, type TimelineLayout } from "../../src/story/timelineLayout";

const result = parseStory(readFileSync(join(process.cwd(), "geodata/aktobe-2016/story.json"), "utf8"));
if (!result.ok) throw new Error("the Aktobe story does not load");
const story = result.story;
const inputs: TimelineInput[] = story.file.events.map((event) => ({ id: event.id, interval: eventInterval(event.date), label: event.title }));
const published = eventInterval(story.file.article!.published);

/** A desktop track and a phone track (390 px screen less the panel's padding). */
const WIDTHS = [1200, 358] as const;

function markerCentre(layout: TimelineLayout, id: string, trackPx: number): number {
  const item = layout.items.find((each) => each.id === id)!;
  const left = (item.box.left / 100) * trackPx;
  const box = (item.box.width / 100) * trackPx;
  return left + ((item.marker.left + item.marker.width / 2) / 100) * box;
}

describe.each(WIDTHS)("the Aktobe timeline at %i px", (trackPx) => {
  const layout = layoutTimeline(inputs, published, { trackPx });

  it("breaks the axis at the long empty years: 2011, 2014, 2015 and April-July 2016", () => {
    expect(layout.segments).toHaveLength(4);
    expect(layout.breaks).toHaveLength(3);
    const last = layout.segments[3]!;
    expect(last.start).toBeLessThanOrEqual(Date.UTC(2016, 3, 24));
    expect(last.end).toBeGreaterThanOrEqual(Date.UTC(2016, 6, 9));
    // The weeks the story is about get most of the track.
    expect(last.width).toBeGreaterThan(trackPx > 1000 ? 80 : 55);
    const total = layout.segments.reduce((sum, each) => sum + each.width, 0) + layout.breaks.reduce((sum, each) => sum + each.width, 0);
    expect(total).toBeCloseTo(100, 1);
  });

  it("keeps every item inside the track, and no two items of a row overlapping", () => {
    for (const item of layout.items) {
      expect(item.box.left).toBeGreaterThanOrEqual(0);
      expect(item.box.left + item.box.width).toBeLessThanOrEqual(100.001);
      expect(item.label.width).toBeGreaterThan(0);
    }
    for (let row = 0; row < layout.rows; row += 1) {
      const boxes = layout.items.filter((item) => item.row === row).map((item) => item.box).sort((a, b) => a.left - b.left);
      for (let index = 1; index < boxes.length; index += 1) {
        expect(boxes[index]!.left).toBeGreaterThanOrEqual(boxes[index - 1]!.left + boxes[index - 1]!.width);
      }
    }
  });

  it("gives labels their estimated width, or on a phone all the room on the roomier side of the marker", () => {
    for (const item of layout.items) {
      const boxPx = (item.box.width / 100) * trackPx;
      const boxLeftPx = (item.box.left / 100) * trackPx;
      const labelPx = (item.label.width / 100) * boxPx;
      const markerFrom = boxLeftPx + (item.marker.left / 100) * boxPx;
      const markerTo = markerFrom + (item.marker.width / 100) * boxPx;
      const room = Math.max(markerFrom, trackPx - markerTo) - 4;
      const wanted = inputs.find((input) => input.id === item.id)!.label.length * 0.8125 * 0.64 * 16;
      if (trackPx > 1000) expect(labelPx).toBeGreaterThanOrEqual(wanted);
      else expect(labelPx).toBeGreaterThanOrEqual(Math.min(wanted, room) - 0.01);
    }
  });

  it("keeps the June events apart and in time order", () => {
    const order = layout.items.map((item) => item.id);
    expect(order).toEqual(["aslan-emigrates", "tenge-devaluation", "tenge-float", "land-reform-protests", "aktobe-attacks", "nazarbayev-address", "rosenblum-testimony", "detentions", "delegation-meeting", "soyuz-ms-01"]);
    const centres = order.map((id) => markerCentre(layout, id, trackPx));
    for (let index = 1; index < centres.length; index += 1) expect(centres[index]).toBeGreaterThan(centres[index - 1]!);
    // 9 June to 26 June: 17 days must be clearly apart even on a phone.
    expect(markerCentre(layout, "detentions", trackPx) - markerCentre(layout, "rosenblum-testimony", trackPx)).toBeGreaterThan(trackPx > 1000 ? 150 : 35);
  });

  it("draws days and moments as dots and longer dates as bars", () => {
    const kind = (id: string) => layout.items.find((item) => item.id === id)!.kind;
    expect(kind("detentions")).toBe("dot");
    expect(kind("soyuz-ms-01")).toBe("dot");
    expect(kind("aktobe-attacks")).toBe("bar");
    expect(kind("delegation-meeting")).toBe("bar");
    expect(kind("aslan-emigrates")).toBe("bar");
  });

  it("spans a bar over its days: the attacks run 5 to 10 June, the meeting 1 to 7 July", () => {
    const attacks = layout.items.find((item) => item.id === "aktobe-attacks")!;
    const meeting = layout.items.find((item) => item.id === "delegation-meeting")!;
    const widthPx = (item: typeof attacks) => (item.marker.width / 100) * (item.box.width / 100) * trackPx;
    expect(widthPx(attacks) / widthPx(meeting)).toBeCloseTo(6 / 7, 1);
  });

  it("labels the axis without overlap, with 2016's months", () => {
    const labels = layout.ticks.map((tick) => tick.label);
    expect(labels).toEqual(expect.arrayContaining(["2011", "2014", "2015", "May 2016", "Jun", "Jul"]));
    for (let index = 1; index < layout.ticks.length; index += 1) {
      const previous = layout.ticks[index - 1]!;
      expect(layout.ticks[index]!.left).toBeGreaterThan(previous.left + ((previous.label.length * 0.75 * 0.56 * 16) / trackPx) * 100);
    }
    for (const tick of layout.ticks) expect(tick.left + ((tick.label.length * 0.75 * 0.56 * 16) / trackPx) * 100).toBeLessThanOrEqual(100.001);
  });

  it("marks the publication near the right end, its label reading leftwards", () => {
    expect(layout.published).not.toBeNull();
    expect(layout.published!.left).toBeGreaterThan(90);
    expect(layout.published!.side).toBe("end");
    expect(layout.published!.left + layout.published!.width).toBeLessThanOrEqual(100);
  });
});

describe("layoutTimeline in general", () => {
  const day = (text: string) => Date.parse(`${text}T00:00Z`);
  const input = (id: string, start: string, days = 1): TimelineInput => ({ id, interval: { start: day(start), end: day(start) + days * DAY_MS }, label: id });

  it("keeps one linear axis when events are not far apart", () => {
    const layout = layoutTimeline([input("a", "2016-06-01"), input("b", "2016-06-15"), input("c", "2016-07-20")], null, { trackPx: 800 });
    expect(layout.segments).toHaveLength(1);
    expect(layout.breaks).toEqual([]);
    expect(layout.published).toBeNull();
    expect(layout.rows).toBe(1);
  });

  it("stacks items whose labels would collide into new rows", () => {
    const layout = layoutTimeline([input("first-long-label", "2016-06-01"), input("second-long-label", "2016-06-02"), input("far", "2016-06-30")], null, { trackPx: 400 });
    expect(layout.items.map((item) => item.row)).toEqual([0, 1, 0]);
    expect(layout.rows).toBe(2);
  });

  it("puts a label left of its marker near the right end", () => {
    const layout = layoutTimeline([input("a", "2016-06-01"), input("a-label-that-is-long", "2016-06-30")], null, { trackPx: 400 });
    const last = layout.items[1]!;
    expect(last.label.side).toBe("end");
    expect(last.label.left).toBe(0);
    expect(last.marker.left + last.marker.width).toBeCloseTo(100, 1);
  });

  it("scales with the reader's font size", () => {
    const small = layoutTimeline([input("label", "2016-06-01"), input("other", "2016-06-30")], null, { trackPx: 600 });
    const large = layoutTimeline([input("label", "2016-06-01"), input("other", "2016-06-30")], null, { trackPx: 600, remPx: 32 });
    expect(large.items[0]!.box.width).toBeGreaterThan(small.items[0]!.box.width * 1.8);
  });

  it("lays out nothing for nothing", () => {
    expect(layoutTimeline([], null, { trackPx: 500 })).toEqual({ segments: [], breaks: [], ticks: [], items: [], rows: 0, published: null });
  });
});
