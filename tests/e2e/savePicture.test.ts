import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SCREENSHOT_DIR } from "./harness/browser";
import { boxOf, openMap, readStory, useBuiltSite, waitForBasemap, waitForStill, type Box } from "./harness/mapPage";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const THEME_COLOURS = ["--land", "--water", "--accent", "--paper", "--ink"] as const;
type ThemeColour = (typeof THEME_COLOURS)[number];
/** The strip's text is at least 12 CSS pixels, so its lowest 12 rows hold text whatever it wraps to. */
const STRIP_ROWS = 12;
const TILE_HOST = "https://tile.openstreetmap.org/";
/** A tile no map would show, to find in the picture. */
const MAGENTA_TILE = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#ff00ff"/></svg>`;

async function savePicture(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const button = page.locator(".map-actions").getByRole("button", { name: "Save as PNG" });
  // The map's buttons arrive a moment after its markers (src/components/lazyViews.tsx).
  await button.first().waitFor();
  expect(await button.count(), "the Save as PNG button among the map's upper-right actions").toBe(1);
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const bytes = await readFile(await download.path());
  return { name: download.suggestedFilename(), bytes };
}

/** Width and height from the IHDR chunk, which must follow the PNG signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)], "PNG signature").toEqual(PNG_SIGNATURE);
  expect(bytes.toString("latin1", 12, 16)).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function saveScreenshot(name: string, bytes: Buffer): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await writeFile(join(SCREENSHOT_DIR, `${name}.png`), bytes);
}

interface Analysis {
  distinctColours: number;
  /** Pixels of each theme colour (resolved on the page), within a small tolerance. */
  counts: Record<ThemeColour, number>;
  /** In the strip's lowest rows: pixels close to the ink and to the paper. */
  strip: { ink: number; paper: number; pixels: number };
  /** Share of pixels of the paper colour inside each box (CSS pixels, relative to the map). */
  paperShare: number[];
  magenta: number;
}

/** Decodes the PNG in the page, as a reader's image viewer would, and counts what it shows. */
function analyse(page: Page, bytes: Buffer, boxes: readonly Box[] = []): Promise<Analysis> {
  return page.evaluate(async ({ base64, names, boxes, stripRows }) => {
    const image = await createImageBitmap(new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type: "image/png" }));
    const canvas = document.createElement("canvas");
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext("2d")!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const scale = image.width / document.querySelector<HTMLElement>(".story-map")!.clientWidth;

    const resolve = (name: string) => {
      const probe = document.createElement("span");
      probe.style.color = `var(${name})`;
      document.querySelector(".story-map")!.append(probe);
      const rgb = getComputedStyle(probe).color.match(/\d+/g)!.slice(0, 3).map(Number);
      probe.remove();
      return rgb;
    };
    const targets = Object.fromEntries(names.map((name) => [name, resolve(name)]));
    const near = (offset: number, rgb: number[], tolerance: number) =>
      Math.abs(data[offset]! - rgb[0]!) <= tolerance && Math.abs(data[offset + 1]! - rgb[1]!) <= tolerance && Math.abs(data[offset + 2]! - rgb[2]!) <= tolerance;

    const colours = new Set<number>();
    const counts = Object.fromEntries(names.map((name) => [name, 0]));
    let magenta = 0;
    for (let offset = 0; offset < data.length; offset += 4) {
      colours.add((data[offset]! << 16) | (data[offset + 1]! << 8) | data[offset + 2]!);
      for (const name of names) if (near(offset, targets[name]!, 3)) counts[name]!++;
      if (data[offset]! > 200 && data[offset + 1]! < 120 && data[offset + 2]! > 200) magenta++;
    }

    const strip = { ink: 0, paper: 0, pixels: 0 };
    for (let y = image.height - Math.round(stripRows * scale); y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const offset = (y * image.width + x) * 4;
        strip.pixels++;
        if (near(offset, targets["--ink"]!, 60)) strip.ink++;
        if (near(offset, targets["--paper"]!, 3)) strip.paper++;
      }
    }

    const paperShare = boxes.map((box) => {
      let paper = 0;
      let pixels = 0;
      for (let y = Math.round(box.y * scale); y < Math.round((box.y + box.height) * scale); y++) {
        for (let x = Math.round(box.x * scale); x < Math.round((box.x + box.width) * scale); x++) {
          pixels++;
          if (near((y * image.width + x) * 4, targets["--paper"]!, 3)) paper++;
        }
      }
      return paper / pixels;
    });
    return { distinctColours: colours.size, counts: counts as Record<ThemeColour, number>, strip, paperShare, magenta };
  }, { base64: bytes.toString("base64"), names: [...THEME_COLOURS], boxes: [...boxes], stripRows: STRIP_ROWS });
}

const mapSize = (page: Page) => page.locator(".story-map").evaluate((map) => ({ width: map.clientWidth, height: map.clientHeight }));

