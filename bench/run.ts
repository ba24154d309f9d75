/**
 * `npm run bench [-- --runs N]`: builds the app and a bare-Leaflet baseline of the same story in
 * this run, loads each N times per CPU speed in fresh browser contexts, alternating the two, and
 * prints medians, spreads, app/baseline ratios and the first view's bytes against
 * bench/budgets.json. Everything measured is written to bench/results.json.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, platform, release, arch, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { JS_TARGET } from "../scripts/buildTargets.ts";
import { startStaticServer, type StaticServer } from "../tests/e2e/harness/server.ts";
import { launchBenchBrowser, measureLoad, VIEWPORT, type LoadSample, type Target } from "./measure.ts";
import { checkBudgets, readBudgets } from "../scripts/budgets.ts";
import { fileSizes, sizesByKind, KINDS, type FileSize } from "./sizes.ts";
import { ratio, summarise, type Summary } from "./stats.ts";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
const BENCH_DIR = fileURLToPath(new URL("./", import.meta.url));
/** Normal speed, then Chromium slowed four times (CDP Emulation.setCPUThrottlingRate). */
const THROTTLES = [1, 4] as const;
const DEFAULT_RUNS = 7;
const METRICS = ["firstMarkerMs", "landDrawnMs", "longestTaskMs", "totalBlockingMs"] as const;
type Metric = (typeof METRICS)[number];
const METRIC_LABELS: Record<Metric, string> = {
  firstMarkerMs: "first visible marker (ms)",
  landDrawnMs: "first land drawn (ms)",
  longestTaskMs: "longest task (ms)",
  totalBlockingMs: "blocking time >50ms (ms)",
};

