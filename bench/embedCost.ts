/**
 * What an embed costs a host page before the reader scrolls to it: a long article on another
 * origin with the map far below the fold, loaded with the lazy iframe snippet, with the
 * `<article-map>` snippet, and with no map at all, in turn. The embed should add a small script
 * at most, and no main-thread time worth the name.
 */
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { elementSnippet, iframeSnippet, EMBED_HEIGHT } from "../src/embed/snippets.ts";
import { DEFAULT_RENDER } from "../src/state/urlOptions.ts";
import { hostPage, startHostSite } from "../tests/e2e/harness/hostSite.ts";
import type { StaticServer } from "../tests/e2e/harness/server.ts";
import { newBenchContext, newBenchPage, type BenchWindow } from "./measure.ts";
import { kilobytes, milliseconds, spread, table, times } from "./report.ts";
import { ratio, summarise, type Summary } from "./stats.ts";

const VARIANTS = ["none", "iframe", "element"] as const;
type Variant = (typeof VARIANTS)[number];
const VARIANT_LABELS: Record<Variant, string> = { none: "no embed", iframe: "lazy iframe", element: "<article-map>" };
/** Paragraphs of article above the map: about 9,000 px at the host's 18px/1.6 text, far past any lazy-loading margin. */
const PARAGRAPHS_ABOVE = 60;
const PARAGRAPHS_BELOW = 10;
const STORY_TITLE = "Security delegation meets in Kazakhstan to assess new terror threat";

/** A newsroom's long article with `embed` (a snippet, or nothing) far below the fold. */
function articlePage(embed: string): string {
  const paragraph = (index: number) => `<p>Paragraph ${index + 1} of the host's article: the reporting that comes before the map, long enough to fill a line or three of a newspaper column, as real articles do.</p>`;
  const above = Array.from({ length: PARAGRAPHS_ABOVE }, (_, index) => paragraph(index)).join("\n");
  const below = Array.from({ length: PARAGRAPHS_BELOW }, (_, index) => paragraph(PARAGRAPHS_ABOVE + index)).join("\n");
  return hostPage(`${above}\n<figure>${embed}</figure>\n${below}`);
}

interface HostLoad {
  requests: string[];
  /** Responses from the map's site: what the embed added. */
  mapFiles: Array<{ path: string; raw: number; gzip: number }>;
  loadEventMs: number;
  longestTaskMs: number;
  totalBlockingMs: number;
}

/** Loads the host page unscrolled at normal CPU speed until the network is idle, and reads what it cost. */
async function measureHostLoad(browser: Browser, url: string, mapSite: StaticServer): Promise<HostLoad> {
  const context = await newBenchContext(browser);
  try {
    const page = await newBenchPage(context, 1, ".leaflet-marker-icon");
    const requests: string[] = [];
    const bodies: Array<Promise<HostLoad["mapFiles"][number] | null>> = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("response", (response) => {
      if (!response.url().startsWith(mapSite.origin)) return;
      const path = new URL(response.url()).pathname.slice(new URL(mapSite.url).pathname.length);
      bodies.push(response.body().then((body) => ({ path, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }), () => null));
    });
    await page.goto(url, { waitUntil: "load" });
    await page.waitForLoadState("networkidle");
    const figures = await page.evaluate(() => ({
      loadEventMs: (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).loadEventEnd,
      longTasks: (window as unknown as BenchWindow).__articleMapBench.longTasks.map((task) => task.duration),
    }));
    return {
      requests,
      mapFiles: (await Promise.all(bodies)).filter((file) => file !== null),
      loadEventMs: figures.loadEventMs,
      longestTaskMs: Math.max(0, ...figures.longTasks),
      totalBlockingMs: figures.longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    };
  } finally {
    await context.close();
  }
}

export interface VariantResult {
  variant: Variant;
  samples: HostLoad[];
  requests: Summary;
  mapRequests: Summary;
  mapRaw: Summary;
  mapGzip: Summary;
  loadEventMs: Summary;
  longestTaskMs: Summary;
  totalBlockingMs: Summary;
  /** Median load event time over the page without the embed's. */
  loadEventRatio: number | null;
  /** The map site's files the first load of this variant fetched. */
  mapFiles: string[];
}

