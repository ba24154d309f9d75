import { describe, expect, it } from "vitest";
import type { Page, Route } from "playwright-core";
import { marker, markers, openMap, readStory, STORY_PATH, storyText, useBuiltSite } from "./harness/mapPage";

/** A missing or broken story file on the server, simulated with page.route; the app itself is not touched. */
const STORY_ROUTE = `**/${STORY_PATH}`;

/**
 * The default story's file as served, on a site without the build's validated copy of it (which
 * the page would draw instead: src/story/validatedStory.ts), so the page reads this file itself.
 */
const serveStory = (fulfil: (route: Route) => Promise<void>) => async (page: Page) => {
  await page.route("**/assets/story-*.json", (route) => route.fulfill({ status: 404, body: "Not Found\n" }));
  await page.route(STORY_ROUTE, fulfil);
};
const json = (body: string) => (route: Route) => route.fulfill({ status: 200, contentType: "application/json", body });

/** The page must never be blank: something readable is on screen. */
async function expectNotBlank(page: Page): Promise<void> {
  expect((await page.locator("body").innerText()).trim().length).toBeGreaterThan(20);
}

describe("loading the story, and what a reader sees when it fails", () => {
  const site = useBuiltSite();

  it("a missing story file (404) is reported with the file's path and the status", async () => {
    const { page, pageErrors } = await openMap(site.browser, site.server, {
      waitForMarkers: false,
      routes: serveStory((route) => route.fulfill({ status: 404, contentType: "text/plain", body: "Not Found\n" })),
    });
    const heading = page.getByRole("heading", { name: "The story could not be loaded" });
    await heading.waitFor();
    const problem = page.getByRole("alert");
    expect(await problem.textContent()).toContain(STORY_PATH);
    expect(await problem.textContent()).toContain("404");
    expect(await markers(page).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await expectNotBlank(page);
    await page.close();
  });

  it("a story that is not valid JSON is reported with its line", async () => {
    const { page } = await openMap(site.browser, site.server, {
      waitForMarkers: false,
      routes: serveStory(json('{"format": "article-map/story",,}')),
    });
    await page.getByRole("heading", { name: "The story could not be loaded" }).waitFor();
    const text = await page.getByRole("alert").textContent();
    expect(text).toContain(STORY_PATH);
    expect(text).toContain("not valid JSON");
    expect(text).toMatch(/line 1\b/);
    await expectNotBlank(page);
    await page.close();
  });

  it("a passage whose quote is not verbatim in the article is left out, and a panel names it and says so", async () => {
    const story = readStory();
    const index = story.passages.findIndex((passage) => passage.quote.includes("robbed two gun stores"));
    expect(index).toBeGreaterThanOrEqual(0);
    story.passages[index]!.quote = story.passages[index]!.quote.replace("robbed two gun stores", "robbed three gun stores");
    const { page, pageErrors } = await openMap(site.browser, site.server, { routes: serveStory(json(JSON.stringify(story))) });
    const panel = page.getByRole("region", { name: "Some of this story was left out" });
    await panel.waitFor();
    const text = (await panel.textContent()) ?? "";
    expect(text).toContain(`passages[${index}]`);
    expect(text).toContain("verbatim");
    // The rest of the story is on the map, and the altered quote is never shown as the article's words.
    const place = story.places.features.find((feature) => feature.id === story.passages[index]!.places[0])!;
    await marker(page, place.properties.name).click();
    const dialog = page.getByRole("dialog", { name: place.properties.name });
    await dialog.waitFor();
    expect(await dialog.locator("blockquote").allTextContents()).not.toContainEqual(expect.stringContaining("robbed three gun stores"));
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("shows 'Loading the story…' while the story is on its way, then the map", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const { page } = await openMap(site.browser, site.server, {
      waitForMarkers: false,
      routes: serveStory(async (route) => {
        await held;
        await route.fulfill({ status: 200, contentType: "application/json", body: storyText() });
      }),
    });
    const loading = page.getByText("Loading the story…");
    await loading.waitFor();
    expect(await loading.isVisible()).toBe(true);
    await page.waitForTimeout(300);
    expect(await loading.isVisible()).toBe(true); // still waiting: nothing else replaced it
    release();
    await markers(page).first().waitFor({ state: "attached" });
    expect(await loading.count()).toBe(0);
    await page.close();
  });

  it("without the country shapes the places are still shown, with a message about the basemap", async () => {
    const { page, pageErrors } = await openMap(site.browser, site.server, {
      routes: (page) => page.route("**/assets/basemap-world-*.json", (route) => route.fulfill({ status: 404, body: "Not Found\n" })),
    });
    const notice = page.getByRole("status").filter({ hasText: "basemap" });
    await notice.waitFor();
    expect(await notice.isVisible()).toBe(true);
    expect(await markers(page).count()).toBeGreaterThan(10);
    expect(await page.locator(".country-label").count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("a missing catalogue is reported too, never a blank page", async () => {
    const { page } = await openMap(site.browser, site.server, {
      waitForMarkers: false,
      routes: (page) => page.route("**/geodata/catalog.json", (route) => route.fulfill({ status: 404, body: "Not Found\n" })),
    });
    await page.getByRole("heading", { name: "The story could not be loaded" }).waitFor();
    expect(await page.getByRole("alert").textContent()).toContain("geodata/catalog.json");
    await expectNotBlank(page);
    await page.close();
  });
});
