/** One thing wrong with a story file, as a sentence a person can act on. */
export interface StoryProblem {
  /** JSON path of the offending value, e.g. `places.features[3].geometry.coordinates[0]`. */
  path: string;
  /** The whole sentence, starting with the path. */
  message: string;
}

/** Joins path segments the way JavaScript writes them: `events[2].places[0]`. */
export function formatPath(segments: ReadonlyArray<PropertyKey>): string {
  return segments
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}

/** Shows a value briefly and safely: long strings and big objects are cut. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function problem(segments: ReadonlyArray<PropertyKey>, value: unknown, rule: string): StoryProblem {
  const path = formatPath(segments) || "the file";
  return { path, message: `${path} is ${describeValue(value)}, but ${rule}` };
}