/** A box on the page, relative to the map's top left. */
async function boxInMap(page: Page, selector: string): Promise<Box> {
  const [box, map] = [await boxOf(page.locator(selector)), await boxOf(page.locator(".story-map"))];
  return { ...box, x: box.x - map.x, y: box.y - map.y };
}

describe("Save as PNG: the map view as a picture with its credits", () => {
  const site = useBuiltSite();
  const fileName = `${readStory().id as string}.png`;

  for (const colorScheme of ["light", "dark"] as const) {
    it(`${colorScheme} theme: the map's size, basemap and markers, without its popup or buttons, credits legible in the strip`, async () => {
      const opened = await openMap(site.browser, site.server, { query: "place=kazakhstan", colorScheme });
      const { page } = opened;
      await waitForBasemap(page);
      await page.locator(".leaflet-popup").waitFor();
      await waitForStill(page);
      const size = await mapSize(page);
      const leftOut = [await boxInMap(page, ".leaflet-popup-content-wrapper"), await boxInMap(page, ".map-actions")];

      const { name, bytes } = await savePicture(page);
      await saveScreenshot(colorScheme === "light" ? "map-picture" : "map-picture-dark", bytes);
      expect(name).toBe(fileName);
      expect(pngSize(bytes)).toEqual(size);

      const picture = await analyse(page, bytes, leftOut);
      const pixels = size.width * size.height;
      expect(picture.distinctColours, "not blank").toBeGreaterThan(200);
      expect(picture.counts["--land"] / pixels, "land").toBeGreaterThan(0.2);
      expect(picture.counts["--water"] / pixels, "water").toBeGreaterThan(0.01);
      expect(picture.counts["--accent"], "markers and the selected country's outline").toBeGreaterThan(200);
      // The strip is paper with ink letters, in either theme.
      expect(picture.strip.paper / picture.strip.pixels, "strip background").toBeGreaterThan(0.5);
      expect(picture.strip.ink, "strip text").toBeGreaterThan(100);
      // Where the popup and the buttons are on screen, the picture shows the map.
      for (const share of picture.paperShare) expect(share).toBeLessThan(0.2);

      await page.getByRole("button", { name: "Save as PNG" }).waitFor();
      expect(await page.getByText("could not be saved").count()).toBe(0);
      expect(opened.pageErrors).toEqual([]);
      expect(opened.consoleErrors).toEqual([]);
      expect(opened.cspViolations).toEqual([]);
      await page.close();
    });
  }

  it("on a screen with two device pixels per CSS pixel, the picture has twice the pixels", async () => {
    const { page, pageErrors } = await openMap(site.browser, site.server, {
      hash: "map=5/48/67",
      // Before the app loads, so that Leaflet draws its canvases for that screen.
      routes: async (page) => {
        const session = await page.context().newCDPSession(page);
        await session.send("Emulation.setDeviceMetricsOverride", { width: 1280, height: 800, deviceScaleFactor: 2, mobile: false });
      },
    });
    await waitForBasemap(page);
    await waitForStill(page);
    expect(await page.evaluate(() => window.devicePixelRatio)).toBe(2);
    const size = await mapSize(page);

    const { bytes } = await savePicture(page);
    expect(pngSize(bytes)).toEqual({ width: size.width * 2, height: size.height * 2 });
    const picture = await analyse(page, bytes);
    expect(picture.counts["--land"] / (size.width * size.height * 4)).toBeGreaterThan(0.2);
    expect(picture.counts["--accent"]).toBeGreaterThan(200);
    expect(picture.strip.ink).toBeGreaterThan(200);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("online tiles the browser may not copy are left out, and the picture is still saved", async () => {
    const opened = await openMap(site.browser, site.server, {
      query: "tiles=osm",
      hash: "map=5/48/67",
      routes: (page) => page.route(`${TILE_HOST}**`, (route) => route.fulfill({ contentType: "image/svg+xml", body: MAGENTA_TILE })),
    });
    const { page } = opened;
    await waitForBasemap(page);
    await waitForStill(page);
    await expect.poll(() => page.locator(".leaflet-online-tiles-pane img.leaflet-tile-loaded").count()).toBeGreaterThan(3);
    expect(await page.locator(".leaflet-online-tiles-pane img").evaluateAll((tiles) => tiles.every((tile) => (tile as HTMLImageElement).naturalWidth > 0))).toBe(true);

    const { bytes } = await savePicture(page);
    await saveScreenshot("map-picture-tiles-left-out", bytes);
    const picture = await analyse(page, bytes);
    expect(picture.magenta, "no tile pixels").toBe(0);
    expect(picture.counts["--land"] / (await mapSize(page).then(({ width, height }) => width * height))).toBeGreaterThan(0.2);
    expect(picture.strip.ink).toBeGreaterThan(100);
    expect(await page.getByText("could not be saved").count()).toBe(0);
    expect(opened.pageErrors).toEqual([]);
    await page.close();
  });
});
