import { defineConfig, defaultExclude } from "vitest/config";
import react from "@vitejs/plugin-react";
import { leafletAsModule } from "./scripts/leafletModule.ts";

// Never collect tests from dependencies, build output or test artefacts.
const exclude = [...defaultExclude, "**/dist/**", "**/test-results/**"];

export default defineConfig({
  test: {
    // `default` for humans, `json` so .ci/run can count passed/failed tests.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/vitest.json" },
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: ["tests/unit/**/*.test.ts"],
          exclude,
        },
      },
      {
        plugins: [react()],
        // The Leaflet the app is built with (scripts/leafletModule.ts).
        resolve: { alias: leafletAsModule },
        test: {
          name: "component",
          environment: "jsdom",
          include: ["tests/component/**/*.test.tsx"],
          exclude,
          setupFiles: ["tests/component/setup.ts"],
        },
      },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          exclude,
          // A real browser against the built site: slow, and the CI machine has 2 cores.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
