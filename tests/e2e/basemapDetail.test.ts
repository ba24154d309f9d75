import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { openMap, useBuiltSite, waitForBasemap, waitForStill } from "./harness/mapPage";

/** The detail grid's cell side in degrees (src/geo/basemapGrid.ts), restated so the test says what it expects. */
const CELL = 30;
const cellOf = (url: string) => /\/basemap-cell-(-?\d+_-?\d+)-[\w-]+\.json$/.exec(url)?.[1];

/** [west, south, east, north] of the map on screen, from `#map=zoom/lat/lng` and the map's size (Web Mercator, 256 px tiles). */
async function viewBounds(page: Page): Promise<[number, number, number, number]> {
  const { hash, width, height } = await page.evaluate(() => {
    const box = document.querySelector(".story-map")!.getBoundingClientRect();
    return { hash: location.hash, width: box.width, height: box.height };
  });
  const [zoom, lat, lng] = hash.replace("#map=", "").split("/").map(Number) as [number, number, number];
  const size = 256 * 2 ** zoom;
  const y = (latitude: number) => size * (0.5 - Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360)) / (2 * Math.PI));
  const latitude = (pixels: number) => (360 / Math.PI) * Math.atan(Math.exp((0.5 - pixels / size) * 2 * Math.PI)) - 90;
  const halfWidth = ((width / 2) * 360) / size;
  return [lng - halfWidth, latitude(y(lat) + height / 2), lng + halfWidth, latitude(y(lat) - height / 2)];
}

/** Share of the land canvas's pixels within `radius` px of the map's centre that are painted in the given theme colour. */
function landShare(page: Page, variable: "--land" | "--land-focus", radius = 10_000): Promise<number> {
  return page.evaluate(({ variable, radius }) => {
    const canvas = document.querySelector<HTMLCanvasElement>(".leaflet-basemap-land-pane canvas")!;
    const map = document.querySelector(".story-map")!;
    const probe = document.createElement("span");
    probe.style.color = `var(${variable})`;
    map.append(probe);
    const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
    probe.remove();
    const box = canvas.getBoundingClientRect();
    const view = map.getBoundingClientRect();
    const scale = canvas.width / box.width;
    const left = Math.max(view.left, view.left + view.width / 2 - radius);
    const top = Math.max(view.top, view.top + view.height / 2 - radius);
    const width = Math.min(view.width, radius * 2);
    const height = Math.min(view.height, radius * 2);
    const { data } = canvas.getContext("2d")!.getImageData((left - box.left) * scale, (top - box.top) * scale, width * scale, height * scale);
    let matches = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) matches++;
    return matches / (data.length / 4);
  }, { variable, radius });
}

/** Waits until no cell has been asked for in a second and the map is still. */
async function settle(page: Page, requests: readonly string[]): Promise<void> {
  let count = -1;
  while (count !== requests.length) {
    count = requests.length;
    await page.waitForTimeout(1000);
  }
  await waitForStill(page);
}

describe("basemap detail: the coarse world first, then 1:50m cells where the map is", () => {
  const site = useBuiltSite();

  it("fetches only the cells under the first view, draws the world zoomed out, and new cells where the map goes", async () => {
    const { page, requests, pageErrors } = await openMap(site.browser, site.server);
    await waitForBasemap(page);
    await settle(page, requests);
    const [west, south, east, north] = await viewBounds(page);
    const first = requests.flatMap((url) => cellOf(url) ?? []);
    expect(first.length, "detail cells at the first view (zoom 4.5)").toBeGreaterThan(0);
    for (const key of first) {
      const [cellWest, cellSouth] = key.split("_").map(Number) as [number, number];
      const touches = cellWest < east && cellWest + CELL > west && cellSouth < north && cellSouth + CELL > south;
      expect(touches, `cell ${key} lies under the view ${[west, south, east, north].map((value) => value.toFixed(1))}`).toBe(true);
    }
    expect(new Set(first).size, "each cell fetched once").toBe(first.length);
    expect(requests.filter((url) => /basemap-world-/.test(url))).toHaveLength(1);
    expect(requests.filter((url) => /countries-|land-\d+m/.test(url)), "no whole-world 1:50m file").toEqual([]);
    // Kazakhstan, the story's country, fills the middle in the emphasis colour.
    expect(await landShare(page, "--land-focus", 100)).toBeGreaterThan(0.5);

    // The whole world: the coarse layer is drawn, and no cell is needed.
    await page.evaluate(() => { location.hash = "#map=2/30/20"; });
    await settle(page, requests);
    expect(requests.flatMap((url) => cellOf(url) ?? [])).toEqual(first);
    expect(await landShare(page, "--land")).toBeGreaterThan(0.15);

    // Bahrain is an island that only the 1:50m data has: drawn as land, from a cell fetched for it.
    await page.evaluate(() => { location.hash = "#map=8/26.05/50.55"; });
    await settle(page, requests);
    const later = requests.flatMap((url) => cellOf(url) ?? []).slice(first.length);
    expect(later).toEqual(["30_0"]);
    expect(await landShare(page, "--land", 8)).toBeGreaterThan(0.9);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
