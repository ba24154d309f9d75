import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/story/dates";
import { parseStory, type ParseResult } from "../../src/story/parseStory";

/**
 * Properties of the story loader that must hold for any input: it never throws, every problem
 * is a sentence starting with its path, a loaded story is consistent, nothing that was in the
 * file is dropped without being listed, and no prototype is polluted.
 */

const aktobeText = readFileSync(new URL("../../geodata/aktobe-2016/story.json", import.meta.url), "utf8");
const minimalText = readFileSync(new URL("../fixtures/broken-stories/_valid-minimal.json", import.meta.url), "utf8");
// The minimal story's places on their own are a plain GeoJSON FeatureCollection.
const plainText = JSON.stringify(JSON.parse(minimalText).places, null, 2);
const BASES = { aktobe: aktobeText, minimal: minimalText, plain: plainText };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Segment = string | number;

const objectPrototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayPrototypeKeys = Object.getOwnPropertyNames(Array.prototype).sort();

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The JSON the loader saw, or undefined when the text is not JSON at all. */
function parsedOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch {
    return undefined;
  }
}

/** Whether a problem's path is the item's path or lies inside it. */
function isWithin(path: string, item: string): boolean {
  return path === item || path.startsWith(`${item}.`) || path.startsWith(`${item}[`);
}

/** The contract that holds for any text at all; returns the result for further checks. */
function checkContract(text: string): ParseResult {
  const result = parseStory(text);
  expect(typeof result.ok).toBe("boolean");
  const problems = result.ok ? result.skipped : result.problems;
  expect(Array.isArray(problems)).toBe(true);
  if (!result.ok) expect(problems.length).toBeGreaterThan(0);
  for (const { path, message } of problems) {
    expect(typeof path).toBe("string");
    expect(path).not.toBe("");
    expect(typeof message).toBe("string");
    expect(message.startsWith(path), `"${message}" starts with its path "${path}"`).toBe(true);
    expect(message.length).toBeGreaterThan(path.length);
  }
  if (result.ok) {
    expect(result.story).toBeTypeOf("object");
    // Only text that is JSON can load.
    expect(parsedOrUndefined(text)).not.toBeUndefined();
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectPrototypeKeys);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayPrototypeKeys);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  return result;
}

/**
 * When a story loads: it is consistent (unique place ids, finite anchors, dates that can be shown,
 * references that resolve), and every place, passage and event of the input that is not in it is
 * listed in `skipped` under its own path.
 */
function checkLoadedStory(text: string, result: ParseResult): void {
  if (!result.ok) return;
  const { story, skipped } = result;
  const input = parsedOrUndefined(text);
  const reported = (item: string) => skipped.some((each) => isWithin(each.path, item));

  const placeIds = story.places.map((place) => place.id);
  expect(new Set(placeIds).size).toBe(placeIds.length);
  for (const place of story.places) {
    if (place.anchor === null) continue;
    const [longitude, latitude] = place.anchor;
    expect(Number.isFinite(longitude) && Number.isFinite(latitude), `anchor of ${place.id}: ${JSON.stringify(place.anchor)}`).toBe(true);
  }
  // Every date that loaded can be shown.
  const dates = [...(story.file.article ? [story.file.article.published] : []), ...story.file.events.map((event) => event.date)];
  for (const date of dates) expect(formatDate(date), JSON.stringify(date)).not.toMatch(/NaN|Invalid/);
  const passageIds = new Set(story.file.passages.map((passage) => passage.id));
  for (const passage of story.file.passages) {
    expect(passage.places.length).toBeGreaterThan(0);
    for (const id of passage.places) expect(story.placeById.has(id), `passage ${passage.id} → place ${id}`).toBe(true);
  }
  for (const event of story.file.events) {
    expect(event.places.length).toBeGreaterThan(0);
    for (const id of event.places) expect(story.placeById.has(id), `event ${event.id} → place ${id}`).toBe(true);
    for (const id of event.passages) expect(passageIds.has(id), `event ${event.id} → passage ${id}`).toBe(true);
  }

  expect(isObject(input)).toBe(true);
  if (!isObject(input)) return;
  const plain = input.type === "FeatureCollection" && !("format" in input);
  const features = plain ? input.features : isObject(input.places) ? input.places.features : undefined;
  const featuresAt = plain ? "features" : "places.features";
  expect(Array.isArray(features)).toBe(true);
  if (!Array.isArray(features)) return;
  // A place is either in the story or listed, never both and never neither.
  const listedPlaces = features.filter((_, index) => reported(`${featuresAt}[${index}]`)).length;
  expect(story.places.length + listedPlaces, `${features.length} features: ${story.places.length} places, ${listedPlaces} listed`).toBe(features.length);
  if (plain) return;

  const accountFor = (items: unknown, at: string, kept: ReadonlySet<string>) => {
    expect(Array.isArray(items)).toBe(true);
    (items as unknown[]).forEach((item, index) => {
      const id = isObject(item) ? item.id : undefined;
      if (typeof id === "string" && kept.has(id)) return;
      expect(reported(`${at}[${index}]`), `${at}[${index}] (id ${JSON.stringify(id)}) is neither in the story nor listed`).toBe(true);
    });
  };
  accountFor(input.passages, "passages", passageIds);
  accountFor(input.events, "events", new Set(story.file.events.map((event) => event.id)));
}

