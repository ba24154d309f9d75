import * as z from "zod";
import { labelPointOf } from "../geo/labelPoint";
import { boundsOfGeometries } from "../geo/placeBounds";
import { checkPlace } from "./checkStory";
import type { Place, StoryData } from "./model";
import type { ValidatedResult } from "./parseStory";
import { formatPath, problem, type StoryProblem } from "./problems";
import { Geometry, type PlaceFeatureData } from "./schema";
import type { Unsafe } from "./readJson";
import { problemsFromIssues } from "./zodProblems";

const PlainCollection = z.looseObject({ type: z.literal("FeatureCollection"), features: z.array(z.unknown()) });
const PlainFeature = z.looseObject({
  type: z.literal("Feature"),
  id: z.union([z.string(), z.number()]).optional(),
  geometry: Geometry,
  properties: z.record(z.string(), z.unknown()).nullable(),
});

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Property names that usually hold a feature's name, in the order they are tried. */
const NAME_KEYS = ["name", "title", "NAME", "Name", "label"];
/** A property longer than this is cut when shown; the file keeps it whole. */
const LONGEST_VALUE = 300;

const plain = ({ path, message }: StoryProblem): StoryProblem => ({ path, message });

/**
 * Place ids for features: a feature's own id when it is a lowercase id used by no earlier feature,
 * else `place-<n>` for the n-th feature (with a suffix if a feature already took that id), so
 * every place has its own id.
 */
function placeIds(features: readonly unknown[]): string[] {
  const taken = new Set<string>();
  const own = features.map((feature) => {
    const id = (feature as { id?: unknown } | null)?.id;
    if (typeof id !== "string" || !ID.test(id) || taken.has(id)) return null;
    taken.add(id);
    return id;
  });
  return own.map((id, index) => {
    if (id) return id;
    let numbered = `place-${index + 1}`;
    for (let suffix = 2; taken.has(numbered); suffix += 1) numbered = `place-${index + 1}-${suffix}`;
    taken.add(numbered);
    return numbered;
  });
}

/** Whether parsed JSON is a plain GeoJSON FeatureCollection rather than a story file. */
export function isPlainGeoJson(json: unknown): boolean {
  return json !== null && typeof json === "object" && (json as { type?: unknown }).type === "FeatureCollection" && !("format" in json);
}

function shown(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text;
}

/**
 * Turns a plain GeoJSON FeatureCollection into a story of places without an article: each
 * feature becomes a place named by its `name` (or `title`) property, showing its properties.
 * A feature with a broken geometry is left out and listed, like a story's places.
 * @param json - parsed JSON that {@link isPlainGeoJson} accepted
 * @param unsafe - prototype keys and non-finite numbers found in it, with their paths
 * @returns the story and what was left out, or the problems that stop it
 */
export function validatePlainGeoJson(json: unknown, unsafe: Unsafe): ValidatedResult {
  const collection = PlainCollection.safeParse(json, { reportInput: true });
  const outside = unsafe.filter((each) => each.at[0] !== "features" || typeof each.at[1] !== "number");
  if (!collection.success || outside.length > 0) {
    return { ok: false, problems: [...outside.map(plain), ...(collection.success ? [] : problemsFromIssues(collection.error.issues, json))] };
  }
  const skipped: StoryProblem[] = [];
  const ids = placeIds(collection.data.features);
  const places = collection.data.features.flatMap((value, index): Place[] => {
    const at = ["features", index];
    const parsed = PlainFeature.safeParse(value, { reportInput: true });
    const problems = [
      ...unsafe.filter((each) => formatPath(each.at.slice(0, 2)) === formatPath(at)).map(plain),
      ...(parsed.success ? checkPlace({ geometry: parsed.data.geometry } as PlaceFeatureData, at, null) : problemsFromIssues(parsed.error.issues, value, at)),
    ];
    if (!parsed.success || problems.length > 0) {
      skipped.push(...(problems.length > 0 ? problems : [problem(at, value, "a feature must be a GeoJSON Feature")]));
      return [];
    }
    const { geometry, properties } = parsed.data;
    const nameKey = NAME_KEYS.find((key) => typeof properties?.[key] === "string" && properties[key] !== "");
    return [{
      id: ids[index]!,
      name: nameKey ? String(properties?.[nameKey]) : `Place ${index + 1}`,
      precision: "unspecified",
      origin: null,
      aliases: [],
      description: undefined,
      geometry,
      box: boundsOfGeometries([geometry]),
      anchor: geometry ? labelPointOf(geometry) : null,
      sources: [],
      mentions: [],
      countryIds: [],
      properties: Object.entries(properties ?? {}).map(([key, each]) => [key, shown(each)]),
    }];
  });
  const name = (json as { name?: unknown }).name;
  const title = typeof name === "string" && name.trim() !== "" ? name : "Places from a GeoJSON file";
  const file: StoryData = { format: "article-map/story", version: 1, id: "geojson", article: null, passages: [], events: [] };
  return { ok: true, parts: { file, places, title }, skipped };
}
