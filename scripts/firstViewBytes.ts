/**
 * The bytes of the app's first view that the bundle alone can name: the JS `index.html` loads
 * before any dynamic import, the CSS that JS brings, the basemap files the first view fetches and
 * the default story. Pure functions over a plain picture of the bundle, so they are tested
 * without a build (scripts/vite-budgets.ts feeds them the real one).
 */
import { gzipSync } from "node:zlib";
import type { BudgetCheck, Kind } from "./budgets.ts";

/** A chunk of the bundle, as Rolldown describes it (with Vite's list of the CSS it imports). */
export interface GraphChunk {
  type: "chunk";
  fileName: string;
  /** Absolute path of the module the chunk is the entry of, e.g. `/repo/index.html`; null for shared chunks. */
  facadeModuleId: string | null;
  /** Chunks it imports statically: they load before it runs. */
  imports: readonly string[];
  /** Chunks it imports with `import()`: for a page's entry, the app it starts at once (src/main.tsx). */
  dynamicImports: readonly string[];
  importedCss: readonly string[];
  code: string;
}

export interface GraphAsset {
  type: "asset";
  fileName: string;
  source: string | Uint8Array;
}

export type Graph = Readonly<Record<string, GraphChunk | GraphAsset>>;

export interface FirstViewFile {
  fileName: string;
  kind: Exclude<Kind, "other">;
  gzip: number;
}

/** `*` matches any run of characters but `/`; everything else matches itself. */
function globToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")}$`);
}

const gzipSize = (contents: string | Uint8Array) => gzipSync(contents, { level: 9 }).length;

/**
 * The scripts a page's HTML loads up front: its module scripts (the entry, and any other such as
 * a prefetch) and those it lists as `<link rel="modulepreload">`, whether or not its entry imports
 * them statically.
 * @example pageScripts('<link rel="modulepreload" crossorigin href="./assets/app-f.js">') // ["assets/app-f.js"]
 */
export function pageScripts(html: string): string[] {
  const tags = [...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>|<script\b[^>]*\bsrc="[^"]*"[^>]*>/g)];
  return tags.flatMap((tag) => {
    const url = /\b(?:href|src)="(?:\.\/)?([^"]+)"/.exec(tag[0])?.[1];
    return url ? [url] : [];
  });
}

/**
 * @param graph - the bundle: file name to chunk or asset
 * @param page - the HTML entry whose first view counts, e.g. `index.html`
 * @param basemapPatterns - globs of the basemap assets the first view fetches (bench/budgets.json)
 * @returns the page's entry chunk, the other scripts its HTML loads or preloads (an app its small
 * entry imports at once, which the page fetches alongside), every chunk those import statically, transitively;
 * the CSS they import; and the basemap assets; each with its gzip size at level 9. Dynamic
 * imports the page does not preload load after the first view, and are not counted: views loaded
 * on demand, and the app index.html's entry runs once it has drawn the first view (src/main.tsx).
 * @throws when no chunk is the page's entry
 * @example firstViewFiles(bundle, "index.html", ["assets/countries-50m-*.json"]) // [{ fileName: "assets/index-Ab1.js", kind: "js", gzip: 61234 }, …]
 */
export function firstViewFiles(graph: Graph, page: string, basemapPatterns: readonly string[]): FirstViewFile[] {
  const chunks = Object.values(graph).filter((file): file is GraphChunk => file.type === "chunk");
  const entry = chunks.find((chunk) => chunk.facadeModuleId !== null && (chunk.facadeModuleId === page || chunk.facadeModuleId.endsWith(`/${page}`)));
  if (!entry) throw new Error(`no chunk of the bundle is the entry of ${page}`);
  const html = graph[page];
  const preloaded = html?.type === "asset" ? pageScripts(typeof html.source === "string" ? html.source : new TextDecoder().decode(html.source)) : [];
  const loaded = new Set<string>();
  const visit = (fileName: string) => {
    if (loaded.has(fileName)) return;
    loaded.add(fileName);
    const chunk = graph[fileName];
    if (chunk?.type === "chunk") chunk.imports.forEach(visit);
  };
  visit(entry.fileName);
  preloaded.filter((fileName) => graph[fileName]?.type === "chunk").forEach(visit);
  const css = new Set([...loaded].flatMap((fileName) => {
    const chunk = graph[fileName];
    return chunk?.type === "chunk" ? [...chunk.importedCss] : [];
  }));
  const basemaps = basemapPatterns.map(globToRegExp);
  const sizeOf = (fileName: string) => {
    const file = graph[fileName];
    if (!file) throw new Error(`${fileName} is imported but is not in the bundle`);
    return gzipSize(file.type === "chunk" ? file.code : file.source);
  };
  return [
    ...[...loaded].map((fileName) => ({ fileName, kind: "js" as const, gzip: sizeOf(fileName) })),
    ...[...css].map((fileName) => ({ fileName, kind: "css" as const, gzip: sizeOf(fileName) })),
    ...Object.values(graph)
      .filter((file) => file.type === "asset" && basemaps.some((pattern) => pattern.test(file.fileName)))
      .map((file) => ({ fileName: file.fileName, kind: "basemap" as const, gzip: sizeOf(file.fileName) })),
  ];
}

/** A story file outside the bundle (the catalogue's default), counted as the first view's story. */
export function storyFile(fileName: string, contents: string | Uint8Array): FirstViewFile {
  return { fileName, kind: "story", gzip: gzipSize(contents) };
}

/** Gzip bytes per kind, every kind present (0 when the first view has none of it). */
export function bytesByKind(files: readonly FirstViewFile[]): Record<Kind, { gzip: number }> {
  const total = (kind: Kind) => ({ gzip: files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.gzip, 0) });
  return { js: total("js"), worker: total("worker"), css: total("css"), basemap: total("basemap"), story: total("story"), other: total("other") };
}

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * @returns one sentence per kind over its budget, naming its size, the budget and the excess,
 * e.g. `js is 194.3 KB gzip, 69.3 KB over its budget of 125.0 KB`
 */
export function overBudget(checks: readonly BudgetCheck[]): string[] {
  return checks
    .filter((check) => check.status === "OVER")
    .map((check) => `${check.kind} is ${kilobytes(check.gzip)} gzip, ${kilobytes(check.gzip - check.budget)} over its budget of ${kilobytes(check.budget)}`);
}
