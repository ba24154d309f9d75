/**
 * The offline briefing: one HTML file holding the app, its styles, the basemap, the catalogue
 * and one story, which works opened from disk with the network off. `npm run export:briefing`
 * writes it (export-briefing.ts), and the site's build puts one for the default story beside
 * index.html, which the app's "Save offline copy" button fills with the story it shows.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { build } from "vite";
import { INLINE_ELEMENT_ID, type InlinePayload } from "../src/data/inlineFiles";
import { parseStory } from "../src/story/parseStory";
import { CSS_TARGET, JS_TARGET } from "./buildTargets";
import { basemapFiles } from "./vite-basemap";
import { catalogModule } from "./vite-geodata";
import { leafletAsModule } from "./leafletModule";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));

/** The options the exported page starts with (src/main.tsx applies them when its address has none). */
const START_QUERY = "mode=briefing";

interface BundleFile {
  fileName: string;
  text: string;
}

/** The path of a site-relative file as the app's URLs spell it (the key convention of src/data/inlineFiles.ts). */
const inlineKey = (path: string): string => new URL(path, "file:///").pathname.slice(1);

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** The app of index.html, built in memory as one script, its stylesheets and its JSON assets. */
async function buildApp(): Promise<Map<string, BundleFile>> {
  // Vite and the React plugin build for NODE_ENV when it is set (Vitest sets "test", which
  // would bring React's development build); a briefing is always a production build.
  process.env.NODE_ENV = "production";
  const result = await build({
    configFile: false,
    root: REPO_ROOT,
    base: "./",
    logLevel: "warn",
    publicDir: false,
    resolve: { alias: leafletAsModule },
    // Not geodata() (the story is inlined) nor the site's CSP (it would forbid inline scripts).
    plugins: [react(), basemapFiles(), catalogModule("geodata", { validate: false })],
    build: {
      write: false,
      target: JS_TARGET,
      cssTarget: CSS_TARGET,
      modulePreload: false,
      reportCompressedSize: false,
      rolldownOptions: {
        input: resolve(REPO_ROOT, "index.html"),
        // One script, beside index.html: URLs the bundle makes from import.meta.url then resolve
        // the same once it is inlined into the page.
        output: { codeSplitting: false, entryFileNames: "[name].js" },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((each) => ("output" in each ? each.output : []));
  return new Map(outputs.map((file) => [
    file.fileName,
    { fileName: file.fileName, text: file.type === "chunk" ? file.code : typeof file.source === "string" ? file.source : Buffer.from(file.source).toString("utf8") },
  ]));
}

/** The story file to export, its id (its folder's name), and the inlined catalogue that makes it the default. */
function readStory(argument: string | undefined): { id: string; text: string; catalog: string } {
  const geodata = join(REPO_ROOT, "geodata");
  const file = argument
    ? resolve(argument)
    : resolve(geodata, (JSON.parse(readFileSync(join(geodata, "catalog.json"), "utf8")) as { defaultStory: string }).defaultStory);
  if (!existsSync(file)) throw new Error(`${relative(process.cwd(), file)} does not exist`);
  const text = readFileSync(file, "utf8");
  const parsed = parseStory(text);
  if (!parsed.ok) {
    throw new Error(`${relative(process.cwd(), file)} cannot be loaded:\n${parsed.problems.map((problem) => `- ${problem.message}`).join("\n")}`);
  }
  for (const problem of parsed.skipped) console.warn(`${relative(process.cwd(), file)}: left out: ${problem.message}`);
  const id = basename(dirname(file));
  const catalog = { defaultStory: `${id}/story.json`, stories: [{ id, file: `${id}/story.json`, title: parsed.story.title }] };
  return { id, text, catalog: JSON.stringify(catalog) };
}

/**
 * A script's text made safe between `<script>` and `</script>`: `<` before `/script` or `!--`
 * becomes `\x3C`, which means `<` wherever in a module such text can occur (strings, templates,
 * regular expressions, comments).
 */
const scriptText = (code: string): string => code.replace(/<(\/script|!--)/gi, "\\x3C$1");

function styleText(css: string): string {
  if (/<\/style/i.test(css)) throw new Error("the stylesheet contains </style, which would end it early in the page");
  return css;
}

/**
 * Index.html with its script and stylesheets inlined, the files in the inline element, and a CSP
 * that allows exactly that script and style and nothing from anywhere.
 */
function singlePage(bundle: Map<string, BundleFile>, files: Record<string, string>): string {
  const fileText = (fileName: string): string => {
    const file = bundle.get(fileName);
    if (!file) throw new Error(`index.html refers to ${fileName}, which the build did not make`);
    return file.text;
  };
  const scripts: string[] = [];
  const styles: string[] = [];
  const skeleton = fileText("index.html")
    .replace(/[ \t]*<script\b[^>]*\bsrc="\.\/([^"]+)"[^>]*><\/script>\n?/g, (_, fileName: string) => {
      scripts.push(fileText(fileName));
      return "";
    })
    .replace(/[ \t]*<link\b[^>]*\brel="stylesheet"[^>]*\bhref="\.\/([^"]+)"[^>]*>\n?/g, (_, fileName: string) => {
      styles.push(fileText(fileName));
      return "";
    });
  if (scripts.length !== 1) throw new Error(`the build made ${scripts.length} scripts for index.html, but the page holds one`);
  const outside = [...skeleton.matchAll(/\b(?:src|href)="(?!data:)([^"]*)"/g)].map((match) => match[1]);
  if (outside.length > 0) throw new Error(`index.html still refers to ${outside.join(", ")}`);

  const script = scriptText(scripts[0]!);
  const style = styleText(styles.join("\n"));
  const outsideOfStyle = [...style.matchAll(/url\(\s*["']?(?!data:|#)([^"')]*)/g)].map((match) => match[1]);
  if (outsideOfStyle.length > 0) throw new Error(`the stylesheet refers to ${outsideOfStyle.join(", ")}`);
  const payload: InlinePayload = { startQuery: START_QUERY, files };
  // `<` only occurs inside JSON strings, where \u003c means the same, so no tag can end the element.
  const inline = JSON.stringify(payload).replace(/</g, "\\u003c");
  const policy = [
    "default-src 'none'",
    `script-src ${sha256(script)}`,
    `style-src ${sha256(style)}`,
    // Leaflet's stylesheet draws its few images from data: URLs.
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");

  const insertions: Record<string, string> = {
    "<meta charset=\"utf-8\" />": `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
    "</head>": `  <style>${style}</style>\n  `,
    "</body>": `  <script type="application/json" id="${INLINE_ELEMENT_ID}">${inline}</script>\n    <script type="module">${script}</script>\n  `,
  };
  const missing = Object.keys(insertions).filter((tag) => !skeleton.includes(tag));
  if (missing.length > 0) throw new Error(`index.html has no ${missing.join(", ")}`);
  // One pass over the skeleton, with a function, so that nothing inserted is scanned again or read as `$&`.
  return skeleton.replace(/<meta charset="utf-8" \/>|<\/head>|<\/body>/g, (tag) =>
    tag.startsWith("<meta") ? tag + insertions[tag] : insertions[tag] + tag);
}

/**
 * The offline briefing of a story.
 * @param storyArgument - a story file; the catalogue's default story without one
 * @returns the story's id (its folder's name) and the page
 */
export async function offlineBriefing(storyArgument?: string): Promise<{ id: string; html: string }> {
  const story = readStory(storyArgument);
  const bundle = await buildApp();
  const files: Record<string, string> = {
    [inlineKey("geodata/catalog.json")]: story.catalog,
    [inlineKey(`geodata/${story.id}/story.json`)]: story.text,
  };
  // The basemap: the world and every cell of vite-basemap.ts, so that any view works offline.
  for (const file of bundle.values()) if (file.fileName.endsWith(".json")) files[inlineKey(file.fileName)] = file.text;
  return { id: story.id, html: singlePage(bundle, files) };
}
