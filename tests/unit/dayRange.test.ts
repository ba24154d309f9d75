import { describe, expect, it } from "vitest";
import { OPEN_RANGE, parseDayRange } from "../../src/story/dayRange";

describe("parseDayRange", () => {
  it("reads days, and treats absent or empty values as open", () => {
    expect(parseDayRange("2016-06-01", "2016-06-30")).toEqual({ range: { from: "2016-06-01", to: "2016-06-30" }, problems: [] });
    expect(parseDayRange(null, "")).toEqual({ range: OPEN_RANGE, problems: [] });
    expect(parseDayRange("2016-06-01", "2016-06-01").problems).toEqual([]);
  });

  it("ignores a value that is not a real day, naming it, and keeps the other", () => {
    expect(parseDayRange("2016-13-01", "2016-06-30")).toEqual({
      range: { from: null, to: "2016-06-30" },
      problems: ["?from=2016-13-01 was ignored: there is no such day in the calendar"],
    });
    expect(parseDayRange("2016-06-01", "June")).toEqual({
      range: { from: "2016-06-01", to: null },
      problems: ["?to=June was ignored: a day is written YYYY-MM-DD, such as 2016-06-05"],
    });
    expect(parseDayRange("2016-6-1", null).problems).toEqual([expect.stringMatching(/^\?from=2016-6-1 was ignored/)]);
  });

  it("ignores both when from is after to", () => {
    expect(parseDayRange("2016-07-01", "2016-06-01")).toEqual({
      range: OPEN_RANGE,
      problems: ["?from=2016-07-01 is after ?to=2016-06-01, so both were ignored"],
    });
  });

  it("shortens a very long value in its message", () => {
    const { problems } = parseDayRange("x".repeat(5000), null);
    expect(problems[0]!.length).toBeLessThan(120);
    expect(problems[0]).toContain("…");
  });
});
