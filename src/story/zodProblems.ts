import type * as z from "zod";
import { describeValue, formatPath, problem, type StoryProblem } from "./problems";

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);
}

/** A latitude out of range whose position would be valid the other way round was most likely swapped. */
function swapHint(root: unknown, path: readonly PropertyKey[]): string {
  if (path.at(-1) !== 1 || !path.includes("coordinates")) return "";
  const position = valueAt(root, path.slice(0, -1));
  if (!Array.isArray(position) || typeof position[0] !== "number" || typeof position[1] !== "number") return "";
  const looksSwapped = Math.abs(position[0]) <= 90 && Math.abs(position[1]) <= 180;
  return looksSwapped ? `; [${position[0]}, ${position[1]}] looks like [latitude, longitude], but GeoJSON positions are [longitude, latitude]` : "";
}

const KINDS: Record<string, string> = {
  object: "an object", array: "an array", string: "text (a string)", number: "a number", int: "a whole number",
  boolean: "true or false", null: "null",
};

const quoteAll = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(", ");

/** The rule an issue breaks, in words: ours where the schema gives one, else said from its code. */
function rule(issue: z.core.$ZodIssue, path: readonly PropertyKey[]): string {
  // zod's own messages start "Invalid …" or "Too …"; ours, given in the schema, are sentences already.
  if (!/^(Invalid|Too (small|big))/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "invalid_type":
      if (path.at(-1) === "geometry" && issue.input === undefined) return "a GeoJSON Feature must have a geometry (null if it has no location)";
      if (issue.input === undefined) return "it is required";
      if (path.length === 0) return "it must be a JSON object: a story or a GeoJSON FeatureCollection";
      if (path.at(-1) === "places") return "it must be a GeoJSON FeatureCollection object";
      if (path.at(-1) === "features") return "it must be an array of GeoJSON Features";
      return `it must be ${KINDS[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return issue.values.length === 1 ? `it must be ${quoteAll(issue.values)}` : `it must be one of ${quoteAll(issue.values)}`;
    case "too_small":
      return issue.origin === "array" || issue.origin === "set"
        ? `it needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? "" : "s"}`
        : issue.origin === "string" ? "it must not be empty" : `it must be at least ${issue.minimum}`;
    case "too_big":
      return issue.origin === "array" ? `it may have at most ${issue.maximum} items` : `it must be at most ${issue.maximum}`;
    case "invalid_format":
      return issue.format === "regex" ? `it must match ${issue.pattern}` : `it must be a valid ${issue.format}`;
    default:
      return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
}

/**
 * Turns zod's issues into sentences with the path and the offending value.
 * @param issues - from a failed safeParse with `reportInput: true`
 * @param root - the value that was parsed, to look around an offending value
 * @param at - where that value sits in the file
 * @returns one problem per issue; numbers too large to be finite are left to the check that finds them
 */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], root: unknown, at: readonly PropertyKey[] = []): StoryProblem[] {
  return issues.flatMap((issue) => {
    const path = [...at, ...issue.path];
    const value = valueAt(root, issue.path);
    if (typeof value === "number" && !Number.isFinite(value)) return [];
    if (issue.code === "invalid_union" && "discriminator" in issue) {
      return [problem(path, value, "a geometry type must be Point, MultiPoint, LineString, Polygon or MultiPolygon")];
    }
    if (issue.code === "unrecognized_keys") {
      const where = formatPath(path) || "the file";
      return [{ path: where, message: `${where} has unknown field ${issue.keys.map((key) => describeValue(key)).join(", ")}` }];
    }
    return [problem(path, value, rule(issue, issue.path) + swapHint(root, issue.path))];
  });
}
