import { DAY, MINUTE, parseDay } from "./dates";
import type { DateSpecData } from "./schema";

const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;
const DAY_MS = 86_400_000;
/** A week's end is its last day, so a week ends at most six days after it starts. */
const LONGEST_WEEK_DAYS = 7;
const EARLIEST_OFFSET_MINUTES = -12 * 60;
const LATEST_OFFSET_MINUTES = 14 * 60;

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
    minute: "a time and its UTC offset, such as 2016-07-07T07:36+06:00",
    day: "a day such as 2016-06-05",
    week: "a day such as 2016-06-30",
    range: "a day such as 2016-06-05",
    month: "a month such as 2016-06",
    year: "a year such as 2016",
  }[date.precision];
  const startProblem = problemWithStart(date);
  if (startProblem === "form") {
    problems.push({ field: "start", message: `a ${date.precision} date must start with ${startForm}` });
  } else if (startProblem) {
    problems.push({ field: "start", message: startProblem });
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
    if (end === null) {
      problems.push({ field: "end", message: DAY.test(date.end) ? "there is no such day in the calendar" : "the end must be a day such as 2016-07-07" });
    }
    else if (start !== null && end < start) problems.push({ field: "end", message: "the end must not be before the start" });
    else if (start !== null && date.precision === "week" && (end - start) / DAY_MS + 1 > LONGEST_WEEK_DAYS) {
      problems.push({ field: "end", message: "a week spans at most 7 days; use precision \"range\" for longer" });
    }
  }
  return problems;
}

/** "form" when the start is not written as its precision needs, a sentence when it is but cannot be. */
function problemWithStart(date: DateSpecData): "form" | string | null {
  switch (date.precision) {
    case "minute": {
      const match = MINUTE.exec(date.start);
      if (!match) return "form";
      if (parseDay(match[1] ?? "") === null) return "there is no such day in the calendar";
      if (Number(match[2]) > 23 || Number(match[3]) > 59 || Number(match[4] ?? 0) > 59) return "there is no such time of day";
      const offset = match[5] ?? "Z";
      const offsetMinutes = offset === "Z" ? 0 : (offset.startsWith("-") ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
      if (Number(offset.slice(4, 6)) > 59 || offsetMinutes < EARLIEST_OFFSET_MINUTES || offsetMinutes > LATEST_OFFSET_MINUTES) {
        return "a UTC offset must be between -12:00 and +14:00";
      }
      return null;
    }
    case "day":
    case "week":
    case "range":
      if (!DAY.test(date.start)) return "form";
      return parseDay(date.start) === null ? "there is no such day in the calendar" : null;
    case "month": {
      const match = MONTH.exec(date.start);
      return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12 ? null : "form";
    }
    case "year":
      return YEAR.test(date.start) ? null : "form";
  }
}