// ── Mutations of valid stories ─────────────────────────────────────────────────────────────────

type Mutation =
  | { kind: "delete"; pick: number }
  | { kind: "replace"; pick: number; value: Json }
  | { kind: "geometry"; pick: number; value: Json }
  | { kind: "unsafe-key"; pick: number; key: "__proto__" | "constructor" | "prototype" }
  | { kind: "swap"; pick: number; first: number; second: number }
  | { kind: "huge-number"; pick: number; negative: boolean }
  | { kind: "date"; pick: number; value: Json }
  | { kind: "truncate"; offset: number };

/** Every path in the value, with at most two entries of any array inside `coordinates`. */
function pathsOf(value: unknown, at: Segment[] = [], found: Segment[][] = []): Segment[][] {
  found.push(at);
  if (Array.isArray(value)) {
    const limit = at.includes("coordinates") ? 2 : value.length;
    value.slice(0, limit).forEach((child, index) => pathsOf(child, [...at, index], found));
  } else if (isObject(value)) {
    for (const key of Object.keys(value)) pathsOf(value[key], [...at, key], found);
  }
  return found;
}

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<Segment, unknown>)[key] : undefined), root);
}

/** Sets (or, with no value, deletes) the value at a path; the root is replaced through `box`. */
function setAt(box: { root: unknown }, path: readonly Segment[], value?: unknown, remove = false): void {
  if (path.length === 0) {
    box.root = remove ? {} : value;
    return;
  }
  const parent = valueAt(box.root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === "number") {
    if (remove) parent.splice(key, 1);
    else parent[key] = value;
  } else if (isObject(parent)) {
    if (remove) delete parent[key];
    else parent[key] = value;
  }
}

function choose<T>(items: readonly T[], pick: number): T | undefined {
  return items.length === 0 ? undefined : items[pick % items.length];
}

