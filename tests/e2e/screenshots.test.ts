import { describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import type { Page } from "playwright-core";
import { screenshot } from "./harness/browser";
import { boxOf, inside, marker, openMap, overlaps, popup, waitForBasemap, waitForStill, useBuiltSite } from "./harness/mapPage";

const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** The popup lies wholly in the viewport and clear of the map's controls; then the screenshot is saved. */
async function checkPopupAndShoot(page: Page, name: string, viewport: { width: number; height: number }): Promise<void> {
  await waitForStill(page);
  const box = await boxOf(popup(page));
  expect(inside(box, { x: 0, y: 0, ...viewport }), `popup ${JSON.stringify(box)} inside ${viewport.width}x${viewport.height}`).toBe(true);
  const zoom = await boxOf(page.locator(".leaflet-control-zoom"));
  expect(overlaps(box, zoom), `popup ${JSON.stringify(box)} clear of the zoom buttons ${JSON.stringify(zoom)}`).toBe(false);
  const fitAll = await boxOf(page.getByRole("button", { name: "Show all places" }));
  expect(overlaps(box, fitAll), "popup clear of the Show all places button").toBe(false);
  // The heading, at least, is readable without scrolling the popup.
  expect(inside(await boxOf(popup(page).getByRole("heading", { level: 2 })), box)).toBe(true);
  expect(existsSync(await screenshot(page, name))).toBe(true);
}

describe("screenshots with a popup open", () => {
  const site = useBuiltSite();

  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    it(`${device} ${viewport.width}x${viewport.height}: the Aktobe popup, opened by a click`, async () => {
      const { page } = await openMap(site.browser, site.server, { viewport });
      await waitForBasemap(page);
      await marker(page, "Aktobe").click();
      await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Aktobe");
      await checkPopupAndShoot(page, `${device}-aktobe-popup`, viewport);
      await page.close();
    });

    it(`${device} ${viewport.width}x${viewport.height}: the Baikonur Cosmodrome popup from ?place=baikonur`, async () => {
      const { page } = await openMap(site.browser, site.server, { viewport, query: "place=baikonur" });
      await waitForBasemap(page);
      await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Baikonur Cosmodrome");
      await checkPopupAndShoot(page, `${device}-baikonur-popup`, viewport);
      await page.close();
    });
  }

  it("story areas draw no outline of their own until selected (the basemap draws the borders)", async () => {
    const { page } = await openMap(site.browser, site.server);
    await waitForBasemap(page);
    const strokes = () => page.locator("path.place-shape").evaluateAll((paths) =>
      paths.map((path) => ({ selected: path.classList.contains("place-shape--selected"), stroke: getComputedStyle(path).stroke })));
    const before = await strokes();
    expect(before.length).toBeGreaterThan(0);
    expect(before.filter((shape) => shape.stroke !== "none")).toEqual([]);

    await marker(page, "Kazakhstan").click();
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Kazakhstan");
    const after = await strokes();
    expect(after.filter((shape) => shape.selected).map((shape) => shape.stroke)).toHaveLength(1);
    expect(after.find((shape) => shape.selected)?.stroke).not.toBe("none");
    await waitForStill(page);
    await screenshot(page, "desktop-kazakhstan-selected");
    await page.close();
  });
});

describe("a projector-sized screen", () => {
  const site = useBuiltSite();

  it("1920x1080: the map, the article panel and a popup, all legible", async () => {
    const { page } = await openMap(site.browser, site.server, { query: "place=aktobe", viewport: { width: 1920, height: 1080 } });
    await popup(page).waitFor();
    await waitForBasemap(page);
    await waitForStill(page);
    const map = await boxOf(page.locator(".story-map"));
    expect(map.width).toBeGreaterThan(1300);
    expect(inside(await boxOf(popup(page)), map)).toBe(true);
    await screenshot(page, "projector-aktobe-popup");
    await page.close();
  });
});
