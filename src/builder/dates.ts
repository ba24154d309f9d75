/**
 * The dates a text gives, resolved against the publication date into the story file's terms.
 * chrono-node finds them; the rules here decide how exactly each is known, since a news article
 * says "last month" or "five years ago" far more often than it gives a day.
 */
import * as chrono from "chrono-node";
import type { DraftDate } from "./draft";
import type { Span } from "./sentences";

export interface FoundDate extends Span {
  date: DraftDate;
}

const DAY_MS = 86_400_000;
const pad = (value: number) => String(value).padStart(2, "0");
const dayText = (time: number) => new Date(time).toISOString().slice(0, 10);
const utcDay = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

// chrono reads a year alone only in a full date; "in 2014" and "since 2014" are common in news.
const parser = chrono.casual.clone();
parser.parsers.push({
  // The word before stays in the match: chrono drops a result that is digits alone.
  pattern: () => /\b(?:in|since|during|early|late|mid-?|of)\s+((?:1[6-9]|20)\d{2})\b(?![-–]\d)/i,
  extract: (_context, match) => ({ year: Number(match[1]) }),
});

/**
 * Words before a date that widen or blur it. "early June" is days 1 to 10, "mid-June" 11 to 20,
 * "late June" 21 to the end; "since 2014" runs to the publication date. `within the` only joins
 * the words as written ("within the past week").
 */
const QUALIFIER = /\b(early|mid-|mid|late|since|within the)\s*$/i;
const PART_OF_MONTH: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], "mid-": [11, 20], late: [21, 31] };
/** "the four-day rampage beginning June 5": a span of days that starts at the date. */
const DAYS_BEGINNING = /\b(?:the\s+)?(\w+)-day\b[^.!?;]{0,60}?\b(?:beginning|starting|that began|which began|from)\s+(?:on\s+)?$/i;
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** Month names that are also words: kept only where a date is likely, never lower-case. */
const MONTH_ONLY_BEFORE = /\b(?:in|on|since|during|until|till|by|before|after|from|through|early|mid-?|late|last|next|this|of|the|and|or|to|between)\s*$/i;

/** The unit a relative date counts in ("last month", "five years ago"), or null for a calendar date. */
function relativeUnit(text: string): "day" | "week" | "month" | "year" | null {
  const unit = /\b(day|week|month|year)s?\b/i.exec(text)?.[1]?.toLowerCase();
  if (unit === "day" || unit === "week" || unit === "month" || unit === "year") return unit;
  return /\b(yesterday|today|tonight|tomorrow)\b/i.test(text) ? "day" : null;
}

/**
 * Finds the dates in a text.
 * @param text - the article's body
 * @param published - its publication date, `YYYY-MM-DD`, or empty when unknown: then only dates
 *   that give their own year are kept, since "June 5" or "last month" cannot be placed in time
 * @returns each date with its span (the article's own words, as in `asWritten`), in text order
 * @example findDates("It began June 5.", "2016-07-07") // [{ start: 9, end: 15, date: { precision: "day", start: "2016-06-05", asWritten: "June 5" } }]
 */
export function findDates(text: string, published: string): FoundDate[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(published);
  const reference = match ? utcDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (published !== "" && (reference === null || dayText(reference) !== published)) {
    throw new Error(`the publication date “${published}” is not a day written YYYY-MM-DD`);
  }
  // Noon UTC, so no time zone can move the reference to another day.
  const instant = new Date((reference ?? Date.UTC(2000, 0, 1)) + DAY_MS / 2);
  return parser.parse(text, { instant, timezone: 0 }).flatMap((result) => {
    const found = resolveResult(text, result, reference);
    return found ? [found] : [];
  });
}

function resolveResult(text: string, result: chrono.ParsedResult, reference: number | null): FoundDate | null {
  const unit = relativeUnit(result.text);
  // "On Thursday" is written "Thursday": the preposition is not the date, unless it counts ("in four months").
  const lead = unit === null ? (/^(?:on|in|at|during|by|of|since|early|late|mid)[\s-]+/i.exec(result.text)?.[0].length ?? 0) : 0;
  let start = result.index + lead;
  // chrono sometimes takes the comma after the date ("on Thursday,").
  const end = result.index + result.text.replace(/[\s,;:]+$/, "").length;
  const words = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 80), start);
  const { start: first } = result;

  // "now" and times of day say nothing about when; "the day before" counts from another event.
  if (/^now$/i.test(words) || /\b(?:before|after|later|earlier)$/i.test(words)) return null;
  const hasDate = (["year", "month", "day", "weekday"] as const).some((part) => first.isCertain(part)) || unit !== null;
  if (!hasDate) return null;
  if (unit === null && !first.isCertain("year") && !first.isCertain("day") && !first.isCertain("weekday")) {
    // A month name alone: only capitalised and after a word that introduces dates ("the June attacks").
    if (!/^\p{Lu}/u.test(words) || !MONTH_ONLY_BEFORE.test(before)) return null;
  }
  if (reference === null && (unit !== null || !first.isCertain("year"))) return null;

  let date = dateOf(result, unit, words, before, reference);
  // chrono takes the year nearest publication, so "in January" in a July article would be next year's: news tells of the past.
  if (unit === null && reference !== null && !first.isCertain("year") && Date.parse(date.start) > reference + WEEK_MS) date = yearEarlier(date);
  // "five years ago" and "in four months" count from a day the article does not give; "last month" does not.
  if (unit !== null && unit !== "day" && /\bago\b|^in\s/i.test(words)) date = { ...date, approximate: true };

  const qualifier = QUALIFIER.exec(before);
  if (qualifier) {
    const word = (qualifier[1] ?? "").toLowerCase();
    start -= qualifier[0].length;
    date = qualify(date, word, reference);
  } else {
    const span = DAYS_BEGINNING.exec(before);
    const days = span ? (NUMBERS[(span[1] ?? "").toLowerCase()] ?? Number(span[1])) : NaN;
    if (span && date.precision === "day" && Number.isInteger(days) && days > 1 && days < 100) {
      start -= span[0].length;
      const from = Date.parse(date.start);
      date = { precision: "range", start: date.start, end: dayText(from + (days - 1) * DAY_MS) };
    }
  }
  return { start, end, date: { ...date, asWritten: text.slice(start, end) } };
}

