/**
 * The large-story part of `npm run bench`: writes the generated stories where both sites serve
 * them, loads each page with each story a few times, and prints one table per story size.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { gazetteerStory } from "../scripts/gazetteerStory.ts";
import { LARGE_FIGURES, measureLargeLoad, RENDER_TIMEOUT_MS, summariseLarge, type LargeFigure, type LargeSample, type LargeSummary } from "./large.ts";
import { kilobytes, spread, table, times } from "./report.ts";
import { ratio } from "./stats.ts";

/** Where the sites serve the generated stories, below each site's root (bench/sizes.ts counts them as stories). */
export const STORIES_PATH = "stories/";

export interface LargeStoryFile {
  places: number;
  /** Below the site's root, e.g. `stories/gazetteer-10000.json`. */
  path: string;
  raw: number;
  gzip: number;
}

/** Writes `gazetteer-<N>.json` for each size into `folder`, compact as `npm run story:generate` writes it. */
export async function writeLargeStories(folder: string, sizes: readonly number[]): Promise<LargeStoryFile[]> {
  await mkdir(folder, { recursive: true });
  return Promise.all(sizes.map(async (places) => {
    const text = Buffer.from(JSON.stringify(gazetteerStory(places)));
    const name = `gazetteer-${places}.json`;
    await writeFile(join(folder, name), text);
    return { places, path: `${STORIES_PATH}${name}`, raw: text.length, gzip: gzipSync(text, { level: 9 }).length };
  }));
}

export interface LargeTarget {
  name: "app" | "baseline";
  url: string;
}

export interface LargeResult {
  story: LargeStoryFile;
  /** Per page: every load as measured, and the summary over them. */
  pages: Array<{ name: LargeTarget["name"]; samples: LargeSample[]; skipped: number; summary: LargeSummary }>;
}

/**
 * Loads each page `runs` times per story, alternating (ABBA). A page that did not render in time
 * is not loaded again with that story: it would only time out again, a minute each.
 */
export async function runLargeStories(browser: Browser, targets: readonly LargeTarget[], stories: readonly LargeStoryFile[], runs: number, log: (line: string) => void): Promise<LargeResult[]> {
  const results: LargeResult[] = [];
  for (const story of stories) {
    log(`Large story: ${story.places.toLocaleString("en")} places, ${runs} load${runs === 1 ? "" : "s"} of each page …`);
    const samples = new Map<LargeTarget["name"], LargeSample[]>(targets.map((target) => [target.name, []]));
    const gaveUp = new Set<LargeTarget["name"]>();
    for (let run = 0; run < runs; run++) {
      for (const target of run % 2 === 0 ? targets : [...targets].reverse()) {
        if (gaveUp.has(target.name)) continue;
        const sample = await measureLargeLoad(browser, `${target.url}?story=${encodeURIComponent(story.path)}`, story.path);
        samples.get(target.name)!.push(sample);
        if (sample.firstRenderMs === null) gaveUp.add(target.name);
      }
    }
    results.push({
      story,
      pages: targets.map(({ name }) => {
        const measured = samples.get(name)!;
        return { name, samples: measured, skipped: runs - measured.length, summary: summariseLarge(measured) };
      }),
    });
  }
  return results;
}

const NEVER_RENDERED = `did not render in ${RENDER_TIMEOUT_MS / 1000} s`;

/** A page that never rendered says so once, on the first-render row; a figure not measured is a dash. */
function cell(summary: LargeSummary, figure: LargeFigure): string {
  const value = summary.figures[figure];
  if (value === null) return figure === "firstRenderMs" ? NEVER_RENDERED : "—";
  const partial = figure === "firstRenderMs" && summary.rendered < summary.loads ? ` (${summary.rendered}/${summary.loads} loads)` : "";
  return spread(value) + partial;
}

/** One table per story: rows are the figures, columns the app, the baseline and their ratio. */
export function largeTables(results: readonly LargeResult[], runs: number): string[] {
  const lines: string[] = [];
  lines.push(`Large stories: the N most populous GeoNames places, at normal CPU speed, ${runs} load${runs === 1 ? "" : "s"} each (a page that does not render in ${RENDER_TIMEOUT_MS / 1000} s is not loaded again).`);
  lines.push("Pan: the map dragged along half a circle of 150 px for 2 s; zoom: 4 wheel notches in, 4 out, over 2 s. Frames from requestAnimationFrame; dropped = round(gap/16.7)-1 per gap over 25 ms; recording starts once the page has drawn two frames.");
  for (const { story, pages } of results) {
    const [app, baseline] = [pages.find((page) => page.name === "app"), pages.find((page) => page.name === "baseline")];
    const rows: string[][] = [[`${story.places.toLocaleString("en")} places (story ${kilobytes(story.raw)} KB, ${kilobytes(story.gzip)} KB gzip)`, "app", "baseline", "app/baseline"]];
    for (const figure of Object.keys(LARGE_FIGURES) as LargeFigure[]) {
      const [appValue, baselineValue] = [app?.summary.figures[figure], baseline?.summary.figures[figure]];
      rows.push([
        `  ${LARGE_FIGURES[figure].label}`,
        app ? cell(app.summary, figure) : "not run",
        baseline ? cell(baseline.summary, figure) : "not run",
        appValue && baselineValue ? times(ratio(appValue.median, baselineValue.median)) : "",
      ]);
    }
    lines.push("", table(rows));
    for (const page of pages) {
      const failures = [...new Set(page.samples.flatMap((sample) => sample.failures))];
      if (failures.length > 0) lines.push(`  ${page.name}: ${failures.join("; ")}`);
    }
  }
  return lines;
}
