import { fileURLToPath } from "node:url";
import type { AliasOptions } from "vite";

/**
 * Leaflet 1.9's package.json names only its UMD script, which bundles as CommonJS: wrapped, with
 * its names unmangled. The package also ships the same code as an ES module; bundling that one
 * makes the first view's script 1.1 KB gzip smaller. Leaflet 1.9 sets no `window.L` from it, and
 * nothing here reads one.
 */
export const leafletAsModule: AliasOptions = [
  { find: /^leaflet$/, replacement: fileURLToPath(new URL("../node_modules/leaflet/dist/leaflet-src.esm.js", import.meta.url)) },
];
