/** The two sites the benchmark loads, built in its own run into a temporary folder, so dist/ is left alone. */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { JS_TARGET } from "../scripts/buildTargets.ts";
import { basemapFiles } from "../scripts/vite-basemap.ts";
import { leafletAsModule } from "../scripts/leafletModule.ts";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
const BENCH_DIR = fileURLToPath(new URL("./", import.meta.url));

export async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

/** The repo's own build (vite.config.ts, its budget check included), into `outDir`. */
export async function buildApp(outDir: string): Promise<void> {
  await build({ root: REPO_ROOT, configFile: join(REPO_ROOT, "vite.config.ts"), logLevel: "error", build: { outDir, emptyOutDir: true } });
}

/** bench/baseline/ alone: no config file, only the plugin that makes the app's basemap files, the same JS target as the app. */
export async function buildBaseline(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(BENCH_DIR, "baseline"),
    base: "./",
    publicDir: false,
    plugins: [basemapFiles()],
    resolve: { alias: leafletAsModule },
    logLevel: "error",
    build: { outDir, emptyOutDir: true, target: JS_TARGET },
  });
}
