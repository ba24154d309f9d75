import { describe, expect, it } from "vitest";
import { checkDate } from "../../src/story/checkDate";
import { formatDate, parseDay } from "../../src/story/dates";

describe("parseDay", () => {
  it("reads real days and refuses impossible ones", () => {
    expect(parseDay("2016-06-05")).toBe(Date.UTC(2016, 5, 5));
    expect(parseDay("2016-06-31")).toBeNull();
    expect(parseDay("2016-02-29")).toBe(Date.UTC(2016, 1, 29));
    expect(parseDay("2015-02-29")).toBeNull();
    expect(parseDay("5 June 2016")).toBeNull();
  });
});

describe("checkDate", () => {
  it("accepts each precision in its own form", () => {
    expect(checkDate({ precision: "minute", start: "2016-07-07T07:36+06:00" })).toEqual([]);
    expect(checkDate({ precision: "day", start: "2016-06-05" })).toEqual([]);
    expect(checkDate({ precision: "week", start: "2016-07-01", end: "2016-07-07" })).toEqual([]);
    expect(checkDate({ precision: "week", start: "2016-06-30", end: "2016-07-07" })[0]?.message).toContain("at most 7 days");
    expect(checkDate({ precision: "month", start: "2016-06" })).toEqual([]);
    expect(checkDate({ precision: "year", start: "2011" })).toEqual([]);
    expect(checkDate({ precision: "range", start: "2016-04-24", end: "2016-05-21" })).toEqual([]);
  });

  it("says which field contradicts the precision, and why", () => {
    expect(checkDate({ precision: "day", start: "2016-06" })).toEqual([
      { field: "start", message: "a day date must start with a day such as 2016-06-05" },
    ]);
    expect(checkDate({ precision: "minute", start: "2016-07-07T25:00Z" })[0]?.field).toBe("start");
    expect(checkDate({ precision: "minute", start: "2016-07-07T07:36" })[0]?.message).toContain("2016-07-07T07:36+06:00");
    expect(checkDate({ precision: "range", start: "2016-06-05" })).toEqual([{ field: "end", message: "a range date needs an end day" }]);
    expect(checkDate({ precision: "range", start: "2016-06-05", end: "2016-06-01" })[0]?.message).toBe("the end must not be before the start");
    expect(checkDate({ precision: "week", start: "2016-06-01", end: "2016-06-20" })[0]?.message).toContain("at most 7 days");
    expect(checkDate({ precision: "day", start: "2016-06-05", end: "2016-06-06" })[0]?.field).toBe("end");
    expect(checkDate({ precision: "month", start: "2016-13" })[0]?.field).toBe("start");
  });
});

describe("formatDate", () => {
  it("shows each date at its precision", () => {
    expect(formatDate({ precision: "day", start: "2016-06-09" })).toBe("9 June 2016");
    expect(formatDate({ precision: "month", start: "2016-06" })).toBe("June 2016");
    expect(formatDate({ precision: "year", start: "2011", approximate: true })).toBe("about 2011");
    expect(formatDate({ precision: "range", start: "2016-06-05", end: "2016-06-10" })).toBe("5–10 June 2016");
    expect(formatDate({ precision: "range", start: "2016-04-24", end: "2016-05-21" })).toBe("24 April – 21 May 2016");
    expect(formatDate({ precision: "range", start: "2015-12-30", end: "2016-01-02" })).toBe("30 December 2015 – 2 January 2016");
    expect(formatDate({ precision: "week", start: "2016-07-01", end: "2016-07-07" })).toBe("the week of 1–7 July 2016");
  });

  it("writes days and months as the browser's English (en-GB) calendar does, without loading it", () => {
    const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    const month = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
    for (let time = Date.UTC(1890, 0, 1); time < Date.UTC(2110, 0, 1); time += 37 * 86_400_000) {
      const iso = new Date(time).toISOString().slice(0, 10);
      expect(formatDate({ precision: "day", start: iso })).toBe(day.format(time));
      expect(formatDate({ precision: "month", start: iso.slice(0, 7) })).toBe(month.format(time));
    }
  });

  it("shows a minute in its local time and in UTC", () => {
    expect(formatDate({ precision: "minute", start: "2016-07-07T07:36+06:00" })).toBe("7 July 2016, 07:36 local time (UTC+06:00; 01:36 UTC)");
    expect(formatDate({ precision: "minute", start: "2016-07-07T01:36Z" })).toBe("7 July 2016, 01:36 UTC");
    expect(formatDate({ precision: "minute", start: "2016-07-07T02:00+06:00" })).toBe("7 July 2016, 02:00 local time (UTC+06:00; 6 July 2016, 20:00 UTC)");
  });
});

describe("dates the calendar does not have", () => {
  it("names impossible days, times and offsets, and reads years before 100 as written", () => {
    expect(checkDate({ precision: "day", start: "2016-02-30" })).toEqual([{ field: "start", message: "there is no such day in the calendar" }]);
    expect(checkDate({ precision: "minute", start: "2016-02-16T10:00+80:00" })).toEqual([{ field: "start", message: "a UTC offset must be between -12:00 and +14:00" }]);
    expect(checkDate({ precision: "minute", start: "2016-02-16T10:00:99Z" })).toEqual([{ field: "start", message: "there is no such time of day" }]);
    expect(checkDate({ precision: "range", start: "2016-02-01", end: "2016-02-30" })).toEqual([{ field: "end", message: "there is no such day in the calendar" }]);
    expect(formatDate({ precision: "day", start: "0016-02-16" })).toBe("16 February 16");
  });
});
