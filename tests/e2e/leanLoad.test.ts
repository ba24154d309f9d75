import { describe, expect, it } from "vitest";
import { marker, markers, openMap, popup, readStory, useBuiltSite } from "./harness/mapPage";

/** Code that must not be part of the first view's load (src/components/lazyViews.tsx, src/data/storyParser.ts). */
const NOT_IN_FIRST_VIEW = [/\/assets\/parseStory-[^/]*\.js$/, /BriefingScreen/, /HandoutView/, /ShareDialog/, /ShortcutsHelp/, /TextView/, /mapPicture/];
const APP_SCRIPT = /\/assets\/renderMap-[^/]*\.js$/;
/** The default story as the build validated it (scripts/vite-geodata.ts, src/story/validatedStory.ts). */
const VALIDATED_STORY = /\/assets\/story-[^/]*\.json$/;
const STORY_FILE = /\/geodata\/aktobe-2016\/story\.json$/;
const PARSER_WORKER = /\/assets\/parseStory\.worker-[^/]*\.js$/;
/** The same story, named in the address: it is validated where it opens, as any other file. */
const NAMED_STORY = "story=geodata/aktobe-2016/story.json";

describe("a lean first view", () => {
  const site = useBuiltSite();

  it("opens with the default story the build validated, and loads neither the validator nor views nobody opened", async () => {
    const { page, requests, consoleErrors, pageErrors } = await openMap(site.browser, site.server);
    await page.waitForLoadState("networkidle");
    expect(requests.filter((url) => VALIDATED_STORY.test(url))).toHaveLength(1);
    expect(requests.filter((url) => STORY_FILE.test(url))).toEqual([]);
    expect(page.workers()).toEqual([]);
    for (const pattern of NOT_IN_FIRST_VIEW) expect(requests.filter((url) => pattern.test(url)), String(pattern)).toEqual([]);
    // The side panel's code did arrive after the map's, and shows the article.
    expect(requests.some((url) => /\/assets\/StoryPanel-[^/]*\.js$/.test(url))).toBe(true);
    await expect.poll(() => page.locator(".side-panel p[data-paragraph]").count()).toBeGreaterThan(10);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("fetches and validates a story named in the address in a Web Worker, and the page loads no validator", async () => {
    const { page, requests, consoleErrors, pageErrors } = await openMap(site.browser, site.server, { query: NAMED_STORY });
    expect(page.workers().map((worker) => worker.url())).toEqual([expect.stringMatching(PARSER_WORKER)]);
    await page.waitForLoadState("networkidle");
    expect(requests.filter((url) => STORY_FILE.test(url))).toHaveLength(1);
    // The worker fetched it: the page's own timeline has no such request, so its body never passed through the page.
    expect(await page.evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name))).not.toContainEqual(expect.stringMatching(STORY_FILE));
    expect(requests.filter((url) => /\/assets\/parseStory-[^/]*\.js$/.test(url))).toEqual([]);
    expect(await markers(page).count()).toBeGreaterThan(10);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  const aktobePassage = readStory().passages.find((passage) => passage.places.includes("aktobe"))!.quote;

  it("validates the story file itself when the build's copy is missing or broken", async () => {
    for (const fulfil of [{ status: 404, body: "Not Found\n" }, { status: 200, contentType: "application/json", body: '{"format": "article-map/validated-story", "story"' }]) {
      const { page, requests, pageErrors } = await openMap(site.browser, site.server, {
        routes: (page) => page.route(VALIDATED_STORY, (route) => route.fulfill(fulfil)),
      });
      expect(requests.filter((url) => STORY_FILE.test(url))).toHaveLength(1);
      expect(await markers(page).count()).toBeGreaterThan(10);
      await marker(page, "Aktobe").click();
      await expect.poll(() => popup(page).textContent()).toContain(aktobePassage);
      expect(pageErrors).toEqual([]);
      await page.close();
    }
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
    const story = timing.filter((entry) => VALIDATED_STORY.test(entry.name));
    const script = timing.find((entry) => APP_SCRIPT.test(entry.name));
    // One request: the page's preload is the one the app uses.
    expect(story).toHaveLength(1);
    expect(script).toBeDefined();
    expect(story[0]!.end).toBeLessThan(script!.end);
  });

  it("validates on the page when the worker cannot start, and the story still shows", async () => {
    const { page, requests, pageErrors } = await openMap(site.browser, site.server, {
      query: NAMED_STORY,
      routes: (page) => page.route(/parseStory\.worker-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: "" })),
    });
    expect(await markers(page).count()).toBeGreaterThan(10);
    expect(requests.some((url) => /\/assets\/parseStory-[^/]*\.js$/.test(url))).toBe(true);
    expect(pageErrors).toEqual([]);
  });
});
