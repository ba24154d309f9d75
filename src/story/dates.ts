import type { DateSpecData } from "./schema";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const MINUTE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;
const LONGEST_WEEK_DAYS = 7;

/** A calendar day as UTC milliseconds at midnight, or null when the text is not a real date. */
export function parseDay(text: string): number | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  // Date.UTC rolls 31 June over to 1 July; a real date survives the round trip.
  return back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? time : null;
}

/**
 * Checks that a date's text matches its precision.
 * @param date - the date as written in a story file
 * @returns a list of problems as sentences, each with the field it concerns; empty when valid
 * @example checkDate({ precision: "day", start: "2016-06-31" }) // [{ field: "start", ... }]
 */
export function checkDate(date: DateSpecData): Array<{ field: "start" | "end"; message: string }> {
  const problems: Array<{ field: "start" | "end"; message: string }> = [];
  const needsEnd = date.precision === "week" || date.precision === "range";
  const startForm = {
    minute: "a time such as 2016-07-07T07:36+06:00",
    day: "a day such as 2016-06-05",
    week: "a day such as 2016-06-30",
    range: "a day such as 2016-06-05",
    month: "a month such as 2016-06",
    year: "a year such as 2016",
  }[date.precision];
  if (!isValidStart(date)) {
    problems.push({ field: "start", message: `a ${date.precision} date must start with ${startForm}` });
  }
  if (needsEnd && date.end === undefined) {
    problems.push({ field: "end", message: `a ${date.precision} date needs an end day` });
  }
  if (!needsEnd && date.end !== undefined) {
    problems.push({ field: "end", message: `a ${date.precision} date has no end; use precision "range" for a span` });
  }
  if (needsEnd && date.end !== undefined) {
    const start = parseDay(date.start);
    const end = parseDay(date.end);
    if (end === null) problems.push({ field: "end", message: "the end must be a day such as 2016-07-07" });
    else if (start !== null && end < start) problems.push({ field: "end", message: "the end must not be before the start" });
    else if (start !== null && date.precision === "week" && (end - start) / DAY_MS > LONGEST_WEEK_DAYS) {
      problems.push({ field: "end", message: "a week spans at most 7 days; use precision \"range\" for longer" });
    }
  }
  return problems;
}

function isValidStart(date: DateSpecData): boolean {
  switch (date.precision) {
    case "minute": {
      const match = MINUTE.exec(date.start);
      return match !== null && parseDay(match[1] ?? "") !== null && Number(match[2]) < 24 && Number(match[3]) < 60;
    }
    case "day":
    case "week":
    case "range":
      return parseDay(date.start) !== null;
    case "month": {
      const match = MONTH.exec(date.start);
      return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
    }
    case "year":
      return YEAR.test(date.start);
  }
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const dayMonthFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

function formatSpan(startText: string, endText: string): string {
  const start = parseDay(startText) ?? 0;
  const end = parseDay(endText) ?? 0;
  if (start === end) return dayFormat.format(start);
  const sameYear = new Date(start).getUTCFullYear() === new Date(end).getUTCFullYear();
  const sameMonth = sameYear && new Date(start).getUTCMonth() === new Date(end).getUTCMonth();
  if (sameMonth) return `${new Date(start).getUTCDate()}–${dayFormat.format(end)}`;
  return `${(sameYear ? dayMonthFormat : dayFormat).format(start)} – ${dayFormat.format(end)}`;
}

function formatMinute(text: string): string {
  const match = MINUTE.exec(text);
  if (!match) return text;
  const [, day, hours, minutes, , offset] = match;
  const local = `${dayFormat.format(parseDay(day ?? "") ?? 0)}, ${hours}:${minutes}`;
  if (offset === "Z") return `${local} UTC`;
  const utc = new Date(text);
  const utcTime = `${String(utc.getUTCHours()).padStart(2, "0")}:${String(utc.getUTCMinutes()).padStart(2, "0")}`;
  const utcDay = utc.toISOString().slice(0, 10) === day ? "" : `${dayFormat.format(parseDay(utc.toISOString().slice(0, 10)) ?? 0)}, `;
  return `${local} local time (UTC${offset}; ${utcDay}${utcTime} UTC)`;
}

/**
 * Writes a date the way a reader expects at its precision: a minute with its local time and UTC,
 * a week or a range as a span, a month or a year alone.
 * @param date - a date that passed {@link checkDate}
 * @returns English text, e.g. "5–10 June 2016" or "about 2011"
 * @example formatDate({ precision: "month", start: "2016-06" }) // "June 2016"
 */
export function formatDate(date: DateSpecData): string {
  const text = ((): string => {
    switch (date.precision) {
      case "minute":
        return formatMinute(date.start);
      case "day":
        return dayFormat.format(parseDay(date.start) ?? 0);
      case "week":
        return `the week of ${formatSpan(date.start, date.end ?? date.start)}`;
      case "range":
        return formatSpan(date.start, date.end ?? date.start);
      case "month":
        return monthFormat.format(Date.UTC(Number(date.start.slice(0, 4)), Number(date.start.slice(5, 7)) - 1, 1));
      case "year":
        return date.start;
    }
  })();
  return date.approximate ? `about ${text}` : text;
}
