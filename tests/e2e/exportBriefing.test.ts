import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInlinePayload } from "../../src/data/inlineFiles";
import { launchBrowser, openPage, screenshot, type LaunchedBrowser, type OpenedPage } from "./harness/browser";
import { articleSentence, marker, markers, popup, storyText, waitForBasemap, waitForStill } from "./harness/mapPage";

/** `npm run export:briefing`: one HTML file that works from disk with the network off. */

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FILE = "export/aktobe-2016-briefing.html";

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
/** The text of the first element `<tag …attributes>…</tag>` in the page. */
function element(html: string, tag: string, attributes = ""): string {
  const match = new RegExp(`<${tag}${attributes}>([\\s\\S]*?)</${tag}>`).exec(html);
  if (!match) throw new Error(`${FILE} has no <${tag}${attributes}>`);
  return match[1]!;
}

describe("the inline files of a page", () => {
  it("are none, without an exception, when the element is missing or malformed", () => {
    for (const text of [null, "", "{", "null", "[]", '"files"', '{"files": null}', '{"files": [1]}']) {
      const inline = readInlinePayload(text);
      expect(inline.files.size, String(text)).toBe(0);
      expect(inline.startQuery, String(text)).toBeNull();
    }
    const inline = readInlinePayload('{"startQuery": "mode=briefing", "files": {"a.json": "{}", "b.json": 2}}');
    expect([...inline.files]).toEqual([["a.json", "{}"]]);
    expect(inline.files.get("constructor")).toBeUndefined();
    expect(inline.startQuery).toBe("mode=briefing");
  });
});

