/**
 * The reader's range of days (`?from=`, `?to=`, the timeline's filter): small, so the first view can
 * read it from the URL without the timeline's code, which loads only when a range is set.
 */
import { parseDay } from "./dates";

/** A hostile URL can carry a very long value; problems show its start. */
const LONGEST_SHOWN = 40;

/** Days chosen by the reader, `YYYY-MM-DD`, both inclusive; null leaves that side open. */
export interface DayRange {
  from: string | null;
  to: string | null;
}

/** No limit on either side: every event is in it. */
export const OPEN_RANGE: DayRange = Object.freeze({ from: null, to: null });

/**
 * Whether a range has no limit on either side, so nothing should be narrowed by it.
 * @param range - the reader's range
 * @returns true when both ends are open
 * @example isOpenRange({ from: null, to: null }) // true
 */
export function isOpenRange(range: DayRange): boolean {
  return range.from === null && range.to === null;
}

/**
 * Reads `?from=` and `?to=`. A value that is not a real day is ignored with a sentence naming it;
 * when both are days but `from` is after `to`, both are ignored, since which one is wrong cannot
 * be told. An empty value means the side is open.
 * @param from - the raw value of `?from=`, or null when absent
 * @param to - the raw value of `?to=`, or null when absent
 * @returns the usable range (open where a value was missing or ignored) and one sentence per problem
 * @example parseDayRange("2016-13-01", "2016-06-30") // { range: { from: null, to: "2016-06-30" }, problems: ["?from=2016-13-01 was ignored: there is no such day in the calendar"] }
 */
export function parseDayRange(from: string | null, to: string | null): { range: DayRange; problems: string[] } {
  const problems: string[] = [];
  const read = (name: "from" | "to", value: string | null): string | null => {
    if (value === null || value.trim() === "") return null;
    const text = value.trim();
    if (parseDay(text) !== null) return text;
    const why = /^\d{4}-\d{2}-\d{2}$/.test(text)
      ? "there is no such day in the calendar"
      : "a day is written YYYY-MM-DD, such as 2016-06-05";
    problems.push(`?${name}=${shorten(value)} was ignored: ${why}`);
    return null;
  };
  const range = { from: read("from", from), to: read("to", to) };
  if (range.from !== null && range.to !== null && range.from > range.to) {
    problems.push(`?from=${range.from} is after ?to=${range.to}, so both were ignored`);
    return { range: { from: null, to: null }, problems };
  }
  return { range, problems };
}

function shorten(text: string): string {
  return text.length > LONGEST_SHOWN ? `${text.slice(0, LONGEST_SHOWN - 1)}…` : text;
}
