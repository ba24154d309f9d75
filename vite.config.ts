import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { basemapWater } from "./scripts/vite-basemap-water.ts";
import { contentSecurityPolicy } from "./scripts/vite-csp.ts";
import { geodata } from "./scripts/vite-geodata.ts";

// Relative base: the built site works from any static server and any sub-path.
export default defineConfig({
  base: "./",
  plugins: [react(), geodata(), basemapWater(), contentSecurityPolicy()],
  build: { target: "es2022", sourcemap: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});
