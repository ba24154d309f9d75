/**
 * The story builder's geoparser: words per millisecond in Node and in the browser's worker, each
 * against a plain gazetteer lookup (every run of capitalised words looked up, nothing more) timed
 * in the same run, and the gazetteer file's gzip bytes.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { buildGazetteer, type Gazetteer } from "../src/geoparse/gazetteer.ts";
import { geoparse } from "../src/geoparse/geoparse.ts";
import { newDraft } from "../src/builder/newDraft.ts";
import { gazetteerEntries } from "../scripts/geoparse/gazetteerEntries.ts";
import { MAX_ARTICLE_CHARACTERS } from "../src/builder/articleInput.ts";
import { kilobytes, milliseconds, spread, table, times } from "./report.ts";
import { ratio, summarise, type Summary } from "./stats.ts";
import { VIEWPORT } from "./measure.ts";

const DEV_SET = "../shared/geoparse/dev.jsonl";
const ARTICLE = "geodata/aktobe-2016/article.txt";

export interface GeoparseResults {
  corpus: { name: string; words: number };
  gazetteer: { entries: number; buildMs: number; fileBytes: number; gzipBytes: number };
  node: { geoparse: Summary; draft: Summary; plainLookup: Summary };
  browser: { worker: Summary; article: { words: number; find: Summary }; longest: { words: number; firstFindMs: number; find: Summary } } | null;
}

/** The texts timed: the development set's when it is there (it is not shipped), else the first article. */
function corpus(): { name: string; texts: string[] } {
  if (existsSync(DEV_SET)) {
    const texts = readFileSync(DEV_SET, "utf8").split("\n").filter((line) => line.trim() !== "").map((line) => (JSON.parse(line) as { text: string }).text);
    return { name: `${DEV_SET} (${texts.length} documents)`, texts };
  }
  return { name: ARTICLE, texts: [readFileSync(ARTICLE, "utf8")] };
}

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The baseline: each run of capitalised words, and each of its words, looked up as it is. */
function plainLookup(text: string, gazetteer: Gazetteer): number {
  let found = 0;
  for (const run of text.matchAll(/\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*/gu)) {
    if (gazetteer.lookup(run[0]).length > 0) found++;
    else for (const word of run[0].split(/\s+/)) found += gazetteer.lookup(word).length > 0 ? 1 : 0;
  }
  return found;
}

function timeEach(runs: number, work: () => void): Summary {
  return summarise(Array.from({ length: runs }, () => {
    const start = performance.now();
    work();
    return performance.now() - start;
  }));
}

/** Pastes a text of `words` words into the built builder and times Find places: once cold (the gazetteer's download and index), then warm. */
async function inBrowser(browser: Browser, url: string, text: string, runs: number): Promise<{ firstFindMs: number; find: Summary }> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${url}builder.html`);
  const find = async () => {
    await page.getByLabel("Text", { exact: true }).fill(text);
    const start = Date.now();
    await page.getByRole("button", { name: "Find places" }).click();
    await page.locator(".mention-text [data-mention]").first().waitFor({ timeout: 120_000 });
    const ms = Date.now() - start;
    await page.getByRole("button", { name: "Change the text" }).click();
    return ms;
  };
  const firstFindMs = await find();
  const warm: number[] = [];
  for (let run = 0; run < runs; run++) warm.push(await find());
  await context.close();
  return { firstFindMs, find: summarise(warm) };
}

const TIME_WORKER = `async ({ files, texts, runs }) => {
  const worker = new Worker(new URL(files.worker, document.baseURI), { type: "module" });
  const gazetteer = { url: new URL(files.gazetteer, document.baseURI).href, shown: "the gazetteer", maxBytes: Infinity, hint: "" };
  let id = 0;
  const ask = (message) => new Promise((resolve, reject) => {
    const start = performance.now();
    worker.onmessage = ({ data }) => (data.kind === "failed" ? reject(new Error(data.message)) : resolve(performance.now() - start));
    worker.postMessage({ id: ++id, gazetteer, ...message });
  });
  await ask({ kind: "search", query: "" });
  const times = [];
  for (let run = 0; run < runs; run++) {
    let total = 0;
    for (const text of texts) total += await ask({ kind: "draft", article: { text, title: "", source: "", sourceUrl: "", published: "2016-07-07" } });
    times.push(total);
  }
  worker.terminate();
  return times;
}`;

/**
 * The builder's worker on its own, as the builder asks it: each text's draft, timed from the
 * request to the answer, once the gazetteer is in (src/workers/geoparseProtocol.ts).
 */
async function inWorker(browser: Browser, url: string, files: { worker: string; gazetteer: string }, texts: readonly string[], runs: number): Promise<Summary> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}builder.html`);
  // A string, not a function: tsx would name the page's inner functions with a helper the page lacks.
  const samples = (await page.evaluate(`(${TIME_WORKER})(${JSON.stringify({ files, texts, runs })})`)) as number[];
  await context.close();
  return summarise(samples);
}

