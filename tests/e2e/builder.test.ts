import { readFile } from "node:fs/promises";
import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { axeViolations } from "./harness/axe";
import { openPage, screenshot } from "./harness/browser";
import { ARTICLE_PATH, marker, openMap, popup, useBuiltSite } from "./harness/mapPage";
import { storyFolder } from "./harness/stories";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ARTICLE = readFileSync(fileURLToPath(new URL(`../../${ARTICLE_PATH}`, import.meta.url)), "utf8");
const TITLE = "Security delegation meets in Kazakhstan to assess new terror threat";
const BUILT_TITLE = "Built: Kazakhstan after Aktobe";

const mentions = (page: Page) => page.locator(".mention-text [data-mention]");
const mentionNamed = (page: Page, text: string) => page.locator(".mention-text [data-mention]", { hasText: text }).first();
const counts = (page: Page) => page.locator(".builder-toolbar__counts").textContent();

/** Pastes the shipped article, as a reader would, and waits for its places. */
async function findPlacesInArticle(page: Page): Promise<void> {
  await page.getByLabel("Text", { exact: true }).fill(ARTICLE);
  await page.getByLabel("Source", { exact: true }).fill("AMI");
  await page.getByLabel("Published", { exact: true }).fill("2016-07-07");
  await page.getByRole("button", { name: "Find places" }).click();
  await mentions(page).first().waitFor();
}

