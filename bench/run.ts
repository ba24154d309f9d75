/**
 * `npm run bench [-- --quick] [--only sizes,load,large,embed] [--runs N] [--large-runs N]
 * [--places 10000,100000] [--embed-runs N] [--geoparse-runs N]`: builds the app and a bare-Leaflet baseline in this
 * run, then measures, each against the baseline or a page without the map:
 * - sizes: the first view's bytes against bench/budgets.json;
 * - load: the first story's load times at 1x and 4x CPU;
 * - large: generated 10,000- and 100,000-place stories: load, first render, pan and zoom frames;
 * - embed: what an embed below the fold costs its host page before it scrolls into view;
 * - geoparse: the story builder's geoparser in Node and in the browser, against a plain lookup.
 * Everything measured is written to bench/results.json.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { cpus, platform, release, arch, totalmem, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readBudgets, checkBudgets } from "../scripts/budgets.ts";
import { startStaticServer, type StaticServer } from "../tests/e2e/harness/server.ts";
import { buildApp, buildBaseline, buildReactLeaflet, timed } from "./builds.ts";
import { embedCostTable, measureEmbedCost } from "./embedCost.ts";
import { geoparseTable, measureGeoparse } from "./geoparse.ts";
import { bytesTable, loadTimesTable, measureBytes, measureLoadTimes, THROTTLES } from "./firstStory.ts";
import { largeTables, runLargeStories, STORIES_PATH, writeLargeStories, type LargeTarget } from "./largeStories.ts";
import { launchBenchBrowser, VIEWPORT, type Target } from "./measure.ts";
import { parseBenchOptions } from "./options.ts";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
const BENCH_DIR = fileURLToPath(new URL("./", import.meta.url));
const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2));
  const { parts } = options;
  process.chdir(REPO_ROOT);
  const buildRoot = await mkdtemp(join(tmpdir(), "article-map-bench-"));
  const servers: StaticServer[] = [];
  const browser = await launchBenchBrowser();
  const results: Record<string, unknown> = { date: new Date().toISOString(), options: { ...options, parts: [...parts] } };
  const report: string[] = [];
  const problems: string[] = [];
  try {
    log(`Building the app and the baseline into ${buildRoot} …`);
    const appBuild = await timed(() => buildApp(join(buildRoot, "app")));
    const baselineBuild = await timed(() => buildBaseline(join(buildRoot, "baseline")));
    const reactLeafletBuild = await timed(() => buildReactLeaflet(join(buildRoot, "reactLeaflet")));
    const storyFolder = join(buildRoot, "stories");
    const largeStories = parts.has("large") ? await writeLargeStories(storyFolder, options.places) : [];

    // Module scripts from another site load with CORS, so the map's site answers any origin (the embed's host is another site).
    const appServer = await startStaticServer({ root: join(buildRoot, "app"), mounts: { [STORIES_PATH]: storyFolder }, headers: { "Access-Control-Allow-Origin": "*" } });
    servers.push(appServer);
    const baselineServer = await startStaticServer({ root: join(buildRoot, "baseline"), mounts: { "geodata/": "geodata", [STORIES_PATH]: storyFolder } });
    servers.push(baselineServer);
    const reactLeafletServer = await startStaticServer({ root: join(buildRoot, "reactLeaflet"), mounts: { "geodata/": "geodata" } });
    servers.push(reactLeafletServer);
    const targets: Array<Target & LargeTarget> = [
      { name: "app", url: appServer.url, markerSelector: ".leaflet-marker-icon.place-icon" },
      { name: "baseline", url: baselineServer.url, markerSelector: ".leaflet-marker-icon" },
    ];
    // Only for the first story: what React and react-leaflet alone cost on top of bare Leaflet.
    const firstStoryTargets: Target[] = [...targets, { name: "reactLeaflet", url: reactLeafletServer.url, markerSelector: ".leaflet-marker-icon" }];

    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? "unknown",
      os: `${platform()} ${release()} ${arch()}`,
      memoryGB: Number((totalmem() / 1e9).toFixed(1)),
      node: process.version,
      chromium: browser.version(),
    };
    Object.assign(results, {
      machine,
      config: { viewport: VIEWPORT, throttles: THROTTLES, order: "alternating: app, baseline, react-leaflet, then the reverse, …", urls: Object.fromEntries(firstStoryTargets.map((target) => [target.name, target.url])) },
      builds: { appMs: appBuild.ms, baselineMs: baselineBuild.ms, reactLeafletMs: reactLeafletBuild.ms },
    });
    report.push(`Benchmark: app vs bare-Leaflet baseline, same stories and basemap, fresh browser context per load. Parts: ${[...parts].join(", ")}.`);
    report.push(`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}. Viewport ${VIEWPORT.width}x${VIEWPORT.height}.`);
    report.push(`Builds in this run: app ${(appBuild.ms / 1000).toFixed(1)} s, baseline ${(baselineBuild.ms / 1000).toFixed(1)} s, react-leaflet ${(reactLeafletBuild.ms / 1000).toFixed(1)} s. Times: median [min–max], ms from navigation start.`);

    if (parts.has("sizes") || parts.has("load")) {
      const { bytes, problems: requestProblems } = await measureBytes(browser, firstStoryTargets);
      problems.push(...requestProblems);
      const budgets = readBudgets(join(BENCH_DIR, "budgets.json"));
      const checks = checkBudgets(bytes.app.byKind, budgets.gzip);
      results.bytes = bytes;
      results.budgets = { file: "bench/budgets.json", enforce: budgets.enforce, checks };
      if (parts.has("load")) {
        const { speeds, problems: pageProblems } = await measureLoadTimes(browser, firstStoryTargets, options.runs, log);
        problems.push(...pageProblems);
        results.load = { runs: options.runs, speeds };
        report.push("", `First story (${options.runs} loads each per speed, alternating):`, loadTimesTable(speeds));
      }
      if (parts.has("sizes")) report.push("", ...bytesTable(bytes, checks, budgets.enforce));
    }

    if (parts.has("large")) {
      const large = await runLargeStories(browser, targets, largeStories, options.largeRuns, log);
      results.large = { runs: options.largeRuns, stories: large };
      report.push("", ...largeTables(large, options.largeRuns));
    }

    if (parts.has("embed")) {
      const embed = await measureEmbedCost(browser, appServer, options.embedRuns, log);
      results.embed = embed;
      report.push("", ...embedCostTable(embed));
    }

    if (parts.has("geoparse")) {
      const geoparse = await measureGeoparse(browser, join(buildRoot, "app"), appServer.url, options.geoparseRuns, log);
      results.geoparse = geoparse;
      report.push("", ...geoparseTable(geoparse));
    }

    for (const problem of problems) report.push(`Warning: ${problem}`);
    results.problems = problems;
    console.log(`\n${report.join("\n")}`);
    const resultsFile = join(BENCH_DIR, "results.json");
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
