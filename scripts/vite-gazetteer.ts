import { createHash } from "node:crypto";
import type { Plugin } from "vite";
import { encodeGazetteer } from "../src/geoparse/gazetteerFile.ts";
import { gazetteerEntries } from "./geoparse/gazetteerEntries.ts";

const MODULE_ID = "virtual:gazetteer";
const RESOLVED_ID = `\0${MODULE_ID}`;

interface Asset {
  fileName: string;
  source: string;
}

// Made once per process: a second or two of work, and the same for the site's every page.
let made: Asset | null = null;
function make(): Asset {
  if (made) return made;
  const source = JSON.stringify(encodeGazetteer(gazetteerEntries()));
  made = { fileName: `assets/gazetteer-${createHash("sha256").update(source).digest("hex").slice(0, 10)}.json`, source };
  return made;
}

/**
 * Ships the story builder's gazetteer (src/geoparse/gazetteerFile.ts) as a file made at build time,
 * fetched only when the builder opens; `virtual:gazetteer` exports its page-relative URL.
 */
export function gazetteerFile(): Plugin {
  return {
    name: "article-map-gazetteer",
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : null),
    load: (id) => (id === RESOLVED_ID ? `export const gazetteerUrl = ${JSON.stringify(make().fileName)};` : null),
    generateBundle() {
      const { fileName, source } = make();
      this.emitFile({ type: "asset", fileName, source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const { fileName, source } = make();
        if (!request.url?.split("?")[0]?.endsWith(`/${fileName}`)) return next();
        response.setHeader("Content-Type", "application/json");
        response.end(source);
      });
    },
  };
}