describe("the story builder", () => {
  // Where a saved story is put for the site to serve, as a newsroom would publish it.
  const published = storyFolder({});
  afterAll(() => published.remove());
  const site = useBuiltSite({ mounts: { "built/": published.path } });

  /** The builder with nothing kept from an earlier test: the tests' pages share one browser profile. */
  async function openBuilder(viewport = { width: 1280, height: 900 }) {
    const opened = await openPage(site.browser, `${site.server.url}builder.html`, { viewport });
    await opened.page.evaluate(() => localStorage.clear());
    await opened.page.reload();
    return opened;
  }

  it("finds the article's places, accepts all, saves a valid story that the map opens with Aktobe's passage verbatim", async () => {
    const { page, pageErrors, consoleErrors, cspViolations, blockedRequests } = await openBuilder();
    await findPlacesInArticle(page);
    // The headline line, taken as the title: the shipped story has it too, so it is changed below.
    expect(await page.getByRole("heading", { level: 2, name: TITLE }).count()).toBe(1);
    for (const name of ["Aktobe", "Astana", "Kazakhstan", "Russia"]) expect(await mentionNamed(page, name).count(), name).toBe(1);
    await screenshot(page, "builder-article");

    await page.getByRole("group", { name: "The article's details" }).getByLabel("Title").fill(BUILT_TITLE);
    await page.getByRole("button", { name: "Accept all not decided" }).click();
    expect(await counts(page)).toMatch(/ accepted, 0 rejected, 0 not decided$/);
    const saving = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save story file" }).click();
    const saved = await saving;
    expect(saved.suggestedFilename()).toBe("built-kazakhstan-after-aktobe.json");
    const storyText = await readFile(await saved.path(), "utf8");
    await page.getByRole("status").filter({ hasText: "Saved " }).waitFor();

    const map = await openMap(site.browser, site.server);
    await map.page.setInputFiles('input[type="file"]', { name: saved.suggestedFilename(), mimeType: "application/json", buffer: Buffer.from(storyText) });
    await expect.poll(() => map.page.getByRole("heading", { level: 1 }).textContent()).toBe(BUILT_TITLE);
    await marker(map.page, "Aktobe").click();
    await expect.poll(() => popup(map.page).getAttribute("aria-label")).toBe("Aktobe");
    // The story spans the world, so the map cannot pan north to fit the tall popup: it is shortened to fit instead.
    await expect.poll(async () => (await popup(map.page).boundingBox())!.y - (await map.page.locator(".leaflet-container").boundingBox())!.y).toBeGreaterThanOrEqual(0);
    const quotes = await popup(map.page).locator("blockquote").allTextContents();
    expect(quotes.some((quote) => quote.includes("robbed two gun stores in Aktobe")), quotes.join("\n")).toBe(true);
    for (const quote of quotes) expect(ARTICLE.replace(/\s+/g, " ")).toContain(quote.replace(/\s+/g, " "));
    await screenshot(map.page, "builder-story-opened");

    // Published as any story is, it opens unchanged in briefing mode and in an embed.
    writeFileSync(join(published.path, "built.json"), storyText);
    const briefing = await openMap(site.browser, site.server, { query: "story=built/built.json&mode=briefing", waitForMarkers: false });
    await expect.poll(() => briefing.page.locator(".briefing__title").textContent()).toBeTruthy();
    expect(await briefing.page.locator(".briefing__progress .visually-hidden").textContent()).toMatch(/^Step 1 of \d+$/);
    const embed = await openPage(site.browser, `${site.server.url}embed.html?story=built/built.json`);
    await embed.page.locator(".leaflet-marker-pane").getByRole("button", { name: "Aktobe", exact: true }).waitFor();
    expect([...briefing.pageErrors, ...embed.pageErrors]).toEqual([]);
    await briefing.page.close();
    await embed.page.close();
    expect([...pageErrors, ...map.pageErrors, ...consoleErrors, ...map.consoleErrors, ...cspViolations, ...map.cspViolations, ...blockedRequests]).toEqual([]);
    await page.close();
    await map.page.close();
  });

  it("keeps a rejected mention rejected after a reload, and the keys J, K, A and R work", async () => {
    const { page } = await openBuilder();
    await findPlacesInArticle(page);
    await mentionNamed(page, "Russia").click();
    await page.keyboard.press("r");
    await expect.poll(() => mentionNamed(page, "Russia").getAttribute("class")).toContain("builder-mention--rejected");
    await page.keyboard.press("j");
    const next = page.locator(".mention-text [aria-pressed=true]");
    expect(await next.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("a");
    await expect.poll(() => next.getAttribute("class")).toContain("builder-mention--accepted");
    const before = await counts(page);

    await page.reload();
    await mentions(page).first().waitFor();
    expect(await mentionNamed(page, "Russia").getAttribute("class")).toContain("builder-mention--rejected");
    expect(await counts(page)).toBe(before);
    await page.close();
  });

  it("re-places a mention from a gazetteer search and by a click on the map", async () => {
    const { page } = await openBuilder();
    await findPlacesInArticle(page);
    await mentionNamed(page, "Aktobe").click();
    await page.getByRole("searchbox", { name: "Search the gazetteer" }).fill("Aktob");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const found = page.getByRole("list", { name: "Places found" }).getByRole("button");
    await found.first().waitFor();
    expect(await found.first().textContent()).toContain("Kazakhstan");

    await page.getByRole("button", { name: "Place it on the map" }).click();
    const box = (await page.locator(".builder-map").boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator(".mention-panel").textContent()).toContain("point on the map");
    expect(await mentionNamed(page, "Aktobe").getAttribute("class")).toContain("builder-mention--accepted");
    await page.close();
  });

  for (const [what, text, message] of [
    ["an empty paste", "   \n  ", "The article's text is empty"],
    ["5 MB of text", "Aktobe. ".repeat(650_000), "The article's text has 5.2 million characters; the builder takes one article of up to 400,000."],
    ["a binary file's bytes", `PK\u0003\u0004\u0000\u0000${"\u0001\u0002\u0000".repeat(400)}`, "is not text"],
  ] as const) {
    it(`refuses ${what} with a message and keeps the draft already made`, async () => {
      const { page, pageErrors } = await openBuilder();
      await findPlacesInArticle(page);
      const before = await counts(page);
      await page.getByRole("button", { name: "Change the text" }).click();
      await page.getByLabel("Text", { exact: true }).fill(text);
      await page.getByRole("button", { name: "Find places" }).click();
      const alert = page.getByRole("alert");
      await alert.waitFor();
      expect(await alert.textContent()).toContain(message);
      await page.reload();
      await mentions(page).first().waitFor();
      expect(await counts(page)).toBe(before);
      expect(pageErrors).toEqual([]);
      await page.close();
    });
  }

  it("shows a hostile paste as text: no markup from it runs or renders", async () => {
    const { page, pageErrors, cspViolations } = await openBuilder();
    const text = 'Gunmen struck <img src=x onerror="window.hacked=1"> in Aktobe.\n\n<script>window.hacked=2</script> Officials in Astana spoke of "<b>bold</b>" claims.';
    await page.getByLabel("Text", { exact: true }).fill(text);
    await page.getByRole("button", { name: "Find places" }).click();
    await mentionNamed(page, "Astana").waitFor();
    expect(await page.locator(".mention-text").textContent()).toContain('<img src=x onerror="window.hacked=1">');
    expect(await page.locator(".mention-text img, .mention-text script, .mention-text b").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    expect([...pageErrors, ...cspViolations]).toEqual([]);
    await page.close();
  });

  it("refuses a binary file opened as the article, naming it", async () => {
    const { page } = await openBuilder();
    await page.setInputFiles('input[type="file"]', { name: "photo.txt", mimeType: "text/plain", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe, 0, 1]) });
    expect(await page.getByRole("alert").textContent()).toMatch(/^photo\.txt is not text/);
    await page.close();
  });

  it("reads a saved web page's title and paragraphs, without running its script", async () => {
    const { page, pageErrors } = await openBuilder();
    const html = `<html><head><title>Site</title><script>window.ran = true</script></head><body><nav>Home</nav><article><h1>Gunmen attack Aktobe</h1><p>Attackers struck in Aktobe, Kazakhstan.</p><p>Officials in Astana spoke.</p></article></body></html>`;
    await page.setInputFiles('input[type="file"]', { name: "page.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await expect.poll(() => page.getByLabel("Text", { exact: true }).inputValue()).toBe("Attackers struck in Aktobe, Kazakhstan.\n\nOfficials in Astana spoke.");
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe("Gunmen attack Aktobe");
    expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("says so when the gazetteer cannot be downloaded, and finds the places once it can", async () => {
    const { page } = await openBuilder();
    await page.route(/gazetteer-.*\.json$/, (route) => route.fulfill({ status: 503, body: "" }));
    // The page starts the download as it opens: opened again, now that the download fails.
    await page.reload();
    await page.getByLabel("Text", { exact: true }).fill(ARTICLE);
    await page.getByRole("button", { name: "Find places" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toMatch(/^The places could not be found: the gazetteer could not be loaded: the server answered 503/);
    await page.unroute(/gazetteer-.*\.json$/);
    await page.getByRole("button", { name: "Find places" }).click();
    await mentionNamed(page, "Aktobe").waitFor();
    await page.close();
  });

  it("passes axe's WCAG A and AA rules with a draft loaded and a mention selected, light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const opened = await openPage(site.browser, `${site.server.url}builder.html`, { colorScheme });
      await opened.page.evaluate(() => localStorage.clear());
      await opened.page.reload();
      expect(await axeViolations(opened.page), `${colorScheme}, empty form`).toEqual([]);
      await findPlacesInArticle(opened.page);
      await mentionNamed(opened.page, "Aktobe").click();
      expect(await axeViolations(opened.page), `${colorScheme}, draft`).toEqual([]);
      await opened.page.close();
    }
  });

  it("opens from the map's header, and leads back to it", async () => {
    const { page } = await openMap(site.browser, site.server);
    await page.getByRole("link", { name: "Make a story" }).click();
    await page.getByRole("heading", { level: 1, name: "Story builder" }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/\/builder\.html$/);
    await page.getByRole("link", { name: "Back to the map" }).click();
    await page.locator(".leaflet-marker-pane .place-icon").first().waitFor();
    await page.close();
  });

  it("is readable on a phone: no part wider than the screen", async () => {
    const { page } = await openBuilder({ width: 390, height: 844 });
    await findPlacesInArticle(page);
    await mentionNamed(page, "Aktobe").click();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
    for (const part of [".builder-map", ".mention-panel", ".mention-text", ".events-table", ".builder-details"]) {
      const box = (await page.locator(part).boundingBox())!;
      expect(box.x, part).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, part).toBeLessThanOrEqual(390);
    }
    await screenshot(page, "builder-phone");
    await page.close();
  });
});
