import { createHash } from "node:crypto";
import { cpSync, createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { join, normalize, resolve } from "node:path";
import type { Plugin } from "vite";
import { parseStoryParts } from "../src/story/parseStory.ts";
import { VALIDATED_STORY_FORMAT, validatedStoryFileName, type ValidatedStoryFile } from "../src/story/validatedStory.ts";

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

interface ValidatedAsset {
  fileName: string;
  source: string;
}

/**
 * The default story, validated by the app's own validator (src/story/parseStory.ts) while the site
 * is built, so a page opening with it can draw it without waiting for the validator's worker.
 * Null when the catalogue names no story, or one that does not load (the page then shows why).
 */
function validatedDefault(root: string, story: string | null): ValidatedAsset | null {
  if (story === null) return null;
  let text: string;
  try {
    text = readFileSync(join(root, story), "utf8");
  } catch {
    return null;
  }
  const result = parseStoryParts(text);
  if (!result.ok) return null;
  const source = JSON.stringify({ format: VALIDATED_STORY_FORMAT, story, result } satisfies ValidatedStoryFile);
  return { fileName: validatedStoryFileName(createHash("sha256").update(source).digest("hex")), source };
}

/**
 * `virtual:catalog`: the default story the catalogue named at build time, so the page starts its
 * download with the catalogue's rather than after it (the catalogue still decides, src/data/fetchers.ts),
 * and that story already validated (`validatedDefaultStory`).
 * @param validate - false for a page that carries its own story (the offline briefing)
 */
export function catalogModule(folder = "geodata", { validate = true } = {}): Plugin {
  const root = resolve(folder);
  // Validating takes a tenth of a second: done again only when the catalogue or the story changed.
  let last: { key: string; story: string | null; validated: ValidatedAsset | null } | null = null;
  const modified = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : -1);
  const made = () => {
    const story = builtDefaultStory(root);
    const key = `${story}:${modified(join(root, "catalog.json"))}:${story === null ? "" : modified(join(root, story))}`;
    if (last?.key !== key) last = { key, story, validated: validate ? validatedDefault(root, story) : null };
    return last;
  };
  return {
    name: "article-map-catalog",
    resolveId: (id) => (id === CATALOG_MODULE ? RESOLVED_CATALOG : null),
    load(id) {
      if (id !== RESOLVED_CATALOG) return null;
      this.addWatchFile(join(root, "catalog.json"));
      const { story, validated } = made();
      if (story !== null) this.addWatchFile(join(root, story));
      return [
        `export const builtDefaultStory = ${JSON.stringify(story)};`,
        `export const validatedDefaultStory = ${JSON.stringify(validated?.fileName ?? null)};`,
      ].join("\n");
    },
    generateBundle() {
      const { validated } = made();
      if (validated) this.emitFile({ type: "asset", fileName: validated.fileName, source: validated.source });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const { validated } = made();
        if (!validated || !request.url?.split("?")[0]?.endsWith(`/${validated.fileName}`)) return next();
        response.setHeader("Content-Type", "application/json");
        response.end(validated.source);
      });
    },
  };
}