/** Applies the mutations to the text of a story: on its parsed value, then on the text itself. */
function mutate(text: string, mutations: readonly Mutation[]): string {
  const box = { root: JSON.parse(text) as unknown };
  const placeholders: Array<[string, string]> = [];
  mutations.forEach((mutation, index) => {
    const paths = pathsOf(box.root);
    switch (mutation.kind) {
      case "delete": {
        const path = choose(paths.slice(1), mutation.pick);
        if (path) setAt(box, path, undefined, true);
        break;
      }
      case "replace":
        setAt(box, choose(paths, mutation.pick)!, mutation.value);
        break;
      case "geometry": {
        const geometries = paths.filter((path) => path.at(-1) === "geometry");
        setAt(box, choose(geometries, mutation.pick) ?? choose(paths, mutation.pick)!, mutation.value);
        break;
      }
      case "date": {
        const dates = paths.filter((path) => path.at(-1) === "date" || path.at(-1) === "published");
        setAt(box, choose(dates, mutation.pick) ?? choose(paths, mutation.pick)!, mutation.value);
        break;
      }
      case "unsafe-key": {
        // JSON.parse makes "__proto__" an own key, but an object literal would not: add it via the text.
        const target = choose(paths.filter((path) => isObject(valueAt(box.root, path))), mutation.pick);
        const marker = `@@key-${index}@@`;
        if (target) (valueAt(box.root, target) as Record<string, unknown>)[marker] = { polluted: true };
        placeholders.push([JSON.stringify(marker), JSON.stringify(mutation.key)]);
        break;
      }
      case "swap": {
        const isList = (value: unknown): value is unknown[] => Array.isArray(value) && value.length >= 2;
        const target = choose(paths.filter((path) => isList(valueAt(box.root, path))), mutation.pick);
        const list = target && valueAt(box.root, target);
        if (isList(list)) {
          const [first, second] = [mutation.first % list.length, mutation.second % list.length];
          [list[first], list[second]] = [list[second], list[first]];
        }
        break;
      }
      case "huge-number": {
        const target = choose(paths.filter((path) => typeof valueAt(box.root, path) === "number"), mutation.pick);
        const marker = `@@number-${index}@@`;
        if (target) setAt(box, target, marker);
        placeholders.push([JSON.stringify(marker), mutation.negative ? "-1e400" : "1e400"]);
        break;
      }
      case "truncate":
        break;
    }
  });
  let result = JSON.stringify(box.root) ?? "";
  for (const [marker, replacement] of placeholders) result = result.split(marker).join(replacement);
  for (const mutation of mutations) {
    if (mutation.kind === "truncate") result = result.slice(0, mutation.offset % (result.length + 1));
  }
  return result;
}

const coordinate = fc.oneof(fc.integer({ min: -200, max: 200 }), fc.double({ min: -200, max: 200, noNaN: true }));
const position = fc.oneof({ weight: 4, arbitrary: fc.tuple(coordinate, coordinate) }, { weight: 1, arbitrary: fc.array(coordinate, { maxLength: 4 }) });
// Rings are closed, so that polygons get past the ring checks and reach the geometry code.
const ring = fc.array(position, { maxLength: 5 }).map((positions) => (positions.length > 0 ? [...positions, positions[0]!] : positions));
const geometry: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.record({ type: fc.constant("Point"), coordinates: position }),
  fc.record({ type: fc.constant("MultiPoint"), coordinates: fc.array(position, { maxLength: 3 }) }),
  fc.record({ type: fc.constant("LineString"), coordinates: fc.array(position, { maxLength: 4 }) }),
  fc.record({ type: fc.constant("Polygon"), coordinates: fc.array(ring, { maxLength: 2 }) }),
  fc.record({ type: fc.constant("MultiPolygon"), coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 2 }) }),
  fc.record({ type: fc.constantFrom("GeometryCollection", "Circle", "point", ""), coordinates: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> }),
);

const digits = (length: number, max: number) => fc.integer({ min: 0, max }).map((value) => String(value).padStart(length, "0"));
const day = fc.tuple(digits(4, 2999), digits(2, 13), digits(2, 32)).map((parts) => parts.join("-"));
const time = fc
  .tuple(day, digits(2, 25), digits(2, 61), fc.option(digits(2, 99), { nil: undefined }), fc.oneof(fc.constant("Z"), fc.tuple(fc.constantFrom("+", "-"), digits(2, 99), digits(2, 99)).map(([sign, hours, minutes]) => `${sign}${hours}:${minutes}`)))
  .map(([date, hours, minutes, seconds, offset]) => `${date}T${hours}:${minutes}${seconds === undefined ? "" : `:${seconds}`}${offset}`);
