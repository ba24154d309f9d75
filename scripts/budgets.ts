/**
 * bench/budgets.json: how many bytes the app's first view may ship, per kind of file. Read by
 * `npm run bench` (the bytes a real load requests) and by the build (scripts/vite-budgets.ts, the
 * bytes known from the bundle), so both speak of the same kinds and the same limits.
 */
import { readFileSync } from "node:fs";

/** What the budgets speak of; `other` is everything else requested (HTML, the catalogue, icons). */
/** `worker`: scripts that run in Web Workers (story validation, the cluster index), off the page's thread. */
export const KINDS = ["js", "worker", "css", "basemap", "story", "other"] as const;
export type Kind = (typeof KINDS)[number];

export interface Budgets {
  /** Whether the build fails when a kind is over its budget (the bench only reports). */
  enforce: boolean;
  /** Bytes of gzip (level 9) per kind; budgets.json counts KB of 1000 bytes. */
  gzip: Partial<Record<Kind, number>>;
  /**
   * Globs (`*` is any run of characters but `/`) of the bundle's basemap files the first view
   * loads, e.g. `assets/countries-50m-*.json`. A list, so the coarse world basemap can replace
   * the countries file without a change to the build.
   */
  firstViewBasemap: string[];
}

export interface BudgetCheck {
  kind: Kind;
  gzip: number;
  /** In bytes. */
  budget: number;
  status: "PASS" | "OVER";
}

/**
 * Reads and checks bench/budgets.json: `{ "enforce": false, "gzipKB": { "js": 125, … }, "firstViewBasemap": ["assets/…-*.json"] }`.
 * @throws an Error naming the file and the bad field
 */
export function readBudgets(file: string): Budgets {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { enforce?: unknown; gzipKB?: Record<string, unknown>; firstViewBasemap?: unknown };
  const gzip: Budgets["gzip"] = {};
  for (const [kind, kilobytes] of Object.entries(parsed.gzipKB ?? {})) {
    if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`${file}: gzipKB.${kind} is not a kind of file (${KINDS.join(", ")})`);
    if (typeof kilobytes !== "number" || !(kilobytes > 0)) throw new Error(`${file}: gzipKB.${kind} is ${JSON.stringify(kilobytes)}, but must be a number of KB above 0`);
    gzip[kind as Kind] = kilobytes * 1000;
  }
  if (typeof parsed.enforce !== "boolean") throw new Error(`${file}: enforce is ${JSON.stringify(parsed.enforce)}, but must be true or false`);
  const basemap = parsed.firstViewBasemap ?? [];
  if (!Array.isArray(basemap) || !basemap.every((pattern) => typeof pattern === "string" && pattern !== "")) {
    throw new Error(`${file}: firstViewBasemap must be a list of file name patterns such as "assets/basemap-world-*.json"`);
  }
  return { enforce: parsed.enforce, gzip, firstViewBasemap: basemap };
}

/** Each kind that has a budget, with its size and whether it fits. */
export function checkBudgets(sizes: Record<Kind, { gzip: number }>, budgets: Budgets["gzip"]): BudgetCheck[] {
  return KINDS.flatMap((kind) => {
    const budget = budgets[kind];
    if (budget === undefined) return [];
    const gzip = sizes[kind].gzip;
    return [{ kind, gzip, budget, status: gzip <= budget ? "PASS" : "OVER" }];
  });
}
