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

const PUBLIC_ENTRIES = new Set(["article-map", "article-map-host"]);

// Relative base: the built site works from any static server and any sub-path.
export default defineConfig({
  base: "./",
  resolve: { alias: leafletAsModule },
  plugins: [react(), geodata(), catalogModule(), prefetchFirstStory({ entry: "src/boot/prefetch.ts", pages: ["index.html"] }), basemapFiles(), contentSecurityPolicy(), preloadApp({ except: ["index.html"] }), offlineBriefingFile(), firstViewBudgets()],
  build: {
    target: JS_TARGET,
    cssTarget: CSS_TARGET,
    sourcemap: true,
    rolldownOptions: {
      input: {
        index: "index.html",
        embed: "embed.html",
        // Its own entry, so index.html can run it the moment it arrives (scripts/vite-prefetch.ts).
        prefetch: "src/boot/prefetch.ts",
        // Loaded by host pages, so their names are fixed (no hash) and sit at the site's root.
        "article-map": "src/element/articleMapElement.ts",
        "article-map-host": "src/embed/host.ts",
      },
      // The element's module is what host pages import from: keep its exports.
      preserveEntrySignatures: "exports-only",
      output: {
        // Leaflet alone draws the app's first view (src/boot/earlyView.ts); React and react-leaflet
        // come after it, as one chunk: fewer requests, less gzip than five chunks.
        codeSplitting: {
          groups: [
            { name: "leaflet", test: /node_modules[\\/]leaflet[\\/]/ },
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