/** Dates of each precision written nearly right, and dates whose text does not fit their precision. */
const date: fc.Arbitrary<Json> = fc.oneof(
  fc.record({ precision: fc.constant("minute"), start: time }),
  fc.record({ precision: fc.constant("day"), start: day }),
  fc.record({ precision: fc.constantFrom("week", "range"), start: day, end: day }),
  fc.record({ precision: fc.constant("month"), start: day.map((text) => text.slice(0, 7)) }),
  fc.record({ precision: fc.constant("year"), start: day.map((text) => text.slice(0, 4)) }),
  fc.record(
    {
      precision: fc.constantFrom("minute", "day", "week", "month", "year", "range"),
      start: fc.oneof(time, day, fc.string({ maxLength: 12 })),
      end: fc.oneof(day, fc.string({ maxLength: 12 })),
      approximate: fc.boolean(),
    },
    { requiredKeys: ["precision", "start"] },
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("replace" as const), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json> }),
  fc.record({ kind: fc.constant("geometry" as const), pick: fc.nat(), value: geometry }),
  fc.record({ kind: fc.constant("date" as const), pick: fc.nat(), value: date }),
  fc.record({ kind: fc.constant("unsafe-key" as const), pick: fc.nat(), key: fc.constantFrom("__proto__" as const, "constructor" as const, "prototype" as const) }),
  fc.record({ kind: fc.constant("swap" as const), pick: fc.nat(), first: fc.nat(), second: fc.nat() }),
  fc.record({ kind: fc.constant("huge-number" as const), pick: fc.nat(), negative: fc.boolean() }),
  fc.record({ kind: fc.constant("truncate" as const), offset: fc.nat() }),
);

/** Plain GeoJSON with the ids a file might hold, including some the loader also makes up. */
const plainCollection = fc
  .record({
    type: fc.constant("FeatureCollection"),
    name: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
    features: fc.array(
      fc.record({
        type: fc.constant("Feature"),
        id: fc.option(fc.constantFrom<Json>("place-1", "place-2", "place-3", "khovd", "Not An Id", 2), { nil: undefined }),
        geometry,
        properties: fc.option(fc.dictionary(fc.constantFrom("name", "title", "NAME", "population"), fc.jsonValue({ maxDepth: 1 }) as fc.Arbitrary<Json>), { nil: null }),
      }),
      { maxLength: 5 },
    ),
  })
  .map((collection) => JSON.stringify(collection));

// ── Arbitrary text ─────────────────────────────────────────────────────────────────────────────

/** Text made of JSON's own pieces, to reach past the first character of the parser. */
const jsonishText = fc
  .array(fc.constantFrom("{", "}", "[", "]", ",", ":", " ", "\n", '"', "\\", '"a"', '"__proto__"', '"type"', '"FeatureCollection"', '"features"', "1", "-0", "1e400", "null", "true", "\uFEFF", "//"), { maxLength: 60 })
  .map((pieces) => pieces.join(""));

/** Any value fast-check can make, as JSON text where JSON.stringify can write it. */
const anythingAsJson = fc
  .anything({ withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, maxDepth: 4 })
  .map((value) => {
    try {
      return JSON.stringify(value) ?? "null";
    } catch {
      return "null";
    }
  });

describe("parseStory on any input", () => {
  it("never throws, and reports problems as sentences that start with their path", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue().map((value) => JSON.stringify(value)), anythingAsJson), (text) => {
        checkLoadedStory(text, checkContract(text));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 80 }), fc.string({ maxLength: 80 }), jsonishText), (text) => {
        checkLoadedStory(text, checkContract(text));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps a mutated story consistent and lists everything it leaves out", () => {
    fc.assert(
      fc.property(fc.constantFrom("aktobe", "minimal", "plain"), fc.array(mutation, { minLength: 1, maxLength: 3 }), (base, mutations) => {
        const text = mutate(BASES[base as keyof typeof BASES], mutations);
        checkLoadedStory(text, checkContract(text));
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it("turns any plain GeoJSON into places with unique ids, listing the features it leaves out", () => {
    fc.assert(
      fc.property(plainCollection, (text) => {
        checkLoadedStory(text, checkContract(text));
      }),
      { numRuns: 500 },
    );
  });
});
