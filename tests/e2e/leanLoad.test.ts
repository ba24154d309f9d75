import { describe, expect, it } from "vitest";
import { markers, openMap, useBuiltSite } from "./harness/mapPage";

/** Code that must not be part of the first view's load (src/components/lazyViews.tsx, src/data/storyParser.ts). */
const NOT_IN_FIRST_VIEW = [/\/assets\/parseStory-[^/]*\.js$/, /BriefingScreen/, /HandoutView/, /ShareDialog/, /ShortcutsHelp/, /TextView/, /mapPicture/];
const APP_SCRIPT = /\/assets\/renderMap-[^/]*\.js$/;
const STORY_FILE = /\/geodata\/aktobe-2016\/story\.json$/;

describe("a lean first view", () => {
  const site = useBuiltSite();

  it("validates the story in a Web Worker, and the page loads neither the validator nor views nobody opened", async () => {
    const { page, requests, consoleErrors, pageErrors } = await openMap(site.browser, site.server);
    expect(page.workers().map((worker) => worker.url())).toEqual([expect.stringMatching(/\/assets\/parseStory\.worker-[^/]*\.js$/)]);
    await page.waitForLoadState("networkidle");
    for (const pattern of NOT_IN_FIRST_VIEW) expect(requests.filter((url) => pattern.test(url)), String(pattern)).toEqual([]);
    // The side panel's code did arrive after the map's, and shows the article.
    expect(requests.some((url) => /\/assets\/StoryPanel-[^/]*\.js$/.test(url))).toBe(true);
    await expect.poll(() => page.locator(".side-panel p[data-paragraph]").count()).toBeGreaterThan(10);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("starts downloading the story before the app's script has arrived", async () => {
    const { page } = await openMap(site.browser, site.server, {
      // The app's script is held back: the story's request must not wait for it.
      routes: (page) => page.route(APP_SCRIPT, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        await route.continue();
      }),
    });
    const timing = await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => {
      const resource = entry as PerformanceResourceTiming;
      return { name: resource.name, start: resource.startTime, end: resource.responseEnd };
    }));
    const story = timing.filter((entry) => STORY_FILE.test(entry.name));
    const script = timing.find((entry) => APP_SCRIPT.test(entry.name));
    // One request: the entry's fetch is the one the app uses.
    expect(story).toHaveLength(1);
    expect(script).toBeDefined();
    expect(story[0]!.end).toBeLessThan(script!.end);
  });

  it("validates on the page when the worker cannot start, and the story still shows", async () => {
    const { page, requests, pageErrors } = await openMap(site.browser, site.server, {
      routes: (page) => page.route(/parseStory\.worker-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: "" })),
    });
    expect(await markers(page).count()).toBeGreaterThan(10);
    expect(requests.some((url) => /\/assets\/parseStory-[^/]*\.js$/.test(url))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