export async function measureGeoparse(browser: Browser, appDir: string, appUrl: string, runs: number, log: (line: string) => void): Promise<GeoparseResults> {
  const { name, texts } = corpus();
  const words = texts.reduce((sum, text) => sum + wordsIn(text), 0);
  log(`Geoparser: building the gazetteer, then timing ${words.toLocaleString("en")} words ${runs} times …`);
  const start = performance.now();
  const entries = gazetteerEntries();
  const gazetteer = buildGazetteer(entries);
  const buildMs = performance.now() - start;
  const assets = readdirSync(join(appDir, "assets"));
  const file = assets.find((each) => /^gazetteer-.*\.json$/.test(each));
  const workerFile = assets.find((each) => /^geoparse\.worker-.*\.js$/.test(each));
  const fileText = file ? readFileSync(join(appDir, "assets", file)) : Buffer.alloc(0);
  const node = {
    geoparse: timeEach(runs, () => texts.forEach((text) => geoparse(text, gazetteer))),
    draft: timeEach(runs, () => texts.forEach((text) => newDraft({ text, published: "2016-07-07" }, gazetteer))),
    plainLookup: timeEach(runs, () => texts.forEach((text) => plainLookup(text, gazetteer))),
  };
  // The longest article the builder takes: the corpus's texts end to end, cut at a paragraph.
  let longest = texts.join("\n\n");
  if (longest.length > MAX_ARTICLE_CHARACTERS) longest = longest.slice(0, longest.lastIndexOf("\n\n", MAX_ARTICLE_CHARACTERS));
  const shipped = readFileSync(ARTICLE, "utf8");
  log("Geoparser: timing the builder's worker and Find places …");
  const browserTimes = file && workerFile
    ? {
      worker: await inWorker(browser, appUrl, { worker: `assets/${workerFile}`, gazetteer: `assets/${file}` }, texts, runs),
      article: { words: wordsIn(shipped), find: (await inBrowser(browser, appUrl, shipped, runs)).find },
      longest: { words: wordsIn(longest), ...(await inBrowser(browser, appUrl, longest, runs)) },
    }
    : null;
  return {
    corpus: { name, words },
    gazetteer: { entries: entries.length, buildMs, fileBytes: fileText.length, gzipBytes: gzipSync(fileText, { level: 9 }).length },
    node,
    browser: browserTimes,
  };
}

export function geoparseTable({ corpus, gazetteer, node, browser }: GeoparseResults): string[] {
  const perThousand = (summary: Summary, count: number) => (summary.median / count) * 1000;
  const rows = [
    ["", "ms per 1,000 words", "all words, ms", "vs plain lookup"],
    ["plain gazetteer lookup (baseline)", perThousand(node.plainLookup, corpus.words).toFixed(2), spread(node.plainLookup), "1.00x"],
    ["geoparse (Node)", perThousand(node.geoparse, corpus.words).toFixed(2), spread(node.geoparse), times(ratio(node.geoparse.median, node.plainLookup.median))],
    ["geoparse, sentences and dates: a draft (Node)", perThousand(node.draft, corpus.words).toFixed(2), spread(node.draft), times(ratio(node.draft.median, node.plainLookup.median))],
  ];
  const baseline = perThousand(node.plainLookup, corpus.words);
  const row = (label: string, summary: Summary, words: number) => [label, perThousand(summary, words).toFixed(2), spread(summary), times(ratio(perThousand(summary, words), baseline))];
  if (browser) {
    rows.push(row("a draft in the builder's worker, each document one request (browser)", browser.worker, corpus.words));
    rows.push(row(`Find places in the builder, the first story's article: ${browser.article.words.toLocaleString("en")} words (browser, to the text drawn)`, browser.article.find, browser.article.words));
    rows.push(row(`Find places in the builder, the longest article it takes: ${browser.longest.words.toLocaleString("en")} words`, browser.longest.find, browser.longest.words));
  }
  return [
    `Geoparser, on ${corpus.name}: ${corpus.words.toLocaleString("en")} words.`,
    table(rows),
    `Gazetteer: ${gazetteer.entries.toLocaleString("en")} places, built in ${milliseconds(gazetteer.buildMs)} ms in Node; its file ${kilobytes(gazetteer.fileBytes)} KB, ${kilobytes(gazetteer.gzipBytes)} KB gzip, loaded only by the builder.`,
    ...(browser ? [`First Find places of the longest article on a fresh page (with the gazetteer's download and index): ${milliseconds(browser.longest.firstFindMs)} ms.`] : ["The build has no gazetteer file or geoparser worker: the browser was not timed."]),
  ];
}
