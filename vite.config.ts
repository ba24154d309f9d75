import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { basemapWater } from "./scripts/vite-basemap-water.ts";
import { firstViewBudgets } from "./scripts/vite-budgets.ts";
import { contentSecurityPolicy } from "./scripts/vite-csp.ts";
import { CSS_TARGET, JS_TARGET } from "./scripts/buildTargets.ts";
import { geodata } from "./scripts/vite-geodata.ts";
import { offlineBriefingFile } from "./scripts/vite-offline-briefing.ts";

const PUBLIC_ENTRIES = new Set(["article-map", "article-map-host"]);

// Relative base: the built site works from any static server and any sub-path.
export default defineConfig({
  base: "./",
  plugins: [react(), geodata(), basemapWater(), contentSecurityPolicy(), offlineBriefingFile(), firstViewBudgets()],
  build: {
    target: JS_TARGET,
    cssTarget: CSS_TARGET,
    sourcemap: true,
    rolldownOptions: {
      input: {
        index: "index.html",
        embed: "embed.html",
        // Loaded by host pages, so their names are fixed (no hash) and sit at the site's root.
        "article-map": "src/element/articleMapElement.ts",
        "article-map-host": "src/embed/host.ts",
      },
      // The element's module is what host pages import from: keep its exports.
      preserveEntrySignatures: "exports-only",
      output: {
        entryFileNames: (chunk) => (PUBLIC_ENTRIES.has(chunk.name) ? "[name].js" : "assets/[name]-[hash].js"),
      },
    },
  },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});
