/** Bytes a first view ships, sorted into kinds of file, raw and gzip, and checked against budgets. */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

/** What the budgets speak of; `other` is everything else requested (HTML, the catalogue, icons). */
export const KINDS = ["js", "css", "basemap", "story", "other"] as const;
export type Kind = (typeof KINDS)[number];

export interface FileSize {
  /** Path below the site's folder, e.g. `assets/countries-50m-BphFPm15.json`. */
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

export interface KindSize {
  files: number;
  raw: number;
  gzip: number;
}

export interface BudgetCheck {
  kind: Kind;
  gzip: number;
  /** In bytes (budgets.json counts KB of 1000 bytes). */
  budget: number;
  status: "PASS" | "OVER";
}

/**
 * @param path - below the site's folder
 * @returns its kind: basemap files are the world-atlas countries and every `basemap-*.json` the
 * build makes (water now; world and detail cells once the basemap is split), stories are the
 * catalogue's `story.json` files and the generated ones the benchmark serves under `stories/`
 * @example kindOf("assets/basemap-cell-3-4-AbC.json") // "basemap"
 */
export function kindOf(path: string): Kind {
  if (/\.m?js$/.test(path)) return "js";
  if (path.endsWith(".css")) return "css";
  if (/(^|\/)(countries-\d+m-|basemap-)[^/]*\.json$/.test(path)) return "basemap";
  if (path.endsWith("/story.json") || /^stories\/[^/]+\.json$/.test(path)) return "story";
  return "other";
}

/**
 * @param bodies - responses of one load, as received
 * @param siteUrl - the site's root URL, stripped from each file's URL
 * @returns one row per file requested from the site (a file requested twice counts once)
 */
export function fileSizes(bodies: ReadonlyArray<{ url: string; body: Buffer }>, siteUrl: string): FileSize[] {
  const seen = new Map<string, FileSize>();
  for (const { url, body } of bodies) {
    if (!url.startsWith(siteUrl)) continue;
    const path = new URL(url).pathname.slice(new URL(siteUrl).pathname.length) || "index.html";
    if (seen.has(path)) continue;
    seen.set(path, { path, kind: kindOf(path), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return [...seen.values()];
}

export function sizesByKind(files: readonly FileSize[]): Record<Kind | "total", KindSize> {
  const total = (rows: readonly FileSize[]): KindSize => ({
    files: rows.length,
    raw: rows.reduce((sum, row) => sum + row.raw, 0),
    gzip: rows.reduce((sum, row) => sum + row.gzip, 0),
  });
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, total(files.filter((file) => file.kind === kind))]));
  return { ...(byKind as Record<Kind, KindSize>), total: total(files) };
}

/** Reads bench/budgets.json: `{ "gzipKB": { "js": 125, … } }`. */
export function readBudgets(file: string): Partial<Record<Kind, number>> {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { gzipKB?: Record<string, unknown> };
  const budgets: Partial<Record<Kind, number>> = {};
  for (const [kind, kilobytes] of Object.entries(parsed.gzipKB ?? {})) {
    if (!(KINDS as readonly string[]).includes(kind)) throw new Error(`${file}: gzipKB.${kind} is not a kind of file (${KINDS.join(", ")})`);
    if (typeof kilobytes !== "number" || !(kilobytes > 0)) throw new Error(`${file}: gzipKB.${kind} is ${JSON.stringify(kilobytes)}, but must be a number of KB above 0`);
    budgets[kind as Kind] = kilobytes * 1000;
  }
  return budgets;
}

export function checkBudgets(sizes: Record<Kind, KindSize>, budgets: Partial<Record<Kind, number>>): BudgetCheck[] {
  return KINDS.flatMap((kind) => {
    const budget = budgets[kind];
    if (budget === undefined) return [];
    const gzip = sizes[kind].gzip;
    return [{ kind, gzip, budget, status: gzip <= budget ? "PASS" : "OVER" }];
  });
}
