import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { geodata } from "./scripts/vite-geodata.ts";

// Relative base: the built site works from any static server and any sub-path.
export default defineConfig({
  base: "./",
  plugins: [react(), geodata()],
  build: { target: "es2022", sourcemap: true },
});
