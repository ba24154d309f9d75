import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MESSAGES, readIncomingMessage } from "../../src/embed/messages";
import { isAllowedOrigin, parseOrigins } from "../../src/embed/origins";

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object") {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** One valid message of each incoming type; frozen, so reading one that mutates it fails. */
const VALID = deepFreeze({
  "article-map:select": { type: "article-map:select", place: "aktobe" },
  "article-map:set-view": { type: "article-map:set-view", zoom: 6, lat: 48.2, lng: 67.5 },
  "article-map:set-range": { type: "article-map:set-range", from: "2016-06-01", to: "2016-06-30" },
});

const INCOMING_TYPES = Object.keys(VALID);

const NOT_AN_OBJECT = 'a message that is not an object with a "type" was ignored';
const WITHOUT_TYPE = 'a message without a "type" was ignored';
const UNREADABLE = "a message that could not be read was ignored";
const ZOOM = "article-map:set-view was ignored: zoom must be a number from 0 to 19";
const LAT = "article-map:set-view was ignored: lat must be a number from -90 to 90";
const LNG = "article-map:set-view was ignored: lng must be a number from -180 to 180";
const PLACE = "article-map:select was ignored: place must be a place id (text of 1 to 200 characters) or null";
const FROM_FORM = "article-map:set-range was ignored: from must be a day written YYYY-MM-DD, such as 2016-06-05, or null";

const fieldNames = (fields: string) => (fields === "" ? [] : fields.split(", ").map((field) => field.split(":")[0]));

describe("MESSAGES", () => {
  it("declares each message once per direction, all named article-map:…", () => {
    const keys = MESSAGES.map(({ type, direction }) => `${direction} ${type}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const { type } of MESSAGES) expect(type).toMatch(/^article-map:[a-z-]+$/);
    expect(keys.sort()).toEqual([
      "in article-map:select", "in article-map:set-range", "in article-map:set-view",
      "out article-map:height", "out article-map:ready", "out article-map:select", "out article-map:view",
    ]);
  });

  it("describes every message in full sentences for the README", () => {
    for (const { description } of MESSAGES) expect(description).toMatch(/^[A-Z`].{20,}\.$/s);
  });

  it("lists, for each incoming message, exactly the fields that reading one keeps", () => {
    for (const declaration of MESSAGES.filter(({ direction }) => direction === "in")) {
      const example = VALID[declaration.type as keyof typeof VALID];
      const result = readIncomingMessage({ ...example, extra: true });
      expect(result.ok, declaration.type).toBe(true);
      if (!result.ok) continue;
      expect(Object.keys(result.message).filter((key) => key !== "type").sort()).toEqual(fieldNames(declaration.fields).sort());
    }
  });

  it("accepts no incoming type that the table does not declare as incoming", () => {
    for (const { type, direction } of MESSAGES) {
      if (direction === "out" && !INCOMING_TYPES.includes(type)) {
        expect(readIncomingMessage({ type })).toEqual({ ok: false, problem: `unknown message type "${type}" was ignored` });
      }
    }
  });
});

describe("readIncomingMessage accepts", () => {
  it.each([
    VALID["article-map:select"],
    { type: "article-map:select", place: null },
    { type: "article-map:select", place: "p".repeat(200) },
    VALID["article-map:set-view"],
    { type: "article-map:set-view", zoom: 0, lat: -90, lng: -180 },
    { type: "article-map:set-view", zoom: 19, lat: 90, lng: 180 },
    { type: "article-map:set-view", zoom: 12.5, lat: -0, lng: 0.000001 },
    VALID["article-map:set-range"],
    { type: "article-map:set-range", from: "2016-02-29", to: "2016-02-29" },
    { type: "article-map:set-range", from: null, to: "2016-06-30" },
    { type: "article-map:set-range", from: "2016-06-01", to: null },
    { type: "article-map:set-range", from: null, to: null },
  ])("%j", (data) => {
    expect(readIncomingMessage(data)).toEqual({ ok: true, message: data });
  });

  it("drops fields it does not know, so hosts can send what later versions read", () => {
    const data = deepFreeze({ ...VALID["article-map:select"], animate: false, nested: { deep: [1, 2] } });
    expect(readIncomingMessage(data)).toEqual({ ok: true, message: VALID["article-map:select"] });
  });

  it("accepts an object without a prototype, as some libraries build them", () => {
    const data = Object.assign(Object.create(null) as object, VALID["article-map:select"]);
    expect(readIncomingMessage(data)).toEqual({ ok: true, message: VALID["article-map:select"] });
  });
});

