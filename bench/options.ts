/** The flags of `npm run bench`. */
import { parseArgs } from "node:util";

/** Parts of the benchmark, in the order they run and print. */
export const PARTS = ["sizes", "load", "large", "embed", "geoparse"] as const;
export type Part = (typeof PARTS)[number];

export interface BenchOptions {
  parts: ReadonlySet<Part>;
  /** Loads of each page per CPU speed, for the first story. */
  runs: number;
  /** Loads of each page per large story. */
  largeRuns: number;
  /** Places in each large story. */
  places: number[];
  /** Loads of each host page (with and without each embed). */
  embedRuns: number;
  /** Timings of the geoparser over its corpus, in Node and in the builder. */
  geoparseRuns: number;
}

// 11 loads per page and speed: with 7, the medians at 4x CPU swung between 1.2x and 1.6x of the baseline from run to run.
const DEFAULTS = { runs: 11, largeRuns: 3, places: [10_000, 100_000], embedRuns: 5, geoparseRuns: 5 };
/** `--quick`: every part, once or twice, and the 10,000-place story only: a check that it all works, not figures to quote. */
const QUICK = { runs: 2, largeRuns: 1, places: [10_000], embedRuns: 2, geoparseRuns: 1 };

function count(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${flag} is ${JSON.stringify(value)}, but must be a whole number of 1 or more`);
  return number;
}

/**
 * @param argv - the arguments after `npm run bench --`
 * @example parseBenchOptions(["--quick", "--only", "large"]) // { parts: Set {"large"}, largeRuns: 1, places: [10000], … }
 */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      quick: { type: "boolean", default: false },
      only: { type: "string" },
      runs: { type: "string" },
      "large-runs": { type: "string" },
      places: { type: "string" },
      "embed-runs": { type: "string" },
      "geoparse-runs": { type: "string" },
    },
  });
  const base = values.quick ? QUICK : DEFAULTS;
  const parts = values.only === undefined ? [...PARTS] : values.only.split(",").map((part) => part.trim());
  for (const part of parts) {
    if (!(PARTS as readonly string[]).includes(part)) throw new Error(`--only names "${part}", but the parts are ${PARTS.join(", ")} (comma-separated)`);
  }
  const places = values.places === undefined ? base.places : values.places.split(",").map((each) => count("places", each.replace(/_/g, ""), 0));
  return {
    parts: new Set(parts as Part[]),
    runs: count("runs", values.runs, base.runs),
    largeRuns: count("large-runs", values["large-runs"], base.largeRuns),
    places,
    embedRuns: count("embed-runs", values["embed-runs"], base.embedRuns),
    geoparseRuns: count("geoparse-runs", values["geoparse-runs"], base.geoparseRuns),
  };
}
