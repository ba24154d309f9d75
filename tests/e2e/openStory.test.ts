import { afterAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "./harness/browser";
import { boxOf, marker, markers, openMap, overlaps, popup, readStory, storyText, waitForBasemap, waitForStill, useBuiltSite } from "./harness/mapPage";
import { storyFolder, storyWithPlaces } from "./harness/stories";

const OTHER_TITLE = "Another story: Aktobe, Astana and Washington";
const OTHER_NAMES = ["Aktobe", "Astana", "Washington, DC"];
const other = storyWithPlaces(readStory(), ["aktobe", "astana", "washington"], OTHER_TITLE);
const otherText = JSON.stringify(other, null, 2);
// The same story with one more place, whose latitude is out of range: that place is left out.
const withBadPlace = structuredClone(other);
withBadPlace.places.features.push({ ...structuredClone(other.places.features[0]!), id: "nowhere", geometry: { type: "Point", coordinates: [57.2, 95] } });
const BROKEN = '{"format": "article-map/story",,}';

const folder = storyFolder({ "other.json": otherText, "broken.json": BROKEN, "skipped.json": JSON.stringify(withBadPlace) });
afterAll(() => folder.remove());

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

const visibleMarkerNames = (page: Page) => markers(page).evaluateAll((icons) => icons.map((icon) => icon.getAttribute("aria-label") ?? icon.textContent ?? "").sort());

/** Waits until the map shows exactly the places of the smaller story. */
async function expectOtherStory(page: Page): Promise<void> {
  await expect.poll(() => visibleMarkerNames(page)).toEqual([...OTHER_NAMES].sort());
  await expect.poll(() => page.title()).toBe(`${OTHER_TITLE} · Article map`);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(OTHER_TITLE);
}

/** Starts dragging a file over the map, as a reader dragging it from their desktop. */
async function dragFileOverMap(page: Page, name: string, text: string): Promise<void> {
  await page.evaluate(({ name, text }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], name, { type: "application/json" }));
    (window as unknown as { testDrag: DataTransfer }).testDrag = transfer;
    const target = document.querySelector(".leaflet-marker-pane")?.parentElement ?? document.querySelector(".story-map")!;
    for (const type of ["dragenter", "dragover"]) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, { name, text });
}

async function dropOnMap(page: Page): Promise<void> {
  await page.evaluate(() => {
    const transfer = (window as unknown as { testDrag: DataTransfer }).testDrag;
    document.querySelector(".story-map")!.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
  });
}

const fileChosen = (name: string, text: string) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });

