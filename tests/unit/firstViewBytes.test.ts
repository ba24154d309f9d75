import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { checkBudgets, readBudgets } from "../../scripts/budgets";
import { bytesByKind, firstViewFiles, overBudget, pageScripts, storyFile, type Graph, type GraphChunk } from "../../scripts/firstViewBytes";

const chunk = (fileName: string, facadeModuleId: string | null, imports: string[], importedCss: string[] = [], dynamicImports: string[] = []): GraphChunk =>
  ({ type: "chunk", fileName, facadeModuleId, imports, dynamicImports, importedCss, code: `/* ${fileName} */ ${"x".repeat(200)}` });
const asset = (fileName: string) => ({ type: "asset" as const, fileName, source: `{"${fileName}": [${"1,".repeat(100)}1]}` });
const gzip = (text: string) => gzipSync(text, { level: 9 }).length;

/**
 * A bundle like the app's: index.html's small entry, which imports the app at once, a shared chunk,
 * a view the app loads on demand, other pages' entries; the page preloads the app.
 */
const PAGE = '<script type="module" crossorigin src="./assets/index-a.js"></script>\n<link rel="modulepreload" crossorigin href="./assets/app-f.js">';
const graph: Graph = Object.freeze({
  "index.html": { type: "asset", fileName: "index.html", source: PAGE },
  "assets/index-a.js": chunk("assets/index-a.js", "/repo/index.html", ["assets/vendor-b.js"], ["assets/index-a.css"], ["assets/app-f.js"]),
  "assets/app-f.js": chunk("assets/app-f.js", null, ["assets/vendor-b.js"], [], ["assets/briefing-d.js"]),
  "assets/vendor-b.js": chunk("assets/vendor-b.js", null, ["assets/shared-c.js"]),
  "assets/shared-c.js": chunk("assets/shared-c.js", null, ["assets/vendor-b.js"], ["assets/shared-c.css"]),
  "assets/briefing-d.js": chunk("assets/briefing-d.js", null, ["assets/shared-c.js"], ["assets/briefing-d.css"]),
  "assets/embed-e.js": chunk("assets/embed-e.js", "/repo/embed.html", ["assets/vendor-b.js"]),
  "assets/index-a.css": asset("assets/index-a.css"),
  "assets/shared-c.css": asset("assets/shared-c.css"),
  "assets/briefing-d.css": asset("assets/briefing-d.css"),
  "assets/countries-50m-X1.json": asset("assets/countries-50m-X1.json"),
  "assets/basemap-world-Y2.json": asset("assets/basemap-world-Y2.json"),
  "assets/basemap-cell-3-4-Z3.json": asset("assets/basemap-cell-3-4-Z3.json"),
});

describe("the first view's bytes from the bundle", () => {
  it("counts the page's entry, the app it imports at once and their static imports, transitively and once each, and their CSS; not views loaded on demand or other pages", () => {
    const files = firstViewFiles(graph, "index.html", []);
    expect(files.map((file) => [file.fileName, file.kind])).toEqual([
      ["assets/index-a.js", "js"], ["assets/vendor-b.js", "js"], ["assets/shared-c.js", "js"], ["assets/app-f.js", "js"],
      ["assets/index-a.css", "css"], ["assets/shared-c.css", "css"],
    ]);
    expect(files[0]!.gzip).toBe(gzip((graph["assets/index-a.js"] as GraphChunk).code));
  });

  it("leaves out an app the entry imports but the page does not preload: it loads after the first view", () => {
    const page = { type: "asset" as const, fileName: "index.html", source: '<script type="module" crossorigin src="./assets/index-a.js"></script>' };
    const files = firstViewFiles({ ...graph, "index.html": page }, "index.html", []);
    expect(files.map((file) => file.fileName)).toEqual(["assets/index-a.js", "assets/vendor-b.js", "assets/shared-c.js", "assets/index-a.css", "assets/shared-c.css"]);
  });

  it("counts every script the page's HTML loads, such as a prefetch that is an entry of its own", () => {
    const page = { type: "asset" as const, fileName: "index.html", source: '<script type="module" async src="./assets/prefetch-g.js"></script><script type="module" src="./assets/index-a.js"></script>' };
    const prefetch = chunk("assets/prefetch-g.js", "/repo/src/boot/prefetch.ts", ["assets/shared-c.js"]);
    const files = firstViewFiles({ ...graph, "index.html": page, "assets/prefetch-g.js": prefetch }, "index.html", []);
    expect(files.map((file) => file.fileName)).toContain("assets/prefetch-g.js");
  });

  it("reads the scripts a page loads and preloads from its HTML", () => {
    expect(pageScripts(PAGE)).toEqual(["assets/index-a.js", "assets/app-f.js"]);
    expect(pageScripts('<script type="module" async crossorigin src="./assets/prefetch-g.js"></script>')).toEqual(["assets/prefetch-g.js"]);
    expect(pageScripts('<link rel="preload" as="fetch" href="./assets/story-1.json"><link rel="stylesheet" href="./a.css">')).toEqual([]);
  });

  it("counts the basemap files the patterns name, so a world basemap can replace the countries file, and never the detail cells", () => {
    const basemap = (patterns: string[]) => firstViewFiles(graph, "index.html", patterns).filter((file) => file.kind === "basemap").map((file) => file.fileName);
    expect(basemap(["assets/countries-50m-*.json", "assets/basemap-world-*.json"])).toEqual(["assets/countries-50m-X1.json", "assets/basemap-world-Y2.json"]);
    expect(basemap(["assets/basemap-world-*.json"])).toEqual(["assets/basemap-world-Y2.json"]);
    expect(basemap(readBudgets("bench/budgets.json").firstViewBasemap)).toEqual(["assets/basemap-world-Y2.json"]);
  });

  it("sums gzip by kind and names each kind over budget, with its size and by how much", () => {
    const files = [...firstViewFiles(graph, "index.html", ["assets/countries-50m-*.json"]), storyFile("geodata/a/story.json", "{}".repeat(5000))];
    const sizes = bytesByKind(files);
    expect(sizes.story.gzip).toBe(gzip("{}".repeat(5000)));
    const checks = checkBudgets({ ...sizes, js: { gzip: 130_000 } }, { js: 125_000, css: 16_000, story: 1 });
    expect(overBudget(checks)).toEqual([
      "js is 130.0 KB gzip, 5.0 KB over its budget of 125.0 KB",
      `story is ${(sizes.story.gzip / 1000).toFixed(1)} KB gzip, ${((sizes.story.gzip - 1) / 1000).toFixed(1)} KB over its budget of 0.0 KB`,
    ]);
  });

  it("says so when the page has no entry in the bundle", () => {
    expect(() => firstViewFiles(graph, "handout.html", [])).toThrow("no chunk of the bundle is the entry of handout.html");
  });
});
