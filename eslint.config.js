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
    // No value from a story may ever become HTML: ban every API that parses a string as markup,
    // including Leaflet's HTML-taking popups, tooltips and attribution (CVE-2025-69993).
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-properties": ["error",
        ...["innerHTML", "outerHTML", "insertAdjacentHTML", "bindPopup", "bindTooltip", "setContent", "addAttribution", "setPrefix", "createContextualFragment"]
          .map((property) => ({ property, message: "Markup from strings is banned: build DOM nodes or React elements (SECURITY.md)." })),
        { object: "document", property: "write", message: "Markup from strings is banned (SECURITY.md)." },
      ],
      "no-restricted-syntax": ["error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Markup from strings is banned (SECURITY.md)." },
        { selector: "NewExpression[callee.name='Function']", message: "No code from strings: the CSP forbids it (SECURITY.md)." },
        { selector: "CallExpression[callee.name='eval']", message: "No code from strings: the CSP forbids it (SECURITY.md)." },
      ],
    },
  },
  {
    // Pure domains stay free of React and Leaflet so they run in Node, workers and tests.
    files: ["src/story/**", "src/geo/**", "src/state/**", "src/embed/*.ts", "src/element/options.ts"],
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
    files: ["src/components/**", "src/data/**", "src/main.tsx", "src/App.tsx", "src/embed/**", "src/element/**"],
    rules: { "no-restricted-imports": ["error", leafletImports] },
  },
  {
    // A host page includes this file on its own: any import would be a file it does not have.
    files: ["src/embed/host.ts"],
    rules: { "no-restricted-syntax": ["error", { selector: "ImportDeclaration, ImportExpression, ExportNamedDeclaration, ExportDefaultDeclaration", message: "article-map-host.js stands alone: no imports or exports." }] },
  },
);