describe("readIncomingMessage ignores, saying why,", () => {
  it.each<[string, unknown, string]>([
    ["null", null, NOT_AN_OBJECT],
    ["undefined", undefined, NOT_AN_OBJECT],
    ["a number", 42, NOT_AN_OBJECT],
    ["a string", "article-map:ready", NOT_AN_OBJECT],
    ["a boolean", true, NOT_AN_OBJECT],
    ["an array", [VALID["article-map:select"]], NOT_AN_OBJECT],
    ["a Date", new Date(0), NOT_AN_OBJECT],
    ["a Map", new Map([["type", "article-map:select"]]), NOT_AN_OBJECT],
    ["an object whose type is inherited", Object.create(VALID["article-map:select"]), NOT_AN_OBJECT],
    ["an empty object", {}, WITHOUT_TYPE],
    ["a number as type", { type: 1 }, WITHOUT_TYPE],
    ["a boxed string as type", { type: Object("article-map:select") }, WITHOUT_TYPE],
    ["an unknown type", { type: "foo" }, 'unknown message type "foo" was ignored'],
    ["a type named like an Object.prototype member", { type: "constructor" }, 'unknown message type "constructor" was ignored'],
    ["a type named __proto__", { type: "__proto__" }, 'unknown message type "__proto__" was ignored'],
    ["a type only the map sends", { type: "article-map:height", height: 5 }, 'unknown message type "article-map:height" was ignored'],
    ["a type in the wrong case", { type: "Article-Map:Select", place: null }, 'unknown message type "Article-Map:Select" was ignored'],
  ])("%s", (_name, data, problem) => {
    expect(readIncomingMessage(data)).toEqual({ ok: false, problem });
  });

  it.each<[string, unknown]>([
    ["missing", undefined],
    ["a number", 5],
    ["an object", { id: "aktobe" }],
    ["an array", ["aktobe"]],
  ])("a place that is %s", (_name, place) => {
    expect(readIncomingMessage({ type: "article-map:select", place })).toEqual({ ok: false, problem: PLACE });
  });

  it("an empty place, or one longer than 200 characters", () => {
    expect(readIncomingMessage({ type: "article-map:select", place: "" })).toEqual({
      ok: false, problem: "article-map:select was ignored: place must not be empty; send null to close the popup",
    });
    expect(readIncomingMessage({ type: "article-map:select", place: "p".repeat(201) })).toEqual({
      ok: false, problem: "article-map:select was ignored: place must be at most 200 characters long",
    });
  });

  it.each<[string, Record<string, unknown>, string]>([
    ["zoom below 0", { zoom: -1 }, ZOOM],
    ["zoom above 19", { zoom: 19.01 }, ZOOM],
    ["zoom NaN", { zoom: Number.NaN }, ZOOM],
    ["zoom Infinity", { zoom: Number.POSITIVE_INFINITY }, ZOOM],
    ["zoom as text", { zoom: "6" }, ZOOM],
    ["zoom missing", { zoom: undefined }, ZOOM],
    ["lat above 90", { lat: 90.5 }, LAT],
    ["lat -Infinity", { lat: Number.NEGATIVE_INFINITY }, LAT],
    ["lat null", { lat: null }, LAT],
    ["lng below -180", { lng: -180.5 }, LNG],
    ["lng as a bigint", { lng: 10n }, LNG],
  ])("a view with %s", (_name, change, problem) => {
    expect(readIncomingMessage({ ...VALID["article-map:set-view"], ...change })).toEqual({ ok: false, problem });
  });

  it("every wrong field of a view in one sentence", () => {
    expect(readIncomingMessage({ type: "article-map:set-view" })).toEqual({
      ok: false,
      problem: "article-map:set-view was ignored: zoom must be a number from 0 to 19; lat must be a number from -90 to 90; lng must be a number from -180 to 180",
    });
  });

  it.each<[string, unknown, string]>([
    ["30 February", "2016-02-30", "article-map:set-range was ignored: from is 2016-02-30, but there is no such day in the calendar"],
    ["29 February of a common year", "2015-02-29", "article-map:set-range was ignored: from is 2015-02-29, but there is no such day in the calendar"],
    ["month 13", "2016-13-01", "article-map:set-range was ignored: from is 2016-13-01, but there is no such day in the calendar"],
    ["a day that is not real and after the end", "2016-07-32", "article-map:set-range was ignored: from is 2016-07-32, but there is no such day in the calendar"],
    ["a day without leading zeros", "2016-6-5", FROM_FORM],
    ["a time", "2016-06-05T00:00", FROM_FORM],
    ["a month", "2016-06", FROM_FORM],
    ["a number", 20_160_605, FROM_FORM],
    ["an empty string", "", FROM_FORM],
    ["missing", undefined, FROM_FORM],
  ])("a range starting with %s", (_name, from, problem) => {
    expect(readIncomingMessage({ ...VALID["article-map:set-range"], from })).toEqual({ ok: false, problem });
  });

  it("a range that ends before it starts, naming both days", () => {
    expect(readIncomingMessage({ type: "article-map:set-range", from: "2016-07-01", to: "2016-06-30" })).toEqual({
      ok: false, problem: "article-map:set-range was ignored: from (2016-07-01) is after to (2016-06-30)",
    });
  });

  it("a badly written end of a range, naming only the end", () => {
    expect(readIncomingMessage({ type: "article-map:set-range", from: null, to: "30/06/2016" })).toEqual({
      ok: false, problem: "article-map:set-range was ignored: to must be a day written YYYY-MM-DD, such as 2016-06-05, or null",
    });
  });
});