const WEEK_MS = 7 * DAY_MS;

/** The same date a year before. */
function yearEarlier(date: Omit<DraftDate, "asWritten">): Omit<DraftDate, "asWritten"> {
  const back = (text: string) => `${Number(text.slice(0, 4)) - 1}${text.slice(4)}`;
  return { ...date, start: back(date.start), ...(date.end === undefined ? {} : { end: back(date.end) }) };
}

/** The date at the precision its words give: the unit a relative date counts in, else what chrono knows rather than guessed. */
function dateOf(result: chrono.ParsedResult, unit: ReturnType<typeof relativeUnit>, words: string, before: string, reference: number | null): Omit<DraftDate, "asWritten"> {
  const { start: first } = result;
  const year = first.get("year") ?? 0;
  const month = first.get("month") ?? 1;
  const day = first.get("day") ?? 1;
  // "from Monday to Wednesday" names no month or day: read as its first day, not a whole month.
  const named = (part: chrono.ParsedComponents) => part.isCertain("day") || part.isCertain("month");
  if (result.end && named(first) && named(result.end)) return rangeOf(result);
  if (reference !== null && /\b(?:past|last)\b.*\b(?:days|weeks|months|years)\b/i.test(words)) {
    // "the past two weeks" runs up to publication; a week is at most seven days.
    return { precision: "range", start: dayText(utcDay(year, month, day)), end: dayText(reference) };
  }
  if (unit === "week") {
    const weekStart = utcDay(year, month, day);
    return { precision: "week", start: dayText(weekStart), end: dayText(weekStart + 6 * DAY_MS), approximate: true };
  }
  const dayKnown = first.isCertain("day") || first.isCertain("weekday");
  if (unit === "month" || (unit === null && !dayKnown && first.isCertain("month"))) return { precision: "month", start: `${year}-${pad(month)}` };
  if (unit === "year" || (unit === null && !dayKnown)) return { precision: "year", start: String(year) };
  if (unit === null && !first.isCertain("day") && reference !== null && !/\bnext\s*$/i.test(before) && !/\bnext\b/i.test(words)) {
    // A weekday alone in news is the latest one on or before publication: "Thursday" is this week's.
    const back = (new Date(reference).getUTCDay() - (first.get("weekday") ?? 0) + 7) % 7;
    return { precision: "day", start: dayText(reference - back * DAY_MS) };
  }
  return { precision: "day", start: `${year}-${pad(month)}-${pad(day)}` };
}

/** "June 5 to June 9", "June to August": from the first day of one to the last day of the other. */
function rangeOf(result: chrono.ParsedResult): Omit<DraftDate, "asWritten"> {
  const ends = result.end!;
  const from = utcDay(result.start.get("year") ?? 0, result.start.get("month") ?? 1, result.start.isCertain("day") ? (result.start.get("day") ?? 1) : 1);
  const toYear = ends.get("year") ?? 0;
  const toMonth = ends.get("month") ?? 12;
  const to = utcDay(toYear, toMonth, ends.isCertain("day") ? (ends.get("day") ?? 1) : lastDayOf(toYear, toMonth));
  return to >= from ? { precision: "range", start: dayText(from), end: dayText(to) } : { precision: "day", start: dayText(from) };
}

/** Applies a qualifier's meaning: a part of a month or a year is an estimate, the article gave none closer. */
function qualify(date: Omit<DraftDate, "asWritten">, word: string, reference: number | null): Omit<DraftDate, "asWritten"> {
  const part = PART_OF_MONTH[word];
  if (part && date.precision === "month") {
    const [year, month] = date.start.split("-").map(Number) as [number, number];
    const last = Math.min(part[1], lastDayOf(year, month));
    return { precision: "range", start: `${date.start}-${pad(part[0])}`, end: `${date.start}-${pad(last)}`, approximate: true };
  }
  if (word === "since" && reference !== null) {
    const first = date.precision === "year" ? `${date.start}-01-01` : date.precision === "month" ? `${date.start}-01` : date.start;
    if (Date.parse(first) <= reference) return { precision: "range", start: first, end: dayText(reference), approximate: true };
  }
  // "early 2016", and "since 2014" with no publication date to end at, are only blurred.
  return (part && date.precision === "year") || word === "since" ? { ...date, approximate: true } : date;
}