describe("?story=<url>", () => {
  const site = useBuiltSite({ mounts: { "fixtures/": folder.path } });

  it("loads a same-origin story instead of the default: its markers and its title, and nothing of the default", async () => {
    const opened = await openMap(site.browser, site.server, { query: "story=fixtures/other.json" });
    await expectOtherStory(opened.page);
    await opened.page.waitForLoadState("networkidle");
    expect(site.server.requests.filter((line) => line.includes("catalog.json") || line.includes("aktobe-2016"))).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    expect(opened.blockedRequests).toEqual([]);
    await opened.page.close();
  });

  it("loads a story from another site that allows it with CORS (the CSP lets fetch reach it)", async () => {
    const opened = await openMap(site.browser, site.server, {
      query: `story=${encodeURIComponent("https://stories.example.org/other.json")}`,
      routes: (page) => page.route("https://stories.example.org/**", (route) =>
        route.fulfill({ status: 200, contentType: "application/json", headers: { "Access-Control-Allow-Origin": "*" }, body: otherText })),
    });
    await expectOtherStory(opened.page);
    expect(opened.cspViolations).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.page.close();
  });

  it("a site that cannot be reached (here: blocked, as offline) is named, with the likely reasons and the link back", async () => {
    const opened = await openMap(site.browser, site.server, { waitForMarkers: false, query: `story=${encodeURIComponent("https://stories.example.org/other.json")}` });
    const problem = opened.page.getByRole("alert");
    await problem.getByRole("heading", { name: "The story could not be loaded" }).waitFor();
    const text = await problem.textContent();
    expect(text).toContain("https://stories.example.org/other.json could not be fetched");
    expect(text).toContain("offline, or may not let other sites read its files: it must send CORS headers");
    expect(await problem.getByRole("link", { name: "open the default story" }).getAttribute("href")).toBe(site.server.url);
    expect(opened.blockedRequests).toEqual(["https://stories.example.org/other.json"]);
    expect(opened.cspViolations).toEqual([]);
    await opened.page.close();
  });

  it("refuses ?story=javascript:alert(1), naming it, runs nothing, and links to the default story", async () => {
    const opened = await openMap(site.browser, site.server, { waitForMarkers: false, query: "story=javascript:alert(1)&tiles=osm" });
    const { page } = opened;
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const problem = page.getByRole("alert");
    await problem.getByRole("heading", { name: "The story could not be loaded" }).waitFor();
    const text = await problem.textContent();
    expect(text).toContain("?story=javascript:alert(1) was refused");
    expect(text).toContain("not a javascript: URL");
    expect(opened.requests.filter((url) => url.startsWith("javascript:") || url.includes("catalog.json"))).toEqual([]);
    const back = problem.getByRole("link", { name: "open the default story" });
    expect(await back.getAttribute("href")).toBe(`${site.server.url}?tiles=osm`);
    await page.setViewportSize(VIEWPORTS.phone);
    await screenshot(page, "phone-story-refused");
    await page.setViewportSize(VIEWPORTS.desktop);
    await back.click();
    await marker(page, "Baikonur Cosmodrome").waitFor();
    expect(dialogs).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    await page.close();
  });

  it("a missing story file and an invalid one show their URL, their problems and the link back", async () => {
    for (const [file, expected] of [["fixtures/missing.json", "404"], ["fixtures/broken.json", "not valid JSON at line 1"]] as const) {
      const opened = await openMap(site.browser, site.server, { waitForMarkers: false, query: `story=${file}` });
      const problem = opened.page.getByRole("alert");
      await problem.getByRole("heading", { name: "The story could not be loaded" }).waitFor();
      const text = await problem.textContent();
      expect(text).toContain(file);
      expect(text).toContain(expected);
      expect(await problem.getByRole("link", { name: "open the default story" }).getAttribute("href")).toBe(site.server.url);
      expect(await markers(opened.page).count()).toBe(0);
      // The one expected console error is the browser's own report of the 404.
      expect(opened.consoleErrors.filter((line) => !(file.includes("missing") && line.includes("404")))).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
      if (file.includes("broken")) await screenshot(opened.page, "desktop-story-url-invalid");
      await opened.page.close();
    }
  });

  it("lists what a story's loader left out in a dismissible panel, and shows the rest", async () => {
    const { page, pageErrors } = await openMap(site.browser, site.server, { query: "story=fixtures/skipped.json" });
    await expectOtherStory(page);
    const panel = page.getByRole("region", { name: "Some of this story was left out" });
    await panel.waitFor();
    expect(await panel.textContent()).toMatch(/the file has \d+ problems?/);
    const items = await panel.getByRole("listitem").allTextContents();
    expect(items.some((item) => item.includes("places.features[3]") && item.includes("95"))).toBe(true);
    await waitForBasemap(page);
    await screenshot(page, "desktop-skipped-items");
    await panel.getByRole("button", { name: "Dismiss this list" }).click();
    expect(await panel.count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe("opening a story file: the Open story control and drag-and-drop", () => {
  const site = useBuiltSite({ mounts: { "fixtures/": folder.path } });

  it("the Open story button works from the keyboard and loads the chosen file; the URL forgets ?place=", async () => {
    const opened = await openMap(site.browser, site.server, { query: "place=baikonur&tiles=osm" });
    const { page } = opened;
    // Listening early lets Playwright switch on file-chooser interception before the key is pressed.
    const chooser = page.waitForEvent("filechooser");
    await popup(page).waitFor();
    // The popup takes the focus when it opens; wait until it has settled, then move to the button.
    await waitForStill(page);
    const button = page.getByRole("button", { name: "Open story" });
    await button.focus();
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    const picked = await chooser;
    await picked.setFiles(fileChosen("other.json", otherText));
    await expectOtherStory(page);
    expect(await popup(page).count()).toBe(0);
    const address = new URL(page.url());
    expect(address.searchParams.get("place")).toBeNull();
    expect(address.searchParams.get("story")).toBeNull();
    expect(address.searchParams.get("tiles")).toBe("osm");
    // The new map starts at its own places, and its view is written to the hash again.
    await waitForStill(page);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/^#map=/);
    const map = await page.locator(".story-map").boundingBox();
    for (const name of OTHER_NAMES) {
      const box = (await marker(page, name).boundingBox())!;
      expect(box.x >= map!.x && box.x <= map!.x + map!.width, name).toBe(true);
    }
    expect(opened.pageErrors).toEqual([]);
    await page.close();
  });

  it("the hidden file input loads a file, which replaces the current story and can be opened again", async () => {
    const { page, pageErrors, cspViolations } = await openMap(site.browser, site.server);
    expect(await page.locator('input[type="file"]').getAttribute("accept")).toBe(".json,.geojson,application/json,application/geo+json");
    await page.setInputFiles('input[type="file"]', fileChosen("other.json", otherText));
    await expectOtherStory(page);
    await page.setInputFiles('input[type="file"]', fileChosen("default.json", storyText()));
    await marker(page, "Baikonur Cosmodrome").waitFor();
    await marker(page, "Aktobe").click();
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Aktobe");
    expect(pageErrors).toEqual([]);
    expect(cspViolations).toEqual([]);
    await page.close();
  });

  it("dragging a file over the map shows where to drop it; dropping it loads it", async () => {
    const { page, pageErrors } = await openMap(site.browser, site.server);
    await waitForBasemap(page);
    await dragFileOverMap(page, "other.json", otherText);
    const overlay = page.locator(".drop-overlay");
    await overlay.waitFor();
    expect(await overlay.textContent()).toContain("Drop a story file to open it");
    await screenshot(page, "desktop-drop-overlay");
    await dropOnMap(page);
    await expectOtherStory(page);
    expect(await overlay.count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("dragging text, not a file, shows no overlay and changes nothing", async () => {
    const { page } = await openMap(site.browser, site.server);
    const before = await markers(page).count();
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.setData("text/plain", "hello");
      for (const type of ["dragenter", "dragover", "drop"]) {
        document.querySelector(".story-map")!.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    });
    expect(await page.locator(".drop-overlay").count()).toBe(0);
    expect(await markers(page).count()).toBe(before);
    await page.close();
  });

  it("a broken file shows its problems over the map, which keeps the current story and still works", async () => {
    const { page, pageErrors } = await openMap(site.browser, site.server);
    const before = await markers(page).count();
    await page.setInputFiles('input[type="file"]', fileChosen("broken.json", BROKEN));
    const panel = page.getByRole("alert").filter({ hasText: "could not be opened" });
    await panel.waitFor();
    expect(await panel.getByRole("heading").textContent()).toBe("“broken.json” could not be opened");
    expect(await panel.textContent()).toContain("not valid JSON at line 1");
    expect(await panel.textContent()).toContain("The map still shows “Security delegation meets in Kazakhstan");
    expect(await markers(page).count()).toBe(before);
    await marker(page, "Astana").click();
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Astana");
    await panel.getByRole("button", { name: "Dismiss this list" }).click();
    expect(await panel.count()).toBe(0);

    // A dropped broken file is reported the same way.
    await dragFileOverMap(page, "broken.json", BROKEN);
    await dropOnMap(page);
    await panel.waitFor();
    expect(await page.locator(".drop-overlay").count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    it(`${device} screenshots: the Open story control, the drop overlay and the problems panel`, async () => {
      const { page } = await openMap(site.browser, site.server, { viewport });
      await waitForBasemap(page);
      await waitForStill(page);
      const box = await boxOf(page.locator(".map-actions"));
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y).toBeGreaterThanOrEqual(0);
      await page.getByRole("button", { name: "Open story" }).focus();
      await screenshot(page, `${device}-open-story-control`);
      await dragFileOverMap(page, "other.json", otherText);
      await page.locator(".drop-overlay").waitFor();
      await screenshot(page, `${device}-drop-overlay`);
      await page.evaluate(() => document.querySelector(".story-map")!.dispatchEvent(new DragEvent("dragleave", { bubbles: true, dataTransfer: (window as unknown as { testDrag: DataTransfer }).testDrag })));
      await expect.poll(() => page.locator(".drop-overlay").count()).toBe(0);
      await page.setInputFiles('input[type="file"]', fileChosen("broken.json", BROKEN));
      const panel = page.getByRole("alert").filter({ hasText: "could not be opened" });
      await panel.waitFor();
      const panelBox = await boxOf(panel);
      expect(panelBox.x).toBeGreaterThanOrEqual(0);
      expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(viewport.width);
      // The panel leaves the zoom buttons and the Open story control free.
      expect(overlaps(panelBox, await boxOf(page.locator(".leaflet-control-zoom")))).toBe(false);
      expect(overlaps(panelBox, await boxOf(page.locator(".map-actions")))).toBe(false);
      await screenshot(page, `${device}-file-problems`);
      await page.close();
    });
  }
});
