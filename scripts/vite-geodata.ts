import { cpSync, createReadStream, existsSync, statSync } from "node:fs";
import { join, normalize, resolve } from "node:path";
import type { Plugin } from "vite";

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