describe("readIncomingMessage with hostile input", () => {
  it("quotes at most 60 characters of an unknown type, with control characters escaped", () => {
    const result = readIncomingMessage({ type: `\n<script>${"x".repeat(10_000)}` });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const quoted = /^unknown message type (".*") was ignored$/.exec(result.problem)?.[1];
    expect(quoted).toBeDefined();
    const shown = JSON.parse(quoted!) as string;
    expect(shown).toHaveLength(60);
    expect(shown.startsWith("\n<script>xx")).toBe(true);
    expect(shown.endsWith("…")).toBe(true);
    expect(result.problem).not.toContain("\n");
  });

  it("reads huge strings quickly", () => {
    const huge = "a".repeat(20_000_000);
    const started = performance.now();
    expect(readIncomingMessage({ type: "article-map:select", place: huge })).toMatchObject({ ok: false });
    expect(readIncomingMessage({ type: "article-map:set-range", from: huge, to: null })).toEqual({ ok: false, problem: FROM_FORM });
    expect(readIncomingMessage({ type: huge })).toMatchObject({ ok: false });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("never runs a getter, so one that throws is just a missing field", () => {
    let reads = 0;
    const throwing = () => {
      reads += 1;
      throw new Error("boom");
    };
    expect(readIncomingMessage(Object.defineProperty({}, "type", { get: throwing, enumerable: true }))).toEqual({ ok: false, problem: WITHOUT_TYPE });
    const withPlace = Object.defineProperty({ type: "article-map:select" }, "place", { get: throwing, enumerable: true });
    expect(readIncomingMessage(withPlace)).toEqual({ ok: false, problem: PLACE });
    expect(reads).toBe(0);
  });

  it("turns a Proxy whose traps throw, or a revoked one, into a problem", () => {
    const trap = () => {
      throw new Error("trap");
    };
    const hostile = new Proxy({}, { getPrototypeOf: trap, get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
    expect(readIncomingMessage(hostile)).toEqual({ ok: false, problem: UNREADABLE });
    const onlyFields = new Proxy({ ...VALID["article-map:select"] }, { getOwnPropertyDescriptor: trap });
    expect(readIncomingMessage(onlyFields)).toEqual({ ok: false, problem: UNREADABLE });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(readIncomingMessage(proxy)).toEqual({ ok: false, problem: UNREADABLE });
  });

  it("reads cyclic objects without walking them", () => {
    const cyclic: Record<string, unknown> = { type: "article-map:select", place: "aktobe" };
    cyclic.self = cyclic;
    expect(readIncomingMessage(cyclic)).toEqual({ ok: true, message: VALID["article-map:select"] });
    cyclic.place = cyclic;
    expect(readIncomingMessage(cyclic)).toEqual({ ok: false, problem: PLACE });
  });

  it("takes nothing from __proto__ keys, and pollutes no prototype", () => {
    const typeInProto = JSON.parse('{"__proto__": {"type": "article-map:select", "place": "aktobe"}}') as unknown;
    expect(readIncomingMessage(typeInProto)).toEqual({ ok: false, problem: WITHOUT_TYPE });
    const placeInProto = JSON.parse('{"type": "article-map:select", "__proto__": {"place": "aktobe"}}') as unknown;
    expect(readIncomingMessage(placeInProto)).toEqual({ ok: false, problem: PLACE });
    const withProtoField = JSON.parse('{"type": "article-map:select", "place": null, "__proto__": {"polluted": true}}') as unknown;
    const result = readIncomingMessage(withProtoField);
    expect(result).toEqual({ ok: true, message: { type: "article-map:select", place: null } });
    expect(result.ok && Object.getPrototypeOf(result.message)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never throws, and always answers a message or a problem sentence", () => {
    const key = fc.oneof(fc.string(), fc.constantFrom("type", "place", "zoom", "lat", "lng", "from", "to", "__proto__", "constructor"));
    const anything = fc.anything({
      key, maxDepth: 3, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true,
      withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true,
    });
    const shaped = fc.record({ type: fc.constantFrom(...INCOMING_TYPES, "foo"), payload: fc.dictionary(key, anything) })
      .map(({ type, payload }) => ({ ...payload, type }));
    fc.assert(
      fc.property(fc.oneof(anything, shaped), (data) => {
        const result = readIncomingMessage(data);
        if (result.ok) {
          expect(INCOMING_TYPES).toContain(result.message.type);
        } else {
          expect(result.problem).toMatch(/ was ignored(: .+)?$/);
          expect(result.problem.length).toBeLessThan(400);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts only values within the rules, whatever a view or range holds", () => {
    const value = fc.oneof(fc.double(), fc.integer(), fc.constant(null), fc.string({ maxLength: 12 }), fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        const view = readIncomingMessage({ type: "article-map:set-view", zoom: a, lat: b, lng: c });
        const inRange = (x: unknown, limit: number) => typeof x === "number" && Number.isFinite(x) && Math.abs(x) <= limit;
        expect(view.ok).toBe(inRange(a, 19) && (a as number) >= 0 && inRange(b, 90) && inRange(c, 180));
        const range = readIncomingMessage({ type: "article-map:set-range", from: a, to: b });
        const day = (x: unknown) => x === null || (typeof x === "string" && /^\d{4}-\d{2}-\d{2}$/.test(x) && new Date(`${x}T00:00:00Z`).toISOString().startsWith(x));
        expect(range.ok).toBe(day(a) && day(b) && (a === null || b === null || (a as string) <= (b as string)));
      }),
      { numRuns: 2000 },
    );
  });
});

const entryProblem = (shown: string) =>
  `?origins= entry ${JSON.stringify(shown)} was ignored: an origin is http:// or https://, a host and an optional :port, and nothing more, such as https://news.example:8080`;
const NO_VALID_ORIGIN = "?origins= names no valid origin, so the map obeys no page's messages; leave ?origins= out to obey every page";

describe("parseOrigins", () => {
  it.each([null, "", "   ", " , ,"])("allows any page for %j", (value) => {
    expect(parseOrigins(value)).toEqual({ origins: null, problems: [] });
  });

  it("reads origins separated by commas, spaces or both", () => {
    expect(parseOrigins("https://a.example,https://b.example:8080 http://c.example ,\n https://d.example")).toEqual({
      origins: ["https://a.example", "https://b.example:8080", "http://c.example", "https://d.example"],
      problems: [],
    });
  });

  it("writes each origin as MessageEvent.origin does, and lists it once", () => {
    expect(parseOrigins("HTTPS://News.Example:443/ https://news.example http://localhost:5173 http://[::1]:8080 https://bücher.example")).toEqual({
      origins: ["https://news.example", "http://localhost:5173", "http://[::1]:8080", "https://xn--bcher-kva.example"],
      problems: [],
    });
  });

  it.each([
    "*",
    "null",
    "javascript:alert(1)",
    "data:text/html;hi",
    "file:///etc/passwd",
    "ftp://a.example",
    "ws://a.example",
    "a.example",
    "//a.example",
    "https:a.example",
    "https://",
    "https://a.example/path",
    "https://a.example//",
    "https://a.example/./",
    "https://a.example?",
    "https://a.example/?q=1",
    "https://a.example#top",
    "https://user@a.example",
    "https://user:secret@a.example",
    "https://a.example:99999",
    "https://a.example\\evil",
    "https://*.example",
  ])("rejects %j, and obeys nobody when nothing else is listed", (entry) => {
    expect(parseOrigins(entry)).toEqual({ origins: [], problems: [entryProblem(entry), NO_VALID_ORIGIN] });
  });

  it("keeps the valid entries when only some are rejected", () => {
    expect(parseOrigins("https://a.example/path, https://b.example")).toEqual({
      origins: ["https://b.example"],
      problems: [entryProblem("https://a.example/path")],
    });
  });

  it("shortens a long rejected entry to 60 characters", () => {
    const entry = `https://a.example/${"p".repeat(500)}`;
    const { origins, problems } = parseOrigins(entry);
    expect(origins).toEqual([]);
    expect(problems[0]).toBe(entryProblem(`${entry.slice(0, 59)}…`));
  });
});

describe("isAllowedOrigin", () => {
  it("allows every origin, even an opaque one, when no list was given", () => {
    expect(isAllowedOrigin("https://news.example", null)).toBe(true);
    expect(isAllowedOrigin("null", null)).toBe(true);
  });

  it("allows exactly the listed origins", () => {
    const allowed = parseOrigins("HTTPS://News.Example:443/ http://localhost:5173").origins;
    expect(isAllowedOrigin("https://news.example", allowed)).toBe(true);
    expect(isAllowedOrigin("http://localhost:5173", allowed)).toBe(true);
    for (const origin of ["http://news.example", "https://news.example:8443", "https://news.example.evil.example", "https://evil.example", "http://localhost:5174", "null", ""]) {
      expect(isAllowedOrigin(origin, allowed), origin).toBe(false);
    }
  });

  it("allows nobody when every listed origin was rejected", () => {
    const allowed = parseOrigins("*").origins;
    expect(isAllowedOrigin("https://news.example", allowed)).toBe(false);
    expect(isAllowedOrigin("null", allowed)).toBe(false);
  });
});
