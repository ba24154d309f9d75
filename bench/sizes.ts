/** Bytes a first view ships, sorted into kinds of file, raw and gzip (scripts/budgets.ts checks them). */
import { gzipSync } from "node:zlib";
import { KINDS, type Kind } from "../scripts/budgets.ts";
import { VALIDATED_STORY_FILE } from "../src/story/validatedStory.ts";

export { KINDS, type Kind };

export interface FileSize {
  /** Path below the site's folder, e.g. `assets/countries-50m-BphFPm15.json`. */
  path: string;
  kind: Kind;
  raw: number;
  gzip: number;
  /** Requested before the first place marker was visible: what the first view waited for. */
  beforeFirstMarker: boolean;
}

export interface KindSize {
  files: number;
  raw: number;
  gzip: number;
}

/**
 * @param path - below the site's folder
 * @returns its kind: basemap files are the world-atlas countries and every `basemap-*.json` the
 * build makes (the coarse world and the detail cells), stories are the
 * catalogue's `story.json` files, the build's validated copy of the default one
 * (`assets/story-<hash>.json`) and the generated ones the benchmark serves under `stories/`
 * @example kindOf("assets/basemap-cell-3-4-AbC.json") // "basemap"
 */
export function kindOf(path: string): Kind {
  if (/\.worker-[^/]*\.m?js$/.test(path)) return "worker";
  if (/\.m?js$/.test(path)) return "js";
  if (path.endsWith(".css")) return "css";
  if (/(^|\/)(countries-\d+m-|basemap-)[^/]*\.json$/.test(path)) return "basemap";
  if (path.endsWith("/story.json") || VALIDATED_STORY_FILE.test(path) || /^stories\/[^/]+\.json$/.test(path)) return "story";
  return "other";
}

/**
 * @param bodies - responses of one load, as received, with when each was requested (ms from navigation start)
 * @param siteUrl - the site's root URL, stripped from each file's URL
 * @param firstMarkerMs - when the load's first place marker was visible
 * @returns one row per file requested from the site (a file requested twice counts once)
 */
export function fileSizes(bodies: ReadonlyArray<{ url: string; body: Buffer; requestedMs: number }>, siteUrl: string, firstMarkerMs: number): FileSize[] {
  const seen = new Map<string, FileSize>();
  for (const { url, body, requestedMs } of bodies) {
    if (!url.startsWith(siteUrl)) continue;
    const path = new URL(url).pathname.slice(new URL(siteUrl).pathname.length) || "index.html";
    if (seen.has(path)) continue;
    seen.set(path, { path, kind: kindOf(path), raw: body.length, gzip: gzipSync(body, { level: 9 }).length, beforeFirstMarker: requestedMs < firstMarkerMs });
  }
  return [...seen.values()];
}

/**
 * @returns each kind's files, bytes and gzip bytes, and the total; `js` counts only the scripts
 * requested before the first marker showed (the first view's), and `js-after` the page's later ones
 */
export function sizesByKind(files: readonly FileSize[]): Record<Kind | "js-after" | "total", KindSize> {
  const total = (rows: readonly FileSize[]): KindSize => ({
    files: rows.length,
    raw: rows.reduce((sum, row) => sum + row.raw, 0),
    gzip: rows.reduce((sum, row) => sum + row.gzip, 0),
  });
  const byKind = Object.fromEntries(KINDS.map((kind) => [kind, total(files.filter((file) => file.kind === kind && (kind !== "js" || file.beforeFirstMarker)))]));
  return { ...(byKind as Record<Kind, KindSize>), "js-after": total(files.filter((file) => file.kind === "js" && !file.beforeFirstMarker)), total: total(files) };
}
