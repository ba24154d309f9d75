/**
 * The first story (the catalogue's default) in the app, the bare-Leaflet baseline and the plain
 * react-leaflet page: the first view's bytes against bench/budgets.json, and load times at normal
 * and slowed CPU, alternating the pages.
 */
import type { Browser } from "playwright-core";
import { measureLoad, type LoadSample, type Target } from "./measure.ts";
import { kilobytes, spread, table, times } from "./report.ts";
import type { BudgetCheck } from "../scripts/budgets.ts";
import { fileSizes, sizesByKind, KINDS, type FileSize, type Kind, type KindSize } from "./sizes.ts";
import { ratio, summarise, type Summary } from "./stats.ts";

/** Normal speed, then Chromium slowed four times (CDP Emulation.setCPUThrottlingRate). */
export const THROTTLES = [1, 4] as const;
const METRICS = ["firstMarkerMs", "landDrawnMs", "longestTaskMs", "totalBlockingMs"] as const;
type Metric = (typeof METRICS)[number];
const METRIC_LABELS: Record<Metric, string> = {
  firstMarkerMs: "first visible marker (ms)",
  landDrawnMs: "first land drawn (ms)",
  longestTaskMs: "longest task (ms)",
  totalBlockingMs: "blocking time >50ms (ms)",
};

export interface PageBytes {
  files: FileSize[];
  byKind: Record<Kind | "js-after" | "total", KindSize>;
}

/**
 * One untimed load of each page: it warms the servers and the disk cache, and its responses are
 * the bytes shipped.
 * @returns each page's files, and the requests that went to another site (there should be none)
 */
export async function measureBytes(browser: Browser, targets: readonly Target[]): Promise<{ bytes: Record<Target["name"], PageBytes>; problems: string[] }> {
  const bytes = {} as Record<Target["name"], PageBytes>;
  const problems: string[] = [];
  for (const target of targets) {
    const warmUp = await measureLoad(browser, target, 1, true);
    const files = fileSizes(warmUp.bodies, target.url, warmUp.firstMarkerMs);
    bytes[target.name] = { files, byKind: sizesByKind(files) };
    const outside = warmUp.requests.filter((url) => !url.startsWith(new URL(target.url).origin));
    if (outside.length > 0) problems.push(`${target.name} requested other sites: ${outside.join(", ")}`);
  }
  return { bytes, problems };
}

/** Each page's figure, and the app's and the react-leaflet page's over the baseline's. */
export interface MetricResult {
  app: Summary;
  baseline: Summary;
  ratio: number | null;
  reactLeaflet: Summary;
  reactLeafletRatio: number | null;
}

export type SpeedResult = { throttle: number; metrics: Record<Metric, MetricResult> };

/** `runs` loads of each page at each speed, in ABC, CBA order so no page always goes first. */
export async function measureLoadTimes(browser: Browser, targets: readonly Target[], runs: number, log: (line: string) => void): Promise<{ speeds: SpeedResult[]; problems: string[] }> {
  const samples = new Map<string, LoadSample[]>();
  const problems: string[] = [];
  for (const throttle of THROTTLES) {
    log(`Measuring the first story at ${throttle}x CPU: ${runs} loads each, alternating …`);
    for (let run = 0; run < runs; run++) {
      for (const target of run % 2 === 0 ? targets : [...targets].reverse()) {
        const sample = await measureLoad(browser, target, throttle);
        for (const error of sample.pageErrors) problems.push(`${target.name} at ${throttle}x: ${error}`);
        const key = `${throttle}:${target.name}`;
        samples.set(key, [...(samples.get(key) ?? []), sample]);
      }
    }
  }
  const speeds = THROTTLES.map((throttle) => {
    const metrics = Object.fromEntries(
      METRICS.map((metric) => {
        const of = (name: Target["name"]) => summarise((samples.get(`${throttle}:${name}`) ?? []).map((sample) => sample[metric]));
        const [app, baseline, reactLeaflet] = [of("app"), of("baseline"), of("reactLeaflet")];
        return [metric, { app, baseline, ratio: ratio(app.median, baseline.median), reactLeaflet, reactLeafletRatio: ratio(reactLeaflet.median, baseline.median) }];
      }),
    ) as SpeedResult["metrics"];
    return { throttle, metrics };
  });
  return { speeds, problems };
}

export function loadTimesTable(speeds: readonly SpeedResult[]): string {
  const rows: string[][] = [["first story", "app", "baseline", "app/baseline", "react-leaflet", "r-l/baseline"]];
  for (const { throttle, metrics } of speeds) {
    rows.push([throttle === 1 ? "normal speed" : `${throttle}x CPU throttling`, "", "", "", "", ""]);
    for (const metric of METRICS) {
      const { app, baseline, ratio: appOverBaseline, reactLeaflet, reactLeafletRatio } = metrics[metric];
      rows.push([`  ${METRIC_LABELS[metric]}`, spread(app), spread(baseline), times(appOverBaseline), spread(reactLeaflet), times(reactLeafletRatio)]);
    }
  }
  return [
    table(rows),
    "baseline: bare Leaflet (bench/baseline/); react-leaflet: the same page written the plain React way (bench/reactLeaflet/), no panels.",
  ].join("\n");
}

export function bytesTable(bytes: Record<Target["name"], PageBytes>, budgets: readonly BudgetCheck[], enforced: boolean): string[] {
  const rows: string[][] = [["first view (KB, 1000 B)", "app raw", "app gzip", "baseline gzip", "app/baseline", "react-leaflet gzip", "budget", "status"]];
  const rowNames: Record<string, string> = { js: "js before 1st marker", "js-after": "js after it" };
  for (const kind of [...KINDS.flatMap((each) => (each === "js" ? ["js", "js-after"] as const : [each])), "total"] as const) {
    const app = bytes.app.byKind[kind];
    const baseline = bytes.baseline.byKind[kind];
    const check = budgets.find((budget) => budget.kind === kind);
    rows.push([
      `  ${rowNames[kind] ?? kind} (${app.files} file${app.files === 1 ? "" : "s"})`,
      kilobytes(app.raw),
      kilobytes(app.gzip),
      kilobytes(baseline.gzip),
      times(ratio(app.gzip, baseline.gzip)),
      kilobytes(bytes.reactLeaflet.byKind[kind].gzip),
      check ? `<= ${kilobytes(check.budget)}` : "",
      check?.status ?? "",
    ]);
  }
  const over = budgets.filter((budget) => budget.status === "OVER");
  return [
    table(rows),
    "gzip: node:zlib level 9 of each file the first load requested until the network was idle (the test server sends files uncompressed).",
    "js: scripts requested before the first place marker was visible (the first view's), then the rest of the page's scripts; the js budget is for the first.",
    over.length === 0
      ? "Budgets: all PASS."
      : `Budgets: ${over.map((budget) => `${budget.kind} OVER by ${kilobytes(budget.gzip - budget.budget)} KB`).join(", ")} (${enforced ? "the build enforces them" : "reported; the build does not enforce them while budgets.json says \"enforce\": false"}).`,
  ];
}
