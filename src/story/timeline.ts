import { parseDay } from "./dates";
import type { DayRange } from "./dayRange";
import type { Story } from "./model";
import type { DateSpecData, EventData } from "./schema";

/**
 * A stretch of time in UTC milliseconds. `end` is exclusive: a day runs from its 00:00 to the next
 * day's 00:00. An instant (a `minute` date) has `end === start`.
 */
export interface Interval {
  start: number;
  end: number;
}

export const DAY_MS = 86_400_000;
const MINUTE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|([+-])(\d{2}):(\d{2}))$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;
/** Room left around the events so the first and last are not on the very edge of date pickers. */
const EXTENT_PADDING_SHARE = 0.02;

/** Midnight UTC of a calendar day; months and days past their end roll over, as Date does. */
function utcMidnight(year: number, monthIndex: number, day: number): number {
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/**
 * The stretch of time a date covers, at its own precision: a minute is an instant (its UTC time),
 * a day is the whole day, a week or a range runs from its first day's 00:00 to its last day's
 * 24:00, a month or a year is the whole month or year. An `approximate` date is not widened: the
 * story already gives its best estimate, and widening would make "about" mean a guessed margin.
 * @param date - a date that passed `checkDate` (every date in a loaded story has)
 * @returns start and exclusive end in UTC milliseconds
 * @throws RangeError for a date that does not fit its precision, which a loaded story never has
 * @example eventInterval({ precision: "day", start: "2016-06-26" }) // { start: Date.UTC(2016, 5, 26), end: Date.UTC(2016, 5, 27) }
 */
export function eventInterval(date: DateSpecData): Interval {
  const unreadable = () => new RangeError(`${date.precision} date ${JSON.stringify(date.start)} cannot be read`);
  switch (date.precision) {
    case "minute": {
      const match = MINUTE.exec(date.start);
      const day = match ? parseDay(match[1] ?? "") : null;
      if (!match || day === null) throw unreadable();
      const sign = match[6] === "-" ? -1 : 1;
      const offsetMinutes = match[5] === "Z" ? 0 : sign * (Number(match[7]) * 60 + Number(match[8]));
      const instant = day + ((Number(match[2]) * 60 + Number(match[3]) - offsetMinutes) * 60 + Number(match[4] ?? 0)) * 1000;
      return { start: instant, end: instant };
    }
    case "day": {
      const day = parseDay(date.start);
      if (day === null) throw unreadable();
      return { start: day, end: day + DAY_MS };
    }
    case "week":
    case "range": {
      const first = parseDay(date.start);
      const last = parseDay(date.end ?? date.start);
      if (first === null || last === null || last < first) throw unreadable();
      return { start: first, end: last + DAY_MS };
    }
    case "month": {
      const match = MONTH.exec(date.start);
      if (!match) throw unreadable();
      const [year, month] = [Number(match[1]), Number(match[2])];
      return { start: utcMidnight(year, month - 1, 1), end: utcMidnight(year, month, 1) };
    }
    case "year": {
      if (!YEAR.test(date.start)) throw unreadable();
      const year = Number(date.start);
      return { start: utcMidnight(year, 0, 1), end: utcMidnight(year + 1, 0, 1) };
    }
  }
}

/**
 * The span a timeline of the story shows: every event and the publication date, with a little
 * room either side (2% of the span, at least a day), in whole UTC days.
 * @param story - a loaded story
 * @returns start and exclusive end in UTC milliseconds, or null when nothing in it is dated
 * @example timelineExtent(aktobe) // from late November 2010 to mid-August 2016
 */
export function timelineExtent(story: Story): Interval | null {
  const intervals = story.file.events.map((event) => eventInterval(event.date));
  if (story.file.article) intervals.push(eventInterval(story.file.article.published));
  if (intervals.length === 0) return null;
  const start = Math.min(...intervals.map((interval) => interval.start));
  const end = Math.max(...intervals.map((interval) => interval.end));
  const padding = Math.max(DAY_MS, (end - start) * EXTENT_PADDING_SHARE);
  return {
    start: Math.floor((start - padding) / DAY_MS) * DAY_MS,
    end: Math.ceil((end + padding) / DAY_MS) * DAY_MS,
  };
}

/**
 * The UTC day a moment falls on.
 * @param time - UTC milliseconds
 * @returns the day as `YYYY-MM-DD`, the form `<input type="date">` and `?from=` use
 * @example dayOf(Date.UTC(2016, 6, 7, 1, 36)) // "2016-07-07"
 */
export function dayOf(time: number): string {
  const date = new Date(time);
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  return `${year}-${String(date.getUTCMonth() + 1).padStart(2, "0")}-${String(date.getUTCDate()).padStart(2, "0")}`;
}

/** The range as an interval; an end that is open, or not a real day, does not limit it. */
function rangeInterval(range: DayRange): Interval {
  const from = range.from === null ? null : parseDay(range.from);
  const to = range.to === null ? null : parseDay(range.to);
  return { start: from ?? -Infinity, end: to === null ? Infinity : to + DAY_MS };
}

/**
 * Whether a date overlaps a range of days: any part of it falls on one of the range's days.
 * @param date - a checked date
 * @param range - the reader's days, inclusive
 * @returns true when they share any moment (an instant counts on the UTC day it falls on)
 * @example dateInRange({ precision: "week", start: "2016-07-01", end: "2016-07-07" }, { from: "2016-07-07", to: null }) // true
 */
export function dateInRange(date: DateSpecData, range: DayRange): boolean {
  const event = eventInterval(date);
  const days = rangeInterval(range);
  // An instant has no length, so it overlaps when it lies inside; a span when the two cross.
  return event.start < days.end && (event.end > days.start || event.start >= days.start);
}

/**
 * The events that happened, at least partly, within a range of days.
 * @param events - events of a loaded story
 * @param range - the reader's days, inclusive; null ends are open
 * @returns those events, in their original order
 * @example eventsInRange(story.file.events, { from: "2016-06-01", to: "2016-06-30" }) // the Aktobe attacks, the detentions, ...
 */
export function eventsInRange(events: readonly EventData[], range: DayRange): EventData[] {
  return events.filter((event) => dateInRange(event.date, range));
}

/**
 * The places where at least one event of a range happened, so the map and lists can narrow to
 * them. With an open range this is every place that has an event; callers that want "no filter"
 * should check `isOpenRange` (dayRange.ts) first.
 * @param story - a loaded story
 * @param range - the reader's days, inclusive
 * @returns place ids in the story's place order (only places the story has)
 * @example placesWithEventsInRange(aktobe, { from: "2016-07-07", to: "2016-07-07" }) // ["astana", "baikonur", "gagarins-start"]
 */
export function placesWithEventsInRange(story: Story, range: DayRange): string[] {
  const ids = new Set(eventsInRange(story.file.events, range).flatMap((event) => event.places));
  return story.places.filter((place) => ids.has(place.id)).map((place) => place.id);
}

/** A ready-made range the reader can pick with one click. */
export interface RangePreset {
  label: string;
  range: DayRange;
}

/**
 * Ranges worth one click, counted back from the article's publication: its week, its month and
 * its year. Each is clipped to the timeline's extent so the date pickers can show it; a preset
 * that would hold no event is left out, as is a repeat of an earlier one.
 * @param story - a loaded story
 * @returns presets in growing order; empty for a story without an article
 * @example rangePresets(aktobe)[0] // { label: "Week before publication", range: { from: "2016-07-02", to: "2016-07-08" } }
 */
export function rangePresets(story: Story): RangePreset[] {
  const article = story.file.article;
  const extent = timelineExtent(story);
  if (!article || !extent) return [];
  const published = eventInterval(article.published);
  const lastDay = Math.floor((published.end - 1) / DAY_MS) * DAY_MS;
  const last = new Date(lastDay);
  const candidates: RangePreset[] = [
    { label: "Week before publication", range: { from: dayOf(lastDay - 6 * DAY_MS), to: dayOf(lastDay) } },
    {
      label: "Month before publication",
      range: { from: dayOf(utcMidnight(last.getUTCFullYear(), last.getUTCMonth() - 1, last.getUTCDate() + 1)), to: dayOf(lastDay) },
    },
    {
      label: `Year of publication (${last.getUTCFullYear()})`,
      range: { from: dayOf(utcMidnight(last.getUTCFullYear(), 0, 1)), to: dayOf(utcMidnight(last.getUTCFullYear() + 1, 0, 0)) },
    },
  ];
  const [firstDay, finalDay] = [dayOf(extent.start), dayOf(extent.end - DAY_MS)];
  const presets: RangePreset[] = [];
  for (const candidate of candidates) {
    const range = {
      from: candidate.range.from !== null && candidate.range.from < firstDay ? firstDay : candidate.range.from,
      to: candidate.range.to !== null && candidate.range.to > finalDay ? finalDay : candidate.range.to,
    };
    const repeat = presets.some((preset) => preset.range.from === range.from && preset.range.to === range.to);
    if (!repeat && eventsInRange(story.file.events, range).length > 0) presets.push({ label: candidate.label, range });
  }
  return presets;
}
