import { describe, expect, it } from "vitest";
import { readStoryOption } from "../../src/state/storyOption";
import { defaultStoryHref, editQuery, liveMapHref, readUrlState, URL_OPTIONS } from "../../src/state/urlOptions";

const PAGE = "https://maps.example.org/map/?story=x";

describe("?story=", () => {
  it("is the catalogue's default when absent or empty", () => {
    expect(readStoryOption(null, PAGE)).toEqual({ kind: "default" });
    expect(readStoryOption("  ", PAGE)).toEqual({ kind: "default" });
  });

  it("resolves a relative path against the page, and keeps the value as written for messages", () => {
    expect(readStoryOption("stories/other.json", PAGE)).toEqual({
      kind: "url", value: "stories/other.json", url: "https://maps.example.org/map/stories/other.json",
    });
    expect(readStoryOption("../geodata/a.json", PAGE)).toMatchObject({ kind: "url", url: "https://maps.example.org/geodata/a.json" });
    expect(readStoryOption("/root.json", PAGE)).toMatchObject({ kind: "url", url: "https://maps.example.org/root.json" });
  });

  it("accepts http and https URLs on other hosts (which must allow CORS)", () => {
    expect(readStoryOption("https://data.example.net/s.json", PAGE)).toMatchObject({ kind: "url", url: "https://data.example.net/s.json" });
    expect(readStoryOption("HTTP://data.example.net/s.json", PAGE)).toMatchObject({ kind: "url", url: "http://data.example.net/s.json" });
    expect(readStoryOption("//data.example.net/s.json", PAGE)).toMatchObject({ kind: "url", url: "https://data.example.net/s.json" });
  });

  it.each([
    ["javascript:alert(1)", "javascript:"],
    [" JavaScript:alert(1)", "javascript:"],
    ["java\tscript:alert(1)", "javascript:"],
    ["data:application/json,{}", "data:"],
    ["file:///etc/passwd", "file:"],
    ["blob:https://maps.example.org/1234", "blob:"],
    ["ftp://example.org/s.json", "ftp:"],
  ])("refuses %j, naming it and its scheme", (value, scheme) => {
    const option = readStoryOption(value, PAGE);
    expect(option).toEqual({
      kind: "refused",
      value,
      problem: `?story=${value} was refused: a story can only be loaded from a path relative to this page or an http(s) URL, not a ${scheme} URL`,
    });
  });

  it("refuses what is not a URL at all, and URLs that carry a password", () => {
    expect(readStoryOption("http://[::1", PAGE)).toEqual({
      kind: "refused", value: "http://[::1", problem: "?story=http://[::1 was refused: it is not a URL; give a path relative to this page or an http(s) URL",
    });
    expect(readStoryOption("https://user:secret@example.net/s.json", PAGE)).toMatchObject({
      kind: "refused", problem: expect.stringContaining("must not carry a user name or password"),
    });
  });

  it("shortens a very long refused value in its message", () => {
    const value = `javascript:${"a".repeat(500)}`;
    const option = readStoryOption(value, PAGE);
    expect(option.kind).toBe("refused");
    if (option.kind !== "refused") return;
    expect(option.value).toBe(value);
    expect(option.problem.length).toBeLessThan(300);
    expect(option.problem).toContain("…");
  });
});

describe("?tiles=", () => {
  it("turns OpenStreetMap tiles on with osm, and leaves them off without it", () => {
    expect(readUrlState("https://example.org/?tiles=osm").tiles).toBe("osm");
    expect(readUrlState("https://example.org/").tiles).toBeNull();
    expect(readUrlState("https://example.org/?tiles=").problems).toEqual([]);
  });

  it("ignores any other value with a message naming it and the accepted values", () => {
    const state = readUrlState("https://example.org/?tiles=google");
    expect(state.tiles).toBeNull();
    expect(state.problems).toEqual(["?tiles=google was ignored: the accepted value is “osm” (OpenStreetMap tiles over the offline map)"]);
  });
});

describe("?mode= and ?step=", () => {
  it("reads a briefing, presenter or handout mode and a step from 1", () => {
    expect(readUrlState("https://example.org/")).toMatchObject({ mode: "map", step: null });
    expect(readUrlState("https://example.org/?mode=briefing&step=4")).toMatchObject({ mode: "briefing", step: 4, problems: [] });
    expect(readUrlState("https://example.org/?mode=presenter").mode).toBe("presenter");
    expect(readUrlState("https://example.org/?mode=handout")).toMatchObject({ mode: "handout", problems: [] });
  });

  it("names and ignores a mode or step it does not know", () => {
    const state = readUrlState("https://example.org/?mode=slides&step=0");
    expect(state).toMatchObject({ mode: "map", step: null });
    expect(state.problems).toEqual([
      "?mode=slides was ignored: the accepted values are “briefing”, “presenter” and “handout”",
      "?step=0 was ignored: a step is a whole number from 1",
    ]);
    expect(readUrlState("https://example.org/?step=-3").step).toBeNull();
    expect(readUrlState("https://example.org/?step=99999").step).toBeNull();
  });
});

