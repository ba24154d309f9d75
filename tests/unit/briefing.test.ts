import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { briefingFor, OVERVIEW_STEP_ID, type Briefing } from "../../src/story/briefing";
import { parseDay } from "../../src/story/dates";
import { parseStory, type ParseResult } from "../../src/story/parseStory";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const shippedText = read("../../geodata/aktobe-2016/story.json");
const articleText = read("../../geodata/aktobe-2016/article.txt");
const sharedArticleText = read("../../../shared/source/article.txt");
const minimalText = read("../fixtures/broken-stories/_valid-minimal.json");

/** What the reader gets: the story, its briefing and what was left out; throws when the file does not load. */
function loaded(text: string) {
  const result = parseStory(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return { story: result.story, briefing: result.story.briefing, skipped: result.skipped.map((each) => each.message) };
}

/** The minimal Mongolia story (see brokenStories.test.ts) with a briefing, or some other change. */
function minimalWith(change: (story: any) => void): string {
  const story = JSON.parse(minimalText);
  change(story);
  return JSON.stringify(story);
}

const GOOD_STEP = {
  id: "losses",
  title: "Losses across Mongolia",
  view: { places: ["mongolia", "khovd"] },
  place: "khovd",
  passages: ["livestock-deaths", "frozen-flocks"],
  range: { from: "2015-12-01", to: "2016-02-16" },
  notes: "More than a million head of livestock died.\nNight temperatures fell below minus 40 degrees.",
};

const withSteps = (...steps: unknown[]) => minimalWith((story) => { story.briefing = { title: "Dzud", steps }; });
const ids = (briefing: Briefing) => briefing.steps.map((step) => step.id);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const each of Object.values(value)) deepFreeze(each);
    Object.freeze(value);
  }
  return value;
}

describe("the shipped story's briefing", () => {
  const { story, briefing, skipped } = loaded(shippedText);

  it("loads with nothing left out and is the story's own", () => {
    expect(skipped).toEqual([]);
    expect(briefing.generated).toBe(false);
    expect(briefing.title).toBe("Kazakhstan after the Aktobe attacks");
  });

  it("has 6 to 10 steps, in the order of the briefing", () => {
    expect(briefing.steps.length).toBeGreaterThanOrEqual(6);
    expect(briefing.steps.length).toBeLessThanOrEqual(10);
    expect(briefing.steps.map((step) => [step.id, step.title])).toEqual([
      ["kazakhstan-in-central-asia", "Kazakhstan in Central Asia"],
      ["aktobe-attacks", "The Aktobe attacks"],
      ["june-detentions", "The June detentions"],
      ["astana-meeting", "The Astana meeting"],
      ["washington-testimony", "The Washington testimony"],
      ["baikonur-launch", "The Baikonur launch"],
      ["what-it-means", "What it means"],
    ]);
  });

  it("shows each step's place, passages and days", () => {
    const byId = new Map(briefing.steps.map((step) => [step.id, step]));
    expect(byId.get("kazakhstan-in-central-asia")?.view).toEqual({ kind: "places", places: ["central-asia", "kazakhstan"] });
    expect(byId.get("aktobe-attacks")).toMatchObject({ place: "aktobe", range: { from: "2016-06-05" } });
    const attacks = story.file.events.find((event) => event.id === "aktobe-attacks");
    expect(byId.get("aktobe-attacks")?.passages.slice().sort()).toEqual(attacks?.passages.slice().sort());
    expect(byId.get("june-detentions")?.passages).toEqual(["detentions", "ied"]);
    expect(byId.get("astana-meeting")).toMatchObject({ place: "astana" });
    expect(byId.get("astana-meeting")?.passages).toContain("meeting-in-astana");
    expect(byId.get("washington-testimony")).toMatchObject({ place: "rayburn", range: { from: "2016-06-09", to: "2016-06-09" } });
    expect(byId.get("washington-testimony")?.passages).toContain("rosenblum");
    expect(byId.get("baikonur-launch")).toMatchObject({ place: "gagarins-start", range: { from: "2016-07-07", to: "2016-07-07" } });
    expect(byId.get("baikonur-launch")?.passages).toContain("blasted-off");
    expect(byId.get("what-it-means")).toMatchObject({ place: null, range: null });
  });

  it("refers only to places and passages the story has, with unique step ids", () => {
    expect(new Set(ids(briefing)).size).toBe(briefing.steps.length);
    for (const step of briefing.steps) {
      const places = [...(step.view.kind === "places" ? step.view.places : []), ...(step.place ? [step.place] : [])];
      for (const id of places) expect(story.placeById.has(id), `${step.id} -> ${id}`).toBe(true);
      for (const id of step.passages) expect(story.passageById.has(id), `${step.id} -> ${id}`).toBe(true);
    }
  });

  it("shows only passages that are verbatim in the article", () => {
    for (const step of briefing.steps) {
      expect(step.passages.length, step.id).toBeGreaterThan(0);
      for (const id of step.passages) {
        const quote = story.passageById.get(id)?.quote ?? "(missing)";
        expect(articleText, `${step.id} -> ${id}`).toContain(quote);
        expect(sharedArticleText, `${step.id} -> ${id}`).toContain(quote);
      }
    }
  });

  it("has speaker notes for every step, views the map can show and ranges of real days in order", () => {
    for (const step of briefing.steps) {
      expect(step.notes.trim(), step.id).not.toBe("");
      if (step.view.kind === "bounds") {
        const [west, south, east, north] = step.view.bounds;
        expect(west, step.id).toBeLessThan(east);
        expect(south, step.id).toBeLessThan(north);
      } else {
        expect(step.view.places.some((id) => story.placeById.get(id)?.anchor), step.id).toBe(true);
      }
      if (step.range) {
        const [from, to] = [parseDay(step.range.from ?? ""), parseDay(step.range.to ?? "")];
        expect(from, step.id).not.toBeNull();
        expect(to, step.id).not.toBeNull();
        expect(from!, step.id).toBeLessThanOrEqual(to!);
      }
    }
  });
});

