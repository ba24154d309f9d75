import type * as z from "zod";
import { describeValue, formatPath, problem, type StoryProblem } from "./problems";

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key] : undefined), root);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A latitude out of range whose position would be valid the other way round was most likely swapped. */
function swapHint(root: unknown, path: readonly PropertyKey[]): string {
  if (path.at(-1) !== 1 || !path.includes("coordinates")) return "";
  const position = valueAt(root, path.slice(0, -1));
  if (!Array.isArray(position) || typeof position[0] !== "number" || typeof position[1] !== "number") return "";
  const looksSwapped = Math.abs(position[0]) <= 90 && Math.abs(position[1]) <= 180;
  return looksSwapped ? `; [${position[0]}, ${position[1]}] looks like [latitude, longitude], but GeoJSON positions are [longitude, latitude]` : "";
}

/**
 * Turns zod's issues into sentences with the path and the offending value.
 * @param issues - from a failed safeParse with `reportInput: true`
 * @param root - the value that was parsed, to look around an offending value
 * @param at - where that value sits in the file
 * @returns one problem per issue
 */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], root: unknown, at: readonly PropertyKey[] = []): StoryProblem[] {
  return issues.map((issue) => {
    const path = [...at, ...issue.path];
    if (issue.code === "invalid_union" && "discriminator" in issue) {
      return problem(path, valueAt(root, issue.path), "a geometry type must be Point, MultiPoint, LineString, Polygon or MultiPolygon");
    }
    if (issue.code === "unrecognized_keys") {
      const where = formatPath(path) || "the file";
      return { path: where, message: `${where} has unknown field ${issue.keys.map((key) => describeValue(key)).join(", ")}` };
    }
    return problem(path, issue.input, lowerFirst(issue.message) + swapHint(root, issue.path));
  });
}