describe("liveMapHref", () => {
  it("is the same story's live map: no briefing, step, text view or map view, other options kept", () => {
    expect(liveMapHref("https://example.org/map/?story=a.json&mode=handout&step=3&view=text&theme=dark#map=3/1/2")).toBe("https://example.org/map/?story=a.json&theme=dark");
    expect(liveMapHref("http://127.0.0.1:4173/any/sub/path/?mode=handout")).toBe("http://127.0.0.1:4173/any/sub/path/");
  });
});

describe("?theme=", () => {
  it("follows the system by default and fixes light or dark when asked", () => {
    expect(readUrlState("https://example.org/").theme).toBe("auto");
    expect(readUrlState("https://example.org/?theme=").theme).toBe("auto");
    expect(readUrlState("https://example.org/?theme=dark").theme).toBe("dark");
    expect(readUrlState("https://example.org/?theme=light")).toMatchObject({ theme: "light", problems: [] });
  });

  it("ignores any other value with a message naming it and the accepted values", () => {
    const state = readUrlState("https://example.org/?theme=%3Cb%3Eneon");
    expect(state.theme).toBe("auto");
    expect(state.problems).toEqual(["?theme=<b>neon was ignored: the accepted values are “auto”, “light”, “dark”"]);
  });
});

describe("?from= and ?to=", () => {
  it("reads a range of days, either end open", () => {
    expect(readUrlState("https://example.org/?from=2016-06-01&to=2016-06-30")).toMatchObject({ range: { from: "2016-06-01", to: "2016-06-30" }, problems: [] });
    expect(readUrlState("https://example.org/?from=2016-07-07").range).toEqual({ from: "2016-07-07", to: null });
    expect(readUrlState("https://example.org/?to=2016-06-30&from=").range).toEqual({ from: null, to: "2016-06-30" });
    expect(readUrlState("https://example.org/").range).toEqual({ from: null, to: null });
  });

  it("ignores a day that does not exist, naming it, and keeps the rest", () => {
    const state = readUrlState("https://example.org/?from=2016-13-01&to=2016-06-30&tiles=osm");
    expect(state.range).toEqual({ from: null, to: "2016-06-30" });
    expect(state.tiles).toBe("osm");
    expect(state.problems).toEqual(["?from=2016-13-01 was ignored: there is no such day in the calendar"]);
  });

  it("ignores both when ?from= is after ?to=, and never throws on junk", () => {
    expect(readUrlState("https://example.org/?from=2016-07-01&to=2016-06-01")).toMatchObject({
      range: { from: null, to: null }, textOnly: false, problems: ["?from=2016-07-01 is after ?to=2016-06-01, so both were ignored"],
    });
    expect(() => readUrlState("https://example.org/?from=%00%FF&to=<script>")).not.toThrow();
    expect(readUrlState("https://example.org/?from=%00&to=<script>").problems).toHaveLength(2);
  });

  it("declares both in the table the README is made from", () => {
    expect(URL_OPTIONS.filter((option) => option.name === "from" || option.name === "to").map((option) => option.in)).toEqual(["query", "query"]);
  });
});

describe("readUrlState with ?story=", () => {
  it("reads the story option next to the others; a refusal is not an ignored option", () => {
    const state = readUrlState("https://example.org/map/?story=javascript:alert(1)&place=aktobe");
    expect(state.story).toMatchObject({ kind: "refused", value: "javascript:alert(1)" });
    expect(state.place).toBe("aktobe");
    expect(state.problems).toEqual([]);
  });

  it("declares story and tiles in the table the README is made from", () => {
    expect(URL_OPTIONS.map((option) => option.name)).toEqual(expect.arrayContaining(["story", "place", "map", "tiles"]));
  });
});

describe("editing the URL", () => {
  it("sets and removes options, keeping the others", () => {
    expect(editQuery("?story=a.json&tiles=osm", { story: null })).toBe("?tiles=osm");
    expect(editQuery("?place=aktobe", { tiles: "osm" })).toBe("?place=aktobe&tiles=osm");
    expect(editQuery("?tiles=osm", { tiles: null })).toBe("");
    expect(editQuery("", { story: null, place: null })).toBe("");
  });

  it("links to the default story: the same page without ?story= and without the other story's view", () => {
    expect(defaultStoryHref("https://example.org/map/?story=a.json&tiles=osm#map=3/1/2")).toBe("https://example.org/map/?tiles=osm");
    expect(defaultStoryHref("http://127.0.0.1:4173/any/sub/path/?story=javascript:alert(1)")).toBe("http://127.0.0.1:4173/any/sub/path/");
    // A path that starts with two slashes stays on the site.
    expect(defaultStoryHref("https://example.org//evil.example/?story=x")).toBe("https://example.org//evil.example/");
  });
});

describe("?view=", () => {
  it("turns on the text-only view for “text”, and names any other value", () => {
    expect(readUrlState("https://example.org/?view=text").textOnly).toBe(true);
    expect(readUrlState("https://example.org/").textOnly).toBe(false);
    const other = readUrlState("https://example.org/?view=%3Cscript%3E");
    expect(other.textOnly).toBe(false);
    expect(other.problems).toEqual(["?view=<script> was ignored: the accepted value is “text” (the text-only view)"]);
  });
});