describe("the offline briefing file", () => {
  const fileUrl = pathToFileURL(join(REPO_ROOT, FILE)).href;
  let output = "";
  let html = "";
  let browser: LaunchedBrowser;
  /** Every request but the file's own, refused wherever it would go (another file: URL included). */
  const attempted: string[] = [];

  beforeAll(async () => {
    const tsx = join(REPO_ROOT, "node_modules", ".bin", "tsx");
    ({ stdout: output } = await promisify(execFile)(tsx, ["scripts/export-briefing.ts"], { cwd: REPO_ROOT }));
    html = readFileSync(join(REPO_ROOT, FILE), "utf8");
    browser = await launchBrowser();
    await browser.context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.split(/[?#]/)[0] === fileUrl) return route.continue();
      attempted.push(url);
      return route.abort("blockedbyclient");
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the file from disk; `query` (without `?`) replaces the briefing it starts with. */
  async function openFile(query = ""): Promise<OpenedPage> {
    attempted.length = 0;
    return openPage(browser, query ? `${fileUrl}?${query}` : fileUrl, { blockExternal: false });
  }

  /** Nothing failed, and nothing but the file itself (and data: URLs) was asked for. */
  function expectSelfContained(opened: OpenedPage): void {
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    expect(attempted).toEqual([]);
    expect(opened.requests.filter((url) => !url.startsWith("data:")).map((url) => url.split(/[?#]/)[0])).toEqual([fileUrl]);
  }

  it("is the catalogue's default story, named with its size on the last line of output", () => {
    expect(output.trim().split("\n").at(-1)).toMatch(/^export\/aktobe-2016-briefing\.html \(\d+\.\d MB\)$/);
  });

  it("holds its script, style and files, refers to nothing else, and its CSP allows exactly those", () => {
    // The markup alone: the script's own strings name tags and attributes too.
    const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?(<\/\2>)/g, "$1$3");
    expect([...markup.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1])).toEqual(["data:,"]);
    expect(markup.match(/<(?:script|style|link)\b[^>]*>/g)).toEqual([
      '<link rel="icon" href="data:," />',
      "<style>",
      '<script type="application/json" id="article-map-inline">',
      '<script type="module">',
    ]);
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(markup)?.[1];
    const script = element(html, "script", ' type="module"');
    const style = element(html, "style");
    expect(style.match(/url\(\s*["']?(?!data:|#)[^)]*/g)).toBeNull();
    expect(policy?.split("; ")).toEqual([
      "default-src 'none'",
      `script-src ${sha256(script)}`,
      `style-src ${sha256(style)}`,
      "img-src data:",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    const inline = readInlinePayload(element(html, "script", ' type="application/json" id="article-map-inline"'));
    expect(inline.startQuery).toBe("mode=briefing");
    expect(inline.files.get("geodata/aktobe-2016/story.json")).toBe(storyText());
    expect(JSON.parse(inline.files.get("geodata/catalog.json")!)).toMatchObject({ defaultStory: "aktobe-2016/story.json" });
    const keys = [...inline.files.keys()];
    // The coarse world and every detail cell, so that the map has its detail wherever it goes offline.
    expect(keys.filter((key) => /^assets\/basemap-world-[\w-]+\.json$/.test(key))).toHaveLength(1);
    expect(keys.filter((key) => /^assets\/basemap-cell-[\w-]+\.json$/.test(key)).length).toBeGreaterThan(50);
    expect(keys.filter((key) => /countries-50m/.test(key))).toEqual([]);
  });

  it("opened from disk as it is, loads its story with no errors and no requests", async () => {
    const opened = await openFile();
    // The app names the page after the story once it has loaded, whichever mode it shows.
    const { title: headline } = JSON.parse(storyText()).article as { title: string };
    await expect.poll(() => opened.page.title(), { timeout: 10_000 }).toContain(headline);
    expect(new URL(opened.page.url()).search, "the briefing query is applied, not navigated to").toBe("");
    // It opens in briefing mode, and steps through the briefing.
    const steps = (JSON.parse(storyText()) as { briefing: { steps: Array<{ title: string }> } }).briefing.steps;
    const title = () => opened.page.locator(".briefing__title").textContent();
    await expect.poll(title).toBe(steps[0]!.title);
    for (const step of steps.slice(1)) {
      await opened.page.keyboard.press("PageDown");
      await expect.poll(title).toBe(step.title);
    }
    // The basemap's files load after the story's; their requests too must not reach out.
    await waitForBasemap(opened.page);
    expectSelfContained(opened);
    await opened.page.close();
  });

  it("opened from disk with a query of its own, shows the markers, the basemap and the article, with no errors and no requests", async () => {
    const opened = await openFile("theme=light");
    const { page } = opened;

    await markers(page).first().waitFor({ state: "attached" });
    expect(await markers(page).count()).toBeGreaterThan(10);
    for (const name of ["Aktobe", "Astana", "Baikonur Cosmodrome"]) expect(await marker(page, name).isVisible(), name).toBe(true);

    await waitForBasemap(page);
    await waitForStill(page);
    const land = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>(".leaflet-basemap-land-pane canvas");
      if (!canvas) return null;
      const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set<string>();
      let opaque = 0;
      for (let i = 0; i < data.length; i += 4 * 7) {
        if (data[i + 3]! > 0) opaque++;
        colours.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`);
      }
      return { opaqueShare: opaque / (data.length / (4 * 7)), colours: colours.size };
    });
    expect(land, "a canvas in the basemap-land pane").not.toBeNull();
    expect(land!.opaqueShare).toBeGreaterThan(0.3);
    expect(land!.colours).toBeGreaterThan(5);
    await expect.poll(() => page.locator(".leaflet-basemap-water-pane canvas").count()).toBe(1);

    const { sentence, paragraph } = articleSentence("robbed two gun stores");
    const article = page.getByRole("article", { name: "The article" });
    expect(await article.locator("p[data-paragraph]").nth(paragraph - 1).textContent()).toContain(sentence);

    await marker(page, "Aktobe").click();
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Aktobe");
    await screenshot(page, "briefing-file-aktobe");

    expectSelfContained(opened);
    await page.close();
  });
});