describe("a briefing made from the events", () => {
  it("has an overview of every place on the map, then one step per event in time order", () => {
    const { briefing, story } = loaded(minimalText);
    expect(briefing.generated).toBe(true);
    expect(briefing.title).toBe(story.title);
    expect(briefing.steps[0]).toEqual({
      id: OVERVIEW_STEP_ID,
      title: "Harsh winter kills livestock across Mongolia",
      view: { kind: "places", places: ["ulaanbaatar", "khovd", "mongolia"] },
      place: null,
      passages: [],
      range: null,
      notes: "",
    });
    // The week of the fodder appeal starts a day before the emergency statement, so it comes first.
    expect(ids(briefing)).toEqual([OVERVIEW_STEP_ID, "event-dzud-losses", "event-fodder-appeal", "event-emergency-statement"]);
    expect(briefing.steps[1]).toEqual({
      id: "event-dzud-losses",
      title: "Livestock losses across Mongolia",
      view: { kind: "places", places: ["mongolia", "khovd"] },
      place: "mongolia",
      passages: ["livestock-deaths", "frozen-flocks"],
      range: { from: "2015-12-01", to: "2016-02-16" },
      notes: "",
    });
    expect(briefing.steps[2]).toMatchObject({
      range: { from: "2016-02-15", to: "2016-02-21" },
      notes: "The government appealed for fodder and sent army trucks with hay.",
    });
  });

  it("orders the shipped story's events as the timeline does, each spanning its date's days", () => {
    const { briefing } = loaded(JSON.stringify({ ...JSON.parse(shippedText), briefing: undefined }));
    expect(briefing.generated).toBe(true);
    expect(ids(briefing)).toEqual([
      OVERVIEW_STEP_ID,
      "event-aslan-emigrates",
      "event-tenge-devaluation",
      "event-tenge-float",
      "event-land-reform-protests",
      "event-aktobe-attacks",
      "event-nazarbayev-address",
      "event-rosenblum-testimony",
      "event-detentions",
      "event-delegation-meeting",
      "event-soyuz-ms-01",
    ]);
    const step = (id: string) => briefing.steps.find((each) => each.id === `event-${id}`);
    expect(step("aslan-emigrates")?.range).toEqual({ from: "2011-01-01", to: "2011-12-31" });
    // A minute is an instant: its day is the UTC day it falls on (07:36 at UTC+6 is 01:36 UTC).
    expect(step("soyuz-ms-01")?.range).toEqual({ from: "2016-07-07", to: "2016-07-07" });
    // Gulshat has no position, so the popup that opens is Balkhash's.
    expect(step("detentions")).toMatchObject({ view: { kind: "places", places: ["balkhash", "gulshat"] }, place: "balkhash" });
    expect(briefing.steps[0]?.view.kind === "places" && briefing.steps[0].view.places).not.toContain("iss");
  });

  it("shows the whole story for an event none of whose places is on the map", () => {
    const { briefing } = loaded(minimalWith((story) => {
      story.events[1].places = ["winter-camp"];
    }));
    const step = briefing.steps.find((each) => each.id === "event-emergency-statement");
    expect(step).toMatchObject({ view: briefing.steps[0]?.view, place: null });
  });

  it("is just the overview for a story without events", () => {
    const { briefing } = loaded(minimalWith((story) => { story.events = []; }));
    expect(ids(briefing)).toEqual([OVERVIEW_STEP_ID]);
  });

  it("is the overview for plain GeoJSON, named by the collection, or the world when nothing has a position", () => {
    const collection = (geometry: unknown) => JSON.stringify({
      type: "FeatureCollection",
      name: "Rivers",
      features: [{ type: "Feature", id: "ob", geometry, properties: { name: "Ob" } }],
    });
    expect(loaded(collection({ type: "Point", coordinates: [66.6, 66.5] })).briefing).toEqual({
      title: "Rivers",
      generated: true,
      steps: [{ id: OVERVIEW_STEP_ID, title: "Rivers", view: { kind: "places", places: ["ob"] }, place: null, passages: [], range: null, notes: "" }],
    });
    expect(loaded(collection(null)).briefing.steps[0]?.view).toEqual({ kind: "bounds", bounds: [-180, -60, 180, 75] });
  });

  it("stands in when every step of the story's own briefing was left out", () => {
    const { briefing, skipped } = loaded(withSteps({ ...GOOD_STEP, title: "" }));
    expect(briefing.generated).toBe(true);
    expect(skipped).toEqual([
      'briefing.steps[0].title is "", but it must not be empty',
      "briefing.steps has no step left, so the briefing is made from the events",
    ]);
  });

  it("does not change the story it is made from", () => {
    const { story } = loaded(minimalText);
    const file = deepFreeze(structuredClone(story.file));
    const places = deepFreeze(structuredClone(story.places));
    expect(briefingFor(file, places, story.title)).toEqual(story.briefing);
  });
});

