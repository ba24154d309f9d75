import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "./harness/browser";
import { marker, openMap, popup, useBuiltSite, waitForBasemap, waitForStill } from "./harness/mapPage";

/** Relative luminance (WCAG) of a CSS rgb() colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((value) => {
    const channel = value / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.querySelector(".story-header")!).backgroundColor);

/** The land under the map's centre, read from the basemap's canvas (it cannot be styled by CSS). */
const landAtCentre = (page: Page) =>
  page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>(".leaflet-basemap-land-pane canvas")!;
    const box = canvas.getBoundingClientRect();
    const map = document.querySelector(".story-map")!.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const x = Math.round((map.left + map.width / 2 - box.left) * scale);
    const y = Math.round((map.top + map.height / 2 - box.top) * scale);
    const [r, g, b] = canvas.getContext("2d")!.getImageData(x, y, 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  });

/** Light and dark themes: the system's choice by default, `?theme=` to fix one. */
describe("colour themes", () => {
  const site = useBuiltSite();

  it("follows a dark system setting, basemap included, and switches back when the system does", async () => {
    const { page, consoleErrors } = await openMap(site.browser, site.server, { colorScheme: "dark", query: "place=astana" });
    await waitForBasemap(page);
    await popup(page).waitFor();
    await waitForStill(page);
    expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
    expect(luminance(await landAtCentre(page))).toBeLessThan(0.1);
    expect(luminance(await popup(page).evaluate((element) => getComputedStyle(element.closest(".leaflet-popup-content-wrapper") ?? element).backgroundColor))).toBeLessThan(0.05);
    await screenshot(page, "desktop-dark-popup");
    await page.emulateMedia({ colorScheme: "light" });
    await expect.poll(async () => luminance(await landAtCentre(page))).toBeGreaterThan(0.5);
    expect(luminance(await pageBackground(page))).toBeGreaterThan(0.9);
    expect(await page.locator(".leaflet-basemap-land-pane canvas").count()).toBe(1);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it("?theme=dark overrides a light system and ?theme=light a dark one", async () => {
    const dark = await openMap(site.browser, site.server, { query: "theme=dark" });
    await waitForBasemap(dark.page);
    expect(luminance(await pageBackground(dark.page))).toBeLessThan(0.05);
    expect(luminance(await landAtCentre(dark.page))).toBeLessThan(0.1);
    await dark.page.close();
    const light = await openMap(site.browser, site.server, { query: "theme=light", colorScheme: "dark" });
    await waitForBasemap(light.page);
    expect(luminance(await pageBackground(light.page))).toBeGreaterThan(0.9);
    expect(luminance(await landAtCentre(light.page))).toBeGreaterThan(0.5);
    await light.page.close();
  });

  it("a phone in the dark reads well", async () => {
    const { page } = await openMap(site.browser, site.server, { colorScheme: "dark", viewport: { width: 390, height: 844 } });
    await waitForBasemap(page);
    await marker(page, "Astana").click();
    await popup(page).waitFor();
    await waitForStill(page);
    const box = (await popup(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(luminance(await pageBackground(page))).toBeLessThan(0.05);
    await screenshot(page, "phone-dark-popup");
    await page.close();
  });

  it("a theme it does not know is named and ignored", async () => {
    const { page } = await openMap(site.browser, site.server, { query: "theme=neon" });
    await page.getByRole("status").filter({ hasText: "?theme=neon was ignored" }).waitFor();
    expect(luminance(await pageBackground(page))).toBeGreaterThan(0.9);
    await page.close();
  });
});
