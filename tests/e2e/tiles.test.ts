import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "./harness/browser";
import { boxOf, marker, markers, openMap, overlaps, waitForBasemap, waitForStill, useBuiltSite } from "./harness/mapPage";

const TILE_HOST = "https://tile.openstreetmap.org/";
const UNAVAILABLE = "Online map tiles are unavailable; showing the offline map.";
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

/** The browser reports each blocked tile as a failed load; those, and only those, are expected. */
const notAboutTiles = (lines: readonly string[]) => lines.filter((line) => !line.includes(TILE_HOST));
const tilesNotice = (page: Page) => page.getByRole("status").getByText(UNAVAILABLE, { exact: true });

/** Land is painted on the basemap canvas: the offline map is still drawn under the (failed) tiles. */
async function landPainted(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>(".leaflet-basemap-land-pane canvas");
    if (!canvas) return 0;
    const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
    let opaque = 0;
    for (let i = 3; i < data.length; i += 4 * 11) if (data[i]! > 0) opaque++;
    return opaque / (data.length / (4 * 11));
  });
}

describe("online map tiles (?tiles=osm and the Online map tiles button)", () => {
  const site = useBuiltSite();

  it("?tiles=osm with external requests blocked: markers and basemap drawn, one quiet notice, only tile requests attempted", async () => {
    const opened = await openMap(site.browser, site.server, { query: "tiles=osm" });
    const { page } = opened;
    await waitForBasemap(page);
    await tilesNotice(page).waitFor();
    await page.waitForLoadState("networkidle");
    await waitForStill(page);

    expect(await markers(page).count()).toBeGreaterThan(10);
    expect(await landPainted(page)).toBeGreaterThan(0.3);
    expect(await tilesNotice(page).count()).toBe(1);
    expect(await page.getByRole("button", { name: "Online map tiles" }).getAttribute("aria-pressed")).toBe("true");

    // The tiles sit above the basemap's land and water and under its borders and names.
    const zIndex = (pane: string) => page.locator(`.leaflet-${pane}-pane`).evaluate((element) => Number(getComputedStyle(element).zIndex));
    const tilesZ = await zIndex("online-tiles");
    expect(tilesZ).toBeGreaterThan(await zIndex("basemap-land"));
    expect(tilesZ).toBeLessThan(await zIndex("basemap-lines"));
    expect(tilesZ).toBeLessThan(await zIndex("basemap-labels"));

    expect(opened.blockedRequests.length).toBeGreaterThan(0);
    expect(opened.blockedRequests.filter((url) => !url.startsWith(TILE_HOST))).toEqual([]);
    expect(opened.blockedRequests.every((url) => /^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/.test(url))).toBe(true);
    expect(notAboutTiles(opened.consoleErrors)).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.cspViolations).toEqual([]);

    // Credited by React as text and a safe link, not by Leaflet's attribution control.
    const credit = page.locator(".credits__tiles");
    expect(await credit.textContent()).toBe("© OpenStreetMap contributors");
    const link = credit.getByRole("link", { name: "OpenStreetMap contributors" });
    expect(await link.getAttribute("href")).toBe("https://www.openstreetmap.org/copyright");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await page.locator(".leaflet-control-attribution").count()).toBe(0);

    // The map still works: a popup opens.
    await marker(page, "Aktobe").click();
    await page.getByRole("dialog", { name: "Aktobe" }).waitFor();
    await page.close();
  });

  it("the button switches the tiles on and off, and keeps ?tiles= in the URL in step", async () => {
    const opened = await openMap(site.browser, site.server, { hash: "map=5/48/67" });
    const { page } = opened;
    await waitForBasemap(page);
    const button = page.getByRole("button", { name: "Online map tiles" });
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    await page.waitForLoadState("networkidle");
    expect(opened.blockedRequests).toEqual([]);

    await button.focus();
    await page.keyboard.press("Enter");
    await tilesNotice(page).waitFor();
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    expect(new URL(page.url()).searchParams.get("tiles")).toBe("osm");
    expect(new URL(page.url()).hash).toMatch(/^#map=/);
    expect(opened.blockedRequests.length).toBeGreaterThan(0);
    expect(opened.blockedRequests.filter((url) => !url.startsWith(TILE_HOST))).toEqual([]);
    expect(await page.locator(".leaflet-online-tiles-pane img").count()).toBeGreaterThan(0);

    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("false");
    await expect.poll(() => page.locator(".leaflet-online-tiles-pane img").count()).toBe(0);
    expect(await tilesNotice(page).count()).toBe(0);
    expect(await page.locator(".credits__tiles").count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("tiles")).toBeNull();
    expect(notAboutTiles(opened.consoleErrors)).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    await page.close();
  });

  it("an unknown ?tiles= value is named, with the accepted value, and no tiles are asked for", async () => {
    const opened = await openMap(site.browser, site.server, { query: "tiles=google" });
    const notice = opened.page.getByRole("status").filter({ hasText: "?tiles=google was ignored" });
    await notice.waitFor();
    expect(await notice.textContent()).toContain("the accepted value is “osm”");
    await opened.page.waitForLoadState("networkidle");
    expect(opened.blockedRequests).toEqual([]);
    expect(await opened.page.getByRole("button", { name: "Online map tiles" }).getAttribute("aria-pressed")).toBe("false");
    await opened.page.close();
  });

  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    it(`${device} screenshot: the tiles notice over the offline map`, async () => {
      const { page } = await openMap(site.browser, site.server, { query: "tiles=osm", viewport });
      await waitForBasemap(page);
      await tilesNotice(page).waitFor();
      await waitForStill(page);
      const notice = await boxOf(page.locator(".notice").filter({ hasText: UNAVAILABLE }));
      expect(overlaps(notice, await boxOf(page.locator(".map-actions"))), "notice clear of the buttons").toBe(false);
      expect(overlaps(notice, await boxOf(page.locator(".leaflet-control-zoom"))), "notice clear of the zoom").toBe(false);
      // The credit's extra line pushes nothing under anything else in the lower corners.
      const credits = await boxOf(page.locator(".credits"));
      expect(overlaps(credits, await boxOf(page.locator(".leaflet-control-scale"))), "credits clear of the scale bar").toBe(false);
      expect(overlaps(credits, await boxOf(page.locator(".off-map"))), "credits clear of the places not on the map").toBe(false);
      await screenshot(page, `${device}-tiles-notice`);
      await page.close();
    });
  }
});
