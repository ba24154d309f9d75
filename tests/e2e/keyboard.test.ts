import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { mapView, marker, openMap, popup, waitForStill, useBuiltSite } from "./harness/mapPage";

/** The keyboard shortcuts the README documents (src/state/shortcuts.ts), done with real key presses. */

const isFocused = (page: Page, name: string) =>
  marker(page, name).evaluate((element) => element === document.activeElement);
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? "");

/** Presses Tab until the marker named `name` has focus; fails after `limit` presses. */
async function tabTo(page: Page, name: string, limit = 30): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (await isFocused(page, name)) return presses;
  }
  throw new Error(`${limit} presses of Tab never reached the ${name} marker`);
}

describe("keyboard", () => {
  const site = useBuiltSite();

  it("Tab reaches the Aktobe marker; Enter opens its popup and moves focus to the heading", async () => {
    const { page } = await openMap(site.browser, site.server);
    await tabTo(page, "Aktobe");
    await page.keyboard.press("Enter");
    await popup(page).waitFor();
    expect(await popup(page).getAttribute("aria-label")).toBe("Aktobe");
    await expect.poll(() => page.evaluate(() => {
      const active = document.activeElement;
      return active?.closest(".leaflet-popup") ? `${active.tagName} ${active.textContent}` : "outside the popup";
    })).toBe("H2 Aktobe");
    await page.close();
  });

  it("Space on a marker opens its popup too", async () => {
    const { page } = await openMap(site.browser, site.server);
    await marker(page, "Astana").focus();
    await page.keyboard.press(" ");
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Astana");
    await page.close();
  });

  it("Escape in the popup closes it and focus returns to the Aktobe marker", async () => {
    const { page } = await openMap(site.browser, site.server);
    await tabTo(page, "Aktobe");
    await page.keyboard.press("Enter");
    await popup(page).waitFor();
    await expect.poll(() => focusedText(page)).toBe("Aktobe");
    expect(await isFocused(page, "Aktobe")).toBe(false); // focus is in the popup, not on the marker

    await page.keyboard.press("Escape");
    await expect.poll(() => popup(page).count(), { timeout: 2_000 }).toBe(0);
    await expect.poll(() => isFocused(page, "Aktobe"), { timeout: 2_000 }).toBe(true);
    await page.close();
  });

  it("closing the popup with its close button from the keyboard returns focus to the marker", async () => {
    const { page } = await openMap(site.browser, site.server);
    await tabTo(page, "Aktobe");
    await page.keyboard.press("Enter");
    await popup(page).waitFor();
    const close = page.getByRole("button", { name: "Close Aktobe" });
    for (let presses = 0; presses < 20 && !(await close.evaluate((element) => element === document.activeElement)); presses++) {
      await page.keyboard.press("Tab");
    }
    expect(await close.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    await expect.poll(() => popup(page).count(), { timeout: 2_000 }).toBe(0);
    await page.waitForTimeout(400); // past Leaflet's 200 ms fade-out, when the popup leaves the DOM
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe("BODY");
    expect(await isFocused(page, "Aktobe")).toBe(true);
    await page.close();
  });

  it("arrow keys pan and + / - zoom the focused map, and the #map hash follows", async () => {
    const { page } = await openMap(site.browser, site.server, { hash: "map=6/48/67" });
    const map = page.getByRole("region", { name: /^Map of the places in “Security delegation meets in Kazakhstan/ });
    expect(await map.getAttribute("aria-roledescription")).toBe("map");
    await map.focus();
    await page.keyboard.press("ArrowRight");
    await waitForStill(page);
    const panned = await mapView(page);
    expect(panned?.zoom).toBe(6);
    expect(panned!.lng).toBeGreaterThan(67.5);
    expect(Math.abs(panned!.lat - 48)).toBeLessThan(0.1);

    await page.keyboard.press("ArrowDown");
    await waitForStill(page);
    expect((await mapView(page))!.lat).toBeLessThan(panned!.lat - 0.3);

    await page.keyboard.press("+");
    await waitForStill(page);
    expect((await mapView(page))?.zoom).toBeGreaterThan(6);
    for (let presses = 0; presses < 2; presses++) {
      await page.keyboard.press("-");
      await waitForStill(page);
    }
    expect((await mapView(page))?.zoom).toBeLessThan(6);
    await page.close();
  });
});

describe("the whole flow by keyboard alone", () => {
  const site = useBuiltSite();

  it("select a place, read its passage, move to the next place, close", async () => {
    const { page } = await openMap(site.browser, site.server);
    await tabTo(page, "Aktobe");
    await page.keyboard.press("Enter");
    await popup(page).waitFor();
    // Focus is in the popup: its heading, then the passages are read from there.
    expect(await focusedText(page)).toBe("Aktobe");
    expect(await popup(page).locator("blockquote").first().textContent()).toContain("Aktobe");
    await page.keyboard.press("Escape");
    await expect.poll(() => popup(page).count()).toBe(0);
    expect(await isFocused(page, "Aktobe")).toBe(true);
    // The next place is one Tab away in the map, and opens the same way.
    await page.keyboard.press("Tab");
    const next = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(next).not.toBe("Aktobe");
    expect(next.length).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe(next);
    // As for Aktobe, focus lands on the popup's heading before the reader goes on.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest(".leaflet-popup") !== null)).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => popup(page).count(), { timeout: 3_000 }).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(next);
    await page.close();
  });
});

describe("arrow keys between places", () => {
  const site = useBuiltSite();

  it("with a marker focused, Right moves to the next place eastwards and Left back, without panning", async () => {
    const { page } = await openMap(site.browser, site.server);
    await waitForStill(page);
    const before = await mapView(page);
    await marker(page, "Aktobe").focus();
    const x = async () => page.evaluate(() => document.activeElement?.getBoundingClientRect().left ?? Number.NaN);
    const start = await x();
    await page.keyboard.press("ArrowRight");
    const moved = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(moved).not.toBe("Aktobe");
    expect(await x()).toBeGreaterThanOrEqual(start);
    await page.keyboard.press("ArrowLeft");
    expect(await isFocused(page, "Aktobe")).toBe(true);
    await waitForStill(page);
    expect(await mapView(page)).toEqual(before);
    await page.keyboard.press("Enter");
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Aktobe");
    await page.close();
  });
});
