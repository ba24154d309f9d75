import type { DateSpecData } from "./schema";

/** A day, and a minute with its UTC offset, as story files and URLs write them. */
export const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MINUTE = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/** A calendar day as UTC milliseconds at midnight, or null when the text is not a real date. */
export function parseDay(text: string): number | null {
  const match = DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  const back = new Date(0);
  back.setUTCFullYear(year, month - 1, day);
  // Dates roll 31 June over to 1 July; a real date survives the round trip.
  return back.getUTCMonth() === month - 1 && back.getUTCDate() === day ? back.getTime() : null;
}

// Written out rather than with Intl.DateTimeFormat, whose first use loads the browser's locale
// data: about 18 ms on the page's first script, before the map can start.
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const monthName = (time: number): string => MONTHS[new Date(time).getUTCMonth()] ?? "";
const dayFormat = { format: (time: number) => `${new Date(time).getUTCDate()} ${monthName(time)} ${new Date(time).getUTCFullYear()}` };
const monthFormat = { format: (time: number) => `${monthName(time)} ${new Date(time).getUTCFullYear()}` };
const dayMonthFormat = { format: (time: number) => `${new Date(time).getUTCDate()} ${monthName(time)}` };

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
 * @param date - a date that passed `checkDate` (checkDate.ts)
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
        return monthFormat.format(parseDay(`${date.start}-01`) ?? 0);
      case "year":
        return date.start;
    }
  })();
  return date.approximate ? `about ${text}` : text;
}
