import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/builder/dates";

const PUBLISHED = "2016-07-07";
const article = readFileSync("/work/shared/source/article.txt", "utf8");
const dates = (text: string, published = PUBLISHED) => findDates(text, published).map((found) => found.date);
const inArticle = (asWritten: string) => findDates(article, PUBLISHED).find((found) => found.date.asWritten === asWritten);

describe("dates in the shipped article, published 2016-07-07", () => {
  it("reads June 29 as that day, and the four-day rampage beginning June 5 as four days from June 5", () => {
    expect(inArticle("June 29")?.date).toEqual({ precision: "day", start: "2016-06-29", asWritten: "June 29" });
    expect(inArticle("the four-day rampage beginning June 5")?.date).toEqual({
      precision: "range", start: "2016-06-05", end: "2016-06-08", asWritten: "the four-day rampage beginning June 5",
    });
  });

  it("gives each date's span as the article's own words", () => {
    for (const found of findDates(article, PUBLISHED)) expect(article.slice(found.start, found.end)).toBe(found.date.asWritten);
  });

  it("reads relative dates at the precision they have", () => {
    expect(inArticle("last month")?.date).toEqual({ precision: "month", start: "2016-06", asWritten: "last month" });
    expect(inArticle("this year")?.date).toEqual({ precision: "year", start: "2016", asWritten: "this year" });
    expect(inArticle("five years ago")?.date).toEqual({ precision: "year", start: "2011", approximate: true, asWritten: "five years ago" });
    expect(inArticle("Thursday")?.date).toEqual({ precision: "day", start: "2016-07-07", asWritten: "Thursday" });
    expect(inArticle("early June")?.date).toEqual({ precision: "range", start: "2016-06-01", end: "2016-06-10", approximate: true, asWritten: "early June" });
  });
});

describe("dates in small sentences", () => {
  it("read a month and day as a day in the publication year", () => {
    expect(dates("The attack began June 5.")).toEqual([{ precision: "day", start: "2016-06-05", asWritten: "June 5" }]);
  });

  it("never claim a day for a month or a year", () => {
    expect(dates("A U.S. official told Congress last month.")).toEqual([{ precision: "month", start: "2016-06", asWritten: "last month" }]);
    expect(dates("Citizens staged protests this year.")).toEqual([{ precision: "year", start: "2016", asWritten: "this year" }]);
    expect(dates("He left five years ago.")).toEqual([{ precision: "year", start: "2011", approximate: true, asWritten: "five years ago" }]);
    expect(dates("It happened in March 2015.")).toEqual([{ precision: "month", start: "2015-03", asWritten: "March 2015" }]);
    expect(dates("The law passed in 2014.")).toEqual([{ precision: "year", start: "2014", asWritten: "2014" }]);
  });

  it("read a weekday as the latest one on or before publication", () => {
    expect(dates("On Thursday they flew.")).toEqual([{ precision: "day", start: "2016-07-07", asWritten: "Thursday" }]);
    expect(dates("They flew on Thursday, officials said.")).toEqual([{ precision: "day", start: "2016-07-07", asWritten: "Thursday" }]);
    expect(dates("On Friday they flew.")).toEqual([{ precision: "day", start: "2016-07-01", asWritten: "Friday" }]);
    expect(dates("Sunday's vote was calm.")).toEqual([{ precision: "day", start: "2016-07-03", asWritten: "Sunday" }]);
  });

  it("read a part of a month as an approximate range, and since as up to publication", () => {
    expect(dates("Fighting broke out in late February.")).toEqual([{ precision: "range", start: "2016-02-21", end: "2016-02-29", approximate: true, asWritten: "late February" }]);
    expect(dates("Fighting broke out early Thursday.")).toEqual([{ precision: "day", start: "2016-07-07", asWritten: "early Thursday" }]);
    expect(dates("Growth slowed in early 2016.")).toEqual([{ precision: "year", start: "2016", approximate: true, asWritten: "early 2016" }]);
    expect(dates("The tenge has fallen since 2014.", "")).toEqual([{ precision: "year", start: "2014", approximate: true, asWritten: "since 2014" }]);
    expect(dates("The tenge has fallen since 2014.")).toEqual([{ precision: "range", start: "2014-01-01", end: "2016-07-07", approximate: true, asWritten: "since 2014" }]);
    expect(dates("The meeting took place within the past week.")).toEqual([{ precision: "week", start: "2016-06-30", end: "2016-07-06", approximate: true, asWritten: "within the past week" }]);
  });

  it("put a date without its year in the past: news tells of what happened", () => {
    expect(dates("In January, he left.")).toEqual([{ precision: "month", start: "2016-01", asWritten: "January" }]);
    expect(dates("On Dec. 30 they met.")).toEqual([{ precision: "day", start: "2015-12-30", asWritten: "Dec. 30" }]);
    expect(dates("He leaves on July 9.")).toEqual([{ precision: "day", start: "2016-07-09", asWritten: "July 9" }]);
    expect(dates("In January 2017 he will leave.")[0]).toMatchObject({ precision: "month", start: "2017-01" });
  });

  it("read weekdays from one to another as the first, never a whole month", () => {
    expect(dates("The talks ran from Monday to Wednesday.")).toEqual([{ precision: "day", start: "2016-07-04", asWritten: "Monday to Wednesday" }]);
  });

  it("read a span of days as a range", () => {
    expect(dates("Talks ran June 5-8.")).toEqual([{ precision: "range", start: "2016-06-05", end: "2016-06-08", asWritten: "June 5-8" }]);
    expect(dates("Ten were held in the past two weeks.")).toEqual([{ precision: "range", start: "2016-06-23", end: "2016-07-07", asWritten: "past two weeks" }]);
  });

  it("do not take names, verbs or times of day for dates", () => {
    expect(dates("Theresa May spoke in London.")).toEqual([]);
    expect(dates("May said March would come. We march on.")).toEqual([]);
    expect(dates("It may rain; they march at 7 p.m. and he is now here.")).toEqual([]);
    expect(dates("Two days later the siege ended; the day before was calm.")).toEqual([]);
  });

  it("still read a month name alone where a date is meant", () => {
    expect(dates("In a statement following the June attacks, he spoke.")).toEqual([{ precision: "month", start: "2016-06", asWritten: "June" }]);
  });

  it("keep only dates with their own year when the publication date is not known", () => {
    expect(dates("It began June 5, last month, on Thursday, and on 5 June 2016.", "")).toEqual([{ precision: "day", start: "2016-06-05", asWritten: "5 June 2016" }]);
  });

  it("refuse a publication date that is not a day", () => {
    expect(() => findDates("June 5", "2016-02-30")).toThrow("2016-02-30");
    expect(() => findDates("June 5", "7 July 2016")).toThrow("YYYY-MM-DD");
  });
});
