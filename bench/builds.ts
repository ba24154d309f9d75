/** The three sites the benchmark loads, built in its own run into a temporary folder, so dist/ is left alone. */
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
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

/**
 * One of the floor pages alone (bench/baseline/, bench/reactLeaflet/): no config file, only the
 * plugins it needs to make the app's basemap files and compile React, the same JS target as the app.
 */
async function buildFloor(folder: "baseline" | "reactLeaflet", outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(BENCH_DIR, folder),
    base: "./",
    publicDir: false,
    plugins: folder === "reactLeaflet" ? [react(), basemapFiles()] : [basemapFiles()],
    resolve: { alias: leafletAsModule },
    logLevel: "error",
    build: { outDir, emptyOutDir: true, target: JS_TARGET },
  });
}

/** Bare Leaflet: bench/baseline/. */
export const buildBaseline = (outDir: string): Promise<void> => buildFloor("baseline", outDir);

/** The plain react-leaflet page: bench/reactLeaflet/. */
export const buildReactLeaflet = (outDir: string): Promise<void> => buildFloor("reactLeaflet", outDir);
