import { cpSync, createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { join, normalize, resolve } from "node:path";
import type { Plugin } from "vite";

const CATALOG_MODULE = "virtual:catalog";
const RESOLVED_CATALOG = `\0${CATALOG_MODULE}`;

/** The catalogue's `defaultStory` as the build finds it, or null when it names none. */
function builtDefaultStory(root: string): string | null {
  try {
    const value = (JSON.parse(readFileSync(join(root, "catalog.json"), "utf8")) as { defaultStory?: unknown }).defaultStory;
    return typeof value === "string" && value !== "" ? value : null;
  } catch {
    return null;
  }
}

/**
 * Stories are data read at run time, so they are never bundled: the dev server serves
 * `geodata/` as it is and the build copies it next to `index.html`.
 */
export function geodata(folder = "geodata"): Plugin {
  const root = resolve(folder);
  let outDir = "dist";
  return {
    name: "article-map-geodata",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? "/", "http://localhost");
        const prefix = `${server.config.base}${folder}/`.replace(/\/+/g, "/");
        if (!url.pathname.startsWith(prefix)) return next();
        const file = normalize(join(root, decodeURIComponent(url.pathname.slice(prefix.length))));
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
        response.setHeader("Content-Type", file.endsWith(".json") ? "application/json" : "text/plain; charset=utf-8");
        createReadStream(file).pipe(response);
      });
    },
    closeBundle() {
      cpSync(root, join(outDir, folder), { recursive: true });
    },
  };
}

/**
 * `virtual:catalog`: the default story the catalogue named at build time, so the page starts its
 * download with the catalogue's rather than after it (the catalogue still decides, src/data/fetchers.ts).
 */
export function catalogModule(folder = "geodata"): Plugin {
  const root = resolve(folder);
  return {
    name: "article-map-catalog",
    resolveId: (id) => (id === CATALOG_MODULE ? RESOLVED_CATALOG : null),
    load(id) {
      if (id !== RESOLVED_CATALOG) return null;
      this.addWatchFile(join(root, "catalog.json"));
      return `export const builtDefaultStory = ${JSON.stringify(builtDefaultStory(root))};`;
    },
  };
}