function parseRuns(argv: readonly string[]): number {
  const index = argv.indexOf("--runs");
  if (index === -1) return DEFAULT_RUNS;
  const runs = Number(argv[index + 1]);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs is ${JSON.stringify(argv[index + 1] ?? "")}, but must be a whole number of 1 or more`);
  return runs;
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** The repo's own build (vite.config.ts), into `outDir` so dist/ is left as it is. */
async function buildApp(outDir: string): Promise<void> {
  await build({ root: REPO_ROOT, configFile: join(REPO_ROOT, "vite.config.ts"), logLevel: "error", build: { outDir, emptyOutDir: true } });
}

/** bench/baseline/ alone: no config file, no plugins, the same JS target as the app. */
async function buildBaseline(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(BENCH_DIR, "baseline"),
    base: "./",
    publicDir: false,
    logLevel: "error",
    build: { outDir, emptyOutDir: true, target: JS_TARGET },
  });
}

const kilobytes = (bytes: number) => (bytes / 1000).toFixed(1);
const milliseconds = (value: number) => value.toFixed(0);
const times = (value: number | null) => (value === null ? "n/a" : `${value.toFixed(2)}x`);
const spread = (summary: Summary) => `${milliseconds(summary.median)} [${milliseconds(summary.min)}–${milliseconds(summary.max)}]`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("   ")).join("\n");
}

async function main(): Promise<void> {
  const runs = parseRuns(process.argv.slice(2));
  process.chdir(REPO_ROOT);
  const buildRoot = await mkdtemp(join(tmpdir(), "article-map-bench-"));
  const servers: StaticServer[] = [];
  const browser = await launchBenchBrowser();
  try {
    console.log(`Building the app and the baseline into ${buildRoot} …`);
    const appBuild = await timed(() => buildApp(join(buildRoot, "app")));
    const baselineBuild = await timed(() => buildBaseline(join(buildRoot, "baseline")));

    const appServer = await startStaticServer({ root: join(buildRoot, "app") });
    servers.push(appServer);
    const baselineServer = await startStaticServer({ root: join(buildRoot, "baseline"), mounts: { "geodata/": "geodata" } });
    servers.push(baselineServer);
    const targets: Target[] = [
      { name: "app", url: appServer.url, markerSelector: ".leaflet-marker-icon.place-icon" },
      { name: "baseline", url: baselineServer.url, markerSelector: ".leaflet-marker-icon" },
    ];

    // One untimed load each first: it warms the servers and the disk cache, and its responses are the bytes shipped.
    const sizes = new Map<Target["name"], FileSize[]>();
    const problems: string[] = [];
    for (const target of targets) {
      const warmUp = await measureLoad(browser, target, 1, true);
      sizes.set(target.name, fileSizes(warmUp.bodies, target.url));
      const outside = warmUp.requests.filter((url) => !url.startsWith(new URL(target.url).origin));
      if (outside.length > 0) problems.push(`${target.name} requested other sites: ${outside.join(", ")}`);
    }

    const samples = new Map<string, LoadSample[]>();
    for (const throttle of THROTTLES) {
      console.log(`Measuring at ${throttle}x CPU: ${runs} loads each, alternating …`);
      for (let run = 0; run < runs; run++) {
        // ABBA order, so neither page always goes first.
        const order = run % 2 === 0 ? targets : [...targets].reverse();
        for (const target of order) {
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
          const app = summarise((samples.get(`${throttle}:app`) ?? []).map((sample) => sample[metric]));
          const baseline = summarise((samples.get(`${throttle}:baseline`) ?? []).map((sample) => sample[metric]));
          return [metric, { app, baseline, ratio: ratio(app.median, baseline.median) }];
        }),
      ) as Record<Metric, { app: Summary; baseline: Summary; ratio: number | null }>;
      return { throttle, metrics };
    });

    const appFiles = sizes.get("app") ?? [];
    const baselineFiles = sizes.get("baseline") ?? [];
    const appByKind = sizesByKind(appFiles);
    const baselineByKind = sizesByKind(baselineFiles);
    const budgetFile = join(BENCH_DIR, "budgets.json");
    const budgets = checkBudgets(appByKind, readBudgets(budgetFile).gzip);
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      os: `${platform()} ${release()} ${arch()}`,
      memoryGB: Number((totalmem() / 1e9).toFixed(1)),
      node: process.version,
      chromium: browser.version(),
    };

    // The printed report.
    const lines: string[] = [];
    lines.push(`Benchmark: app vs bare-Leaflet baseline, same story and basemap; ${runs} loads each per speed, alternating, fresh context per load.`);
    lines.push(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}. Viewport ${VIEWPORT.width}x${VIEWPORT.height}.`);
    lines.push(`Builds in this run: app ${(appBuild.ms / 1000).toFixed(1)} s, baseline ${(baselineBuild.ms / 1000).toFixed(1)} s. Times: median [min–max], ms from navigation start.`);
    lines.push("");
    const timeRows: string[][] = [["", "app", "baseline", "app/baseline"]];
    for (const { throttle, metrics } of speeds) {
      timeRows.push([throttle === 1 ? "normal speed" : `${throttle}x CPU throttling`, "", "", ""]);
      for (const metric of METRICS) {
        const { app, baseline, ratio: appOverBaseline } = metrics[metric];
        timeRows.push([`  ${METRIC_LABELS[metric]}`, spread(app), spread(baseline), times(appOverBaseline)]);
      }
    }
    lines.push(table(timeRows));
    lines.push("");
    const byteRows: string[][] = [["first view (KB, 1000 B)", "app raw", "app gzip", "baseline gzip", "app/baseline", "budget", "status"]];
    for (const kind of [...KINDS, "total"] as const) {
      const app = appByKind[kind];
      const baseline = baselineByKind[kind];
      const check = budgets.find((budget) => budget.kind === kind);
      byteRows.push([
        `  ${kind} (${app.files} file${app.files === 1 ? "" : "s"})`,
        kilobytes(app.raw),
        kilobytes(app.gzip),
        kilobytes(baseline.gzip),
        times(ratio(app.gzip, baseline.gzip)),
        check ? `<= ${kilobytes(check.budget)}` : "",
        check?.status ?? "",
      ]);
    }
    lines.push(table(byteRows));
    lines.push("gzip: node:zlib level 9 of each file the first load requested (the test server sends files uncompressed).");
    const over = budgets.filter((budget) => budget.status === "OVER");
    lines.push(over.length === 0 ? "Budgets: all PASS." : `Budgets: ${over.map((budget) => `${budget.kind} OVER by ${kilobytes(budget.gzip - budget.budget)} KB`).join(", ")} (reported, not enforced).`);
    for (const problem of problems) lines.push(`Warning: ${problem}`);
    console.log(lines.join("\n"));

    const resultsFile = join(BENCH_DIR, "results.json");
    const results = {
      date: new Date().toISOString(),
      machine,
      config: { runs, throttles: THROTTLES, viewport: VIEWPORT, order: "ABBA: app, baseline, then baseline, app, …", urls: Object.fromEntries(targets.map((target) => [target.name, target.url])) },
      builds: { appMs: appBuild.ms, baselineMs: baselineBuild.ms },
      speeds,
      bytes: { app: { files: appFiles, byKind: appByKind }, baseline: { files: baselineFiles, byKind: baselineByKind } },
      budgets: { file: "bench/budgets.json", checks: budgets },
      problems,
    };
    await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`Wrote ${resultsFile.slice(REPO_ROOT.length)}`);
  } finally {
    await browser.close();
    await Promise.all(servers.map((server) => server.close()));
    await rm(buildRoot, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