/** `runs` loads of each variant, the order rotated each run so no variant always goes first. */
export async function measureEmbedCost(browser: Browser, mapSite: StaticServer, runs: number, log: (line: string) => void): Promise<VariantResult[]> {
  const options = { theme: "auto" as const, ...DEFAULT_RENDER, height: EMBED_HEIGHT.initial };
  const snippets: Record<Variant, string> = {
    none: "",
    iframe: iframeSnippet(mapSite.url, STORY_TITLE, options),
    element: elementSnippet(mapSite.url, options),
  };
  const host = await startHostSite(Object.fromEntries(VARIANTS.map((variant) => [`${variant}.html`, articlePage(snippets[variant])])));
  try {
    log(`Embed cost: ${runs} loads of the host page with each embed and without, rotating …`);
    const samples = new Map<Variant, HostLoad[]>(VARIANTS.map((variant) => [variant, []]));
    for (let run = 0; run < runs; run++) {
      for (let index = 0; index < VARIANTS.length; index++) {
        const variant = VARIANTS[(index + run) % VARIANTS.length]!;
        samples.get(variant)!.push(await measureHostLoad(browser, host.page(`${variant}.html`), mapSite));
      }
    }
    const baseLoad = summarise(samples.get("none")!.map((sample) => sample.loadEventMs));
    return VARIANTS.map((variant) => {
      const loads = samples.get(variant)!;
      const of = (read: (load: HostLoad) => number) => summarise(loads.map(read));
      const loadEventMs = of((load) => load.loadEventMs);
      return {
        variant,
        samples: loads,
        requests: of((load) => load.requests.length),
        mapRequests: of((load) => load.mapFiles.length),
        mapRaw: of((load) => load.mapFiles.reduce((sum, file) => sum + file.raw, 0)),
        mapGzip: of((load) => load.mapFiles.reduce((sum, file) => sum + file.gzip, 0)),
        loadEventMs,
        longestTaskMs: of((load) => load.longestTaskMs),
        totalBlockingMs: of((load) => load.totalBlockingMs),
        loadEventRatio: ratio(loadEventMs.median, baseLoad.median),
        mapFiles: loads[0]!.mapFiles.map((file) => file.path),
      };
    });
  } finally {
    await host.close();
  }
}

export function embedCostTable(results: readonly VariantResult[]): string[] {
  const base = results.find((result) => result.variant === "none")!;
  const added = (value: number, baseValue: number, format: (value: number) => string) => `+${format(Math.max(0, value - baseValue))}`;
  const rows: string[][] = [["before scrolling", ...results.map((result) => VARIANT_LABELS[result.variant])]];
  rows.push(["  requests (all / to the map's site)", ...results.map((result) => `${milliseconds(result.requests.median)} / ${milliseconds(result.mapRequests.median)}`)]);
  rows.push(["  bytes from the map's site, raw (KB)", ...results.map((result) => kilobytes(result.mapRaw.median))]);
  rows.push(["  bytes from the map's site, gzip (KB)", ...results.map((result) => kilobytes(result.mapGzip.median))]);
  rows.push(["  longest task (ms)", ...results.map((result) => spread(result.longestTaskMs))]);
  rows.push(["  blocking time >50ms (ms)", ...results.map((result) => spread(result.totalBlockingMs))]);
  rows.push(["  blocking time added (ms)", ...results.map((result) => (result === base ? "" : added(result.totalBlockingMs.median, base.totalBlockingMs.median, milliseconds)))]);
  rows.push(["  load event (ms)", ...results.map((result) => spread(result.loadEventMs))]);
  rows.push(["  load event / no embed", ...results.map((result) => (result === base ? "" : times(result.loadEventRatio)))]);
  const runs = base.samples.length;
  return [
    `Embed below the fold: a host page on another origin, ${PARAGRAPHS_ABOVE} paragraphs above the map (about 9,000 px), not scrolled; ${runs} load${runs === 1 ? "" : "s"} of each, normal CPU speed, until the network is idle. Main-thread time is the host page's.`,
    table(rows),
    ...results.filter((result) => result !== base).map((result) => `  ${VARIANT_LABELS[result.variant]} fetched from the map's site: ${result.mapFiles.length === 0 ? "nothing" : result.mapFiles.join(", ")}`),
  ];
}