describe("checking a story's briefing", () => {
  it("keeps a valid step as written, and fills in what it leaves out", () => {
    const bare = { id: "bare", title: "Bare", view: { bounds: [87.7, 41.6, 119.9, 52.2] } };
    const { briefing, skipped } = loaded(withSteps(GOOD_STEP, bare));
    expect(skipped).toEqual([]);
    expect(briefing).toEqual({
      title: "Dzud",
      generated: false,
      steps: [
        { ...GOOD_STEP, view: { kind: "places", places: ["mongolia", "khovd"] } },
        { id: "bare", title: "Bare", view: { kind: "bounds", bounds: [87.7, 41.6, 119.9, 52.2] }, place: null, passages: [], range: null, notes: "" },
      ],
    });
  });

  it("takes the story's title when the briefing has none, and open ends in a range", () => {
    const { briefing } = loaded(minimalWith((story) => {
      story.briefing = { steps: [{ ...GOOD_STEP, range: { from: "2016-02-01", to: null } }] };
    }));
    expect(briefing.title).toBe("Harsh winter kills livestock across Mongolia");
    expect(briefing.steps[0]?.range).toEqual({ from: "2016-02-01", to: null });
  });

  it("leaves out bad steps, naming the path and what is wrong, and keeps the rest", () => {
    const { briefing, skipped } = loaded(withSteps(
      GOOD_STEP,
      { ...GOOD_STEP, id: "no-title", title: undefined },
      { ...GOOD_STEP, id: "both", view: { places: ["khovd"], bounds: [87.7, 41.6, 119.9, 52.2] } },
      { ...GOOD_STEP, id: "neither", view: {} },
      { ...GOOD_STEP, id: "east-of-west", view: { bounds: [170, 41.6, -170, 52.2] } },
      { ...GOOD_STEP, id: "upside-down", view: { bounds: [87.7, 52.2, 119.9, 41.6] } },
      { ...GOOD_STEP, id: "off-the-map", view: { bounds: [87.7, 41.6, 119.9, 95] } },
      { ...GOOD_STEP, id: "no-places", view: { places: [] } },
      { ...GOOD_STEP, id: "no-such-day", range: { from: "2016-02-30", to: null } },
      { ...GOOD_STEP, id: "not-a-day", range: { from: "February", to: null } },
      { ...GOOD_STEP, id: "backwards", range: { from: "2016-02-16", to: "2015-12-01" } },
      { ...GOOD_STEP, id: "open-without-null", range: { from: "2016-02-16" } },
      { ...GOOD_STEP, id: "extra", speaker: "Ana" },
      { ...GOOD_STEP, id: "Upper-Case" },
      { ...GOOD_STEP, title: "Same id again" },
      "step four",
    ));
    expect(ids(briefing)).toEqual(["losses"]);
    expect(skipped).toEqual([
      "briefing.steps[1].title is missing, but it is required",
      'briefing.steps[2].view is {"places":["khovd"],"bounds":[87.7,41.6,119.9,52.2]}, but a view needs exactly one of places and bounds',
      "briefing.steps[3].view is {}, but a view needs exactly one of places and bounds",
      "briefing.steps[4].view.bounds[2] is -170, but east must be greater than west (170); a view across the antimeridian is not supported",
      "briefing.steps[5].view.bounds[3] is 41.6, but north must be greater than south (52.2)",
      "briefing.steps[6].view.bounds[3] is 95, but a latitude must be between -90 and 90",
      "briefing.steps[7].view.places is [], but it needs at least 1 item",
      'briefing.steps[8].range.from is "2016-02-30", but there is no such day in the calendar',
      'briefing.steps[9].range.from is "February", but a day is written YYYY-MM-DD, such as 2016-06-05',
      'briefing.steps[10].range.to is "2015-12-01", but the last day must not be before the first (2016-02-16)',
      "briefing.steps[11].range.to is missing, but it is required",
      'briefing.steps[12] has unknown field "speaker"',
      'briefing.steps[13].id is "Upper-Case", but an id must be lowercase letters and digits, joined by single hyphens',
      'briefing.steps[14].id is "losses", but ids must be unique and briefing.steps[0] already has it',
      // zodProblems words an item that is not an object as if it were the whole file, so only the start is pinned.
      expect.stringMatching(/^briefing\.steps\[15\] is "step four", but it must be (an object|a JSON object)/),
    ]);
  });

  it("drops a reference to a missing or left-out place or passage, and keeps the step", () => {
    const { briefing, skipped } = loaded(minimalWith((story) => {
      story.places.features[1].geometry.coordinates[0] = 200;
      story.briefing = { steps: [{ ...GOOD_STEP, place: "khovd", passages: ["livestock-deaths", "emergency-statement", "frozen-flocks"] }] };
    }));
    expect(briefing.steps).toEqual([expect.objectContaining({
      id: "losses",
      view: { kind: "places", places: ["mongolia"] },
      place: null,
      passages: ["livestock-deaths", "frozen-flocks"],
    })]);
    expect(skipped.filter((message) => message.startsWith("briefing"))).toEqual([
      'briefing.steps[0].view.places[1] is "khovd", but the place with that id was left out (places.features[1])',
      'briefing.steps[0].place is "khovd", but the place with that id was left out (places.features[1])',
      'briefing.steps[0].passages[1] is "emergency-statement", but no passage in the story has that id',
    ]);
  });

  it("leaves out a step whose view has no place left, or none on the map", () => {
    const { briefing, skipped } = loaded(withSteps(
      { ...GOOD_STEP, id: "nowhere", view: { places: ["ulan-bator"] } },
      { ...GOOD_STEP, id: "off-map", view: { places: ["winter-camp"] } },
      GOOD_STEP,
    ));
    expect(ids(briefing)).toEqual(["losses"]);
    expect(skipped).toEqual([
      'briefing.steps[0].view.places[0] is "ulan-bator", but no place in the story has that id',
      "briefing.steps[0] was left out: its view shows no place that is in the story",
      "briefing.steps[1] was left out: its view shows no place that has a position on the map",
    ]);
  });

  it("does not let a left-out step's id pass for a left-out place's", () => {
    const { skipped } = loaded(withSteps({ ...GOOD_STEP, id: "ulan-bator", title: "" }, { ...GOOD_STEP, view: { places: ["ulan-bator", "khovd"] } }));
    expect(skipped).toContain('briefing.steps[1].view.places[0] is "ulan-bator", but no place in the story has that id');
  });

  it.each([
    ["steps is not an array", { steps: { first: GOOD_STEP } }, 'briefing.steps is {"first":{"id":"losses","title":"Losses across Mongolia",…, but it must be an array'],
    ["it has no steps", { title: "Dzud" }, "briefing.steps is missing, but it is required"],
    // As for a step that is not an object, only the start of these two is pinned.
    ["it is not an object", [GOOD_STEP], expect.stringMatching(/^briefing is \[\{"id":"losses".*, but it must be (an object|a JSON object)/)],
    ["it is null", null, expect.stringMatching(/^briefing is null, but it must be (an object|a JSON object)/)],
    ["its title is a number", { title: 7, steps: [GOOD_STEP] }, "briefing.title is 7, but it must be text (a string)"],
    ["it has an unknown field", { steps: [GOOD_STEP], presenter: "Ana" }, 'briefing has unknown field "presenter"'],
  ])("leaves the whole briefing out when %s, and the story still loads", (_, value, message) => {
    const { briefing, skipped, story } = loaded(minimalWith((each) => { each.briefing = value; }));
    expect(story.places).toHaveLength(4);
    expect(briefing.generated).toBe(true);
    expect(skipped).toEqual([message, "briefing was left out, so the briefing is made from the events"]);
  });

  describe("unsafe keys and numbers", () => {
    const text = (briefing: unknown, replace: [string, string]) => minimalWith((story) => { story.briefing = briefing; }).replace(...replace);

    it("leave out the step they are in", () => {
      const result = loaded(text({ steps: [{ ...GOOD_STEP, view: { bounds: [87.7, 41.6, 119.9, 123456789] } }, { ...GOOD_STEP, id: "other" }] }, ["123456789", "1e400"]));
      expect(ids(result.briefing)).toEqual(["other"]);
      expect(result.skipped).toEqual([
        "briefing.steps[0].view.bounds[3] is Infinity, but numbers must be finite; this one is too large for a coordinate or a count",
      ]);
    });

    it("leave out the step for a key named __proto__ or a repeated key", () => {
      const proto = loaded(text({ steps: [{ ...GOOD_STEP, x: { polluted: true } }, { ...GOOD_STEP, id: "other" }] }, ['"x":', '"__proto__":']));
      expect(ids(proto.briefing)).toEqual(["other"]);
      expect(proto.skipped[0]).toBe('briefing.steps[0].__proto__ is a key named "__proto__", but keys may not be named __proto__, constructor or prototype');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      const repeated = loaded(text({ steps: [{ ...GOOD_STEP, notes: "first", x: "second" }] }, ['"x":', '"notes":']));
      expect(repeated.briefing.generated).toBe(true);
      expect(repeated.skipped[0]).toBe(
        "briefing.steps[0].notes appears twice in one object, but a key may appear only once (the first would be silently ignored)",
      );
    });

    it("leave out the whole briefing when they are outside its steps", () => {
      const result = loaded(text({ x: "Dzud", steps: [GOOD_STEP] }, ['"x":', '"constructor":']));
      expect(result.briefing.generated).toBe(true);
      expect(result.skipped).toEqual([
        'briefing.constructor is a key named "constructor", but keys may not be named __proto__, constructor or prototype',
        'briefing has unknown field "constructor"',
        "briefing was left out, so the briefing is made from the events",
      ]);
    });
  });

  it("keeps hostile titles and notes as the plain text they are", () => {
    const hostile = [
      '<img src=x onerror="alert(1)">',
      "</script><script>alert(document.cookie)</script>",
      "javascript:alert(1)",
      "{{constructor.constructor('alert(1)')()}}",
      "\u202Eevil\u202C \u0000 \uD83D\uDCA3 ".repeat(50),
    ].join("\n");
    const { briefing, skipped } = loaded(minimalWith((story) => {
      story.briefing = { title: hostile, steps: [{ ...GOOD_STEP, title: hostile, notes: hostile }] };
    }));
    expect(skipped).toEqual([]);
    expect(briefing.title).toBe(hostile);
    expect(briefing.steps[0]).toMatchObject({ title: hostile, notes: hostile });
  });

  it("is described by the JSON Schema, which also wants exactly one of places and bounds", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(read("../../geodata/story.schema.json")));
    const story = JSON.parse(withSteps(GOOD_STEP, { ...GOOD_STEP, id: "open", range: { from: null, to: "2016-02-16" } }));
    expect(validate(story), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    story.briefing.steps[0].view.bounds = [87.7, 41.6, 119.9, 52.2];
    story.briefing.steps[1].range.to = "16 February";
    expect(validate(story)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(
      expect.arrayContaining(["/briefing/steps/0/view", "/briefing/steps/1/range/to"]),
    );
  });

  it("starts every message with its path", () => {
    const results: ParseResult[] = [
      parseStory(withSteps({ ...GOOD_STEP, view: {} }, { ...GOOD_STEP, id: "b", passages: ["nope"] })),
      parseStory(minimalWith((story) => { story.briefing = { steps: 3 }; })),
    ];
    const problems = results.flatMap((result) => (result.ok ? result.skipped : result.problems));
    expect(problems.length).toBeGreaterThan(2);
    for (const each of problems) expect(each.message.startsWith(each.path), each.message).toBe(true);
  });
});
