import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { boxOf, marker, markers, openMap, popup, readStory, useBuiltSite, waitForStill, type Box } from "./harness/mapPage";

/** The app's script (React and the views), which the page's entry runs after drawing the early view. */
const APP_SCRIPT = /\/assets\/renderMap-[^/]*\.js$/;

/** Holds the app's script back until `release` is called: what the page shows meanwhile is the entry's alone. */
async function holdAppScript(page: Page): Promise<{ release: () => void }> {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(APP_SCRIPT, async (route) => {
    await gate;
    await route.continue();
  });
  return { release: () => release() };
}

/** Opens the map with the app's script held back: what shows is the page's entry's alone, until `release`. */
async function openHeld(browser: Parameters<typeof openMap>[0], server: Parameters<typeof openMap>[1]) {
  let held: { release: () => void } | undefined;
  const opened = await openMap(browser, server, {
    waitForMarkers: false,
    routes: async (page) => {
      held = await holdAppScript(page);
    },
  });
  return { ...opened, release: () => held!.release() };
}

/** Waits until the app has taken over: its side panel and the map's extras have arrived. */
async function appArrived(page: Page): Promise<void> {
  await page.locator(".side-panel--loading").waitFor({ state: "detached" });
  await page.locator(".leaflet-control-scale").waitFor({ state: "attached" });
}

const markerBoxes = (page: Page): Promise<Record<string, Box>> =>
  page.locator(".leaflet-marker-pane .place-marker[data-place-id]").evaluateAll((elements) => Object.fromEntries(elements.map((element) => {
    const { x, y, width, height } = element.getBoundingClientRect();
    return [(element as HTMLElement).dataset.placeId, { x, y, width, height }];
  })));

const story = readStory();
const title = (story.article as { title: string }).title;
const anchored = story.places.features.filter((place) => place.geometry !== null).map((place) => place.id).sort();
const aktobePassage = story.passages.find((passage) => passage.places.includes("aktobe"))!.quote;

describe("the first view drawn before the app's script has arrived", () => {
  const site = useBuiltSite();

  it("shows the headline and every place's marker, and the app then keeps that very map and its layout", async () => {
    const { page, pageErrors, consoleErrors, release } = await openHeld(site.browser, site.server);
    await markers(page).first().waitFor({ state: "visible" });
    expect(await page.locator(".story-header__title").textContent()).toBe(title);
    expect(await page.locator(".side-panel").textContent()).toBe("Loading the article…");
    expect(Object.keys(await markerBoxes(page)).sort()).toEqual(anchored);
    const before = await markerBoxes(page);
    await page.locator(".leaflet-container").evaluate((element) => {
      (element as HTMLElement).dataset.probe = "drawn by the entry";
    });

    release();
    await appArrived(page);
    expect(await page.locator(".leaflet-container").count()).toBe(1);
    expect(await page.locator(".leaflet-container").getAttribute("data-probe")).toBe("drawn by the entry");
    const after = await markerBoxes(page);
    expect(Object.keys(after).sort()).toEqual(anchored);
    for (const id of anchored) {
      expect(Math.abs(after[id]!.x - before[id]!.x), id).toBeLessThanOrEqual(1);
      expect(Math.abs(after[id]!.y - before[id]!.y), id).toBeLessThanOrEqual(1);
    }
    // The header's buttons were placeholders; the app's own now work.
    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("opens a place clicked before the app arrived as soon as it has", async () => {
    const { page, pageErrors, release } = await openHeld(site.browser, site.server);
    await marker(page, "Aktobe").click();
    release();
    await expect.poll(() => popup(page).textContent()).toContain(aktobePassage);
    expect(pageErrors).toEqual([]);
  });

  it("keeps the keyboard focus on the same place's marker through the hand-over", async () => {
    const { page, release } = await openHeld(site.browser, site.server);
    await marker(page, "Astana").focus();
    release();
    await appArrived(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.querySelector<HTMLElement>(".place-marker")?.dataset.placeId)).toBe("astana");
    expect(await marker(page, "Astana").count()).toBe(1);
  });

  it("keeps a view the reader moved before the app arrived", async () => {
    const { page, release } = await openHeld(site.browser, site.server);
    await markers(page).first().waitFor({ state: "visible" });
    const start = await boxOf(marker(page, "Astana"));
    await page.mouse.move(400, 600);
    await page.mouse.down();
    await page.mouse.move(300, 550, { steps: 5 });
    await page.mouse.up();
    await waitForStill(page);
    const moved = await boxOf(marker(page, "Astana"));
    expect(Math.hypot(moved.x - start.x, moved.y - start.y)).toBeGreaterThan(50);
    release();
    await appArrived(page);
    const kept = await boxOf(marker(page, "Astana"));
    expect(Math.abs(kept.x - moved.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(kept.y - moved.y)).toBeLessThanOrEqual(1);
  });

  it("says so when the app's script cannot be loaded, and the map of places stays", async () => {
    const { page } = await openMap(site.browser, site.server, {
      waitForMarkers: false,
      routes: (page) => page.route(APP_SCRIPT, (route) => route.fulfill({ status: 404, body: "Not Found\n" })),
    });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/^The map's app could not be loaded \(.+\)\. Check the connection and reload the page\.$/);
    expect(Object.keys(await markerBoxes(page)).sort()).toEqual(anchored);
    expect(await page.locator(".story-header__title").textContent()).toBe(title);
  });
});
