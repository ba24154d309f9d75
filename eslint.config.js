import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

const leafletImports = {
  paths: [
    { name: "leaflet", message: "Only src/map/ talks to Leaflet." },
    { name: "react-leaflet", message: "Only src/map/ talks to Leaflet." },
  ],
};

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "test-results/", ".scratch/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx,js}"],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    // Pure domains stay free of React and Leaflet so they run in Node, workers and tests.
    files: ["src/story/**", "src/geo/**", "src/state/**"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [...leafletImports.paths, { name: "react", message: "Pure modules do not import React." }],
      }],
    },
  },
  {
    // Tests build deliberately malformed stories, which no type describes.
    files: ["tests/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["src/components/**", "src/data/**", "src/main.tsx", "src/App.tsx"],
    rules: { "no-restricted-imports": ["error", leafletImports] },
  },
);
