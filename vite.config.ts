import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { basemapFiles } from "./scripts/vite-basemap.ts";
import { firstViewBudgets } from "./scripts/vite-budgets.ts";
import { contentSecurityPolicy } from "./scripts/vite-csp.ts";
import { CSS_TARGET, JS_TARGET } from "./scripts/buildTargets.ts";
import { catalogModule, geodata } from "./scripts/vite-geodata.ts";
import { offlineBriefingFile } from "./scripts/vite-offline-briefing.ts";
import { preloadApp } from "./scripts/vite-preload-app.ts";
import { prefetchFirstStory } from "./scripts/vite-prefetch.ts";
import { leafletAsModule } from "./scripts/leafletModule.ts";
import { firstViewChunk } from "./scripts/vite-first-view-chunk.ts";
import { gazetteerFile } from "./scripts/vite-gazetteer.ts";

const PUBLIC_ENTRIES = new Set(["article-map", "article-map-host"]);
const firstView = firstViewChunk({
  entry: "src/main.tsx",
  apart: ["src/boot/prefetch.ts", "src/element/articleMapElement.ts", "src/embed/host.ts"],
});

// Relative base: the built site works from any static server and any sub-path.
export default defineConfig({
  base: "./",
  resolve: { alias: leafletAsModule },
  plugins: [react(), geodata(), catalogModule(), prefetchFirstStory({ entry: "src/boot/prefetch.ts", pages: ["index.html"], catalog: "geodata/catalog.json" }), basemapFiles(), gazetteerFile(), contentSecurityPolicy(), preloadApp({ except: ["index.html"] }), offlineBriefingFile(), firstViewBudgets(), firstView.plugin],
  build: {
    target: JS_TARGET,
    cssTarget: CSS_TARGET,
    sourcemap: true,
    rolldownOptions: {
      input: {
        index: "index.html",
        embed: "embed.html",
        builder: "builder.html",
        // Its own entry, so index.html can run it the moment it arrives (scripts/vite-prefetch.ts).
        prefetch: "src/boot/prefetch.ts",
        // Loaded by host pages, so their names are fixed (no hash) and sit at the site's root.
        "article-map": "src/element/articleMapElement.ts",
        "article-map-host": "src/embed/host.ts",
      },
      // The element's module is what host pages import from: keep its exports.
      preserveEntrySignatures: "exports-only",
      output: {
        // Leaflet and the page's entry alone draw the app's first view (src/boot/earlyView.ts), in
        // one chunk; React and react-leaflet come after it, as one chunk: fewer requests, less
        // gzip than five chunks.
        codeSplitting: {
          groups: [
            // Vite's helper for dynamic imports, which the <article-map> element's small entry uses
            // too: its own chunk, or the element would load the first view's chunk up front.
            { name: "preload-helper", test: /vite\/preload-helper/, priority: 2 },
            { name: "first-view", test: firstView.test, priority: 1 },
            { name: "framework", test: /node_modules[\\/](react|react-dom|scheduler|react-leaflet|@react-leaflet[\\/]core)[\\/]/ },
          ],
        },
        entryFileNames: (chunk) => (PUBLIC_ENTRIES.has(chunk.name) ? "[name].js" : "assets/[name]-[hash].js"),
      },
    },
  },
  // Module workers: the story parser's worker imports like the rest of the app.
  worker: { format: "es" },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});
