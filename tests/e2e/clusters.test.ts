import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gazetteerStory } from "../../scripts/gazetteerStory";
import { axeViolations } from "./harness/axe";
import { mapView, marker, openMap, popup, useBuiltSite, waitForStill, type OpenMapOptions } from "./harness/mapPage";

/** A story of the 100,000 most populous places of GeoNames, generated for this run and served beside the site. */
const PLACES = 100_000;
const folder = mkdtempSync(join(tmpdir(), "article-map-clusters-"));
const STORY_QUERY = "story=large/gazetteer-100000.json";
/** Parsing 18.5 million characters on the page's thread takes seconds on a slow machine. */
const LOAD_TIMEOUT = 50_000;

const clusters = (page: Page) => page.locator(".leaflet-marker-pane .cluster-icon");
const markerIcons = (page: Page) => page.locator(".leaflet-marker-pane .leaflet-marker-icon");
/** Every cluster's count, read from its accessible name ("Cluster of 1,234 places — …"). */
const clusterCounts = (page: Page) =>
  clusters(page).evaluateAll((elements) => elements.map((element) => Number(/Cluster of ([\d,]+) places/.exec(element.textContent ?? "")?.[1]?.replaceAll(",", "") ?? Number.NaN)));
const focusedMarker = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest(".leaflet-marker-pane .leaflet-marker-icon")?.className.match(/cluster-icon|place-icon/)?.[0] ?? "no marker");

let shanghai: { lat: number; lng: number };
beforeAll(() => {
  const story = gazetteerStory(PLACES);
  const [lng, lat] = story.places.features[0]!.geometry!.coordinates as [number, number];
  shanghai = { lat, lng };
  writeFileSync(join(folder, "gazetteer-100000.json"), JSON.stringify(story));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("a story of 100,000 places", () => {
  const site = useBuiltSite({ mounts: { "large/": folder } });

  async function openLarge(options: OpenMapOptions = {}) {
    const opened = await openMap(site.browser, site.server, { query: STORY_QUERY, waitForMarkers: false, ...options });
    await markerIcons(opened.page).first().waitFor({ state: "attached", timeout: LOAD_TIMEOUT });
    return opened;
  }

  it("draws clusters, far fewer markers than places, each named with its count, together every place", async () => {
    const { page, pageErrors } = await openLarge();
    await clusters(page).first().waitFor({ state: "attached" });
    expect(await markerIcons(page).count()).toBeLessThan(500);
    const first = page.locator(".leaflet-marker-pane").getByRole("button", { name: /^Cluster of [\d,]+ places — press Enter to zoom in$/ }).first();
    expect(await first.isVisible()).toBe(true);
    // The whole world is in view: the clusters and the places on their own account for every place.
    const counts = await clusterCounts(page);
    const single = await page.locator(".leaflet-marker-pane .place-icon").count();
    expect(counts.reduce((sum, each) => sum + each, 0) + single).toBe(PLACES);
    expect(pageErrors).toEqual([]);
    // Built off the page's thread.
    expect(site.server.requests.some((request) => /\/cluster\.worker-[\w-]+\.js 200$/.test(request))).toBe(true);
    await page.close();
  });

  it("opens a cluster by keyboard: Tab to it, Enter zooms in to smaller clusters, and focus lands on a marker", async () => {
    const { page } = await openLarge({ hash: "map=3/48/10" });
    await clusters(page).first().waitFor({ state: "attached" });
    const before = (await mapView(page))!.zoom;
    const biggestBefore = Math.max(...(await clusterCounts(page)));
    await page.locator(".leaflet-container").focus();
    for (let presses = 0; presses < 40 && (await focusedMarker(page)) !== "cluster-icon"; presses++) await page.keyboard.press("Tab");
    expect(await focusedMarker(page)).toBe("cluster-icon");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await mapView(page))!.zoom, { timeout: 10_000 }).toBeGreaterThan(before);
    await waitForStill(page);
    await expect.poll(() => focusedMarker(page)).not.toBe("no marker");
    // The worker answers for the new view a moment after the map stops.
    await expect.poll(async () => Math.max(...(await clusterCounts(page)), 0)).toBeLessThan(biggestBefore);
    // The arrow keys still move between whatever markers are in view.
    const focusedBefore = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press("ArrowRight");
    expect(await focusedMarker(page)).not.toBe("no marker");
    expect(await page.evaluate(() => document.activeElement?.textContent)).not.toBe(focusedBefore);
    await page.close();
  });

  it("with reduced motion, a clicked cluster jumps in rather than flying", async () => {
    const { page } = await openLarge({ hash: "map=3/48/10" });
    await page.emulateMedia({ reducedMotion: "reduce" });
    await clusters(page).first().waitFor({ state: "attached" });
    const before = (await mapView(page))!.zoom;
    // A flight moves the markers on every frame, each frame one batch of mutations (about 28 in
    // 0.6 s); a jump moves, removes and adds them in a few.
    await page.evaluate(() => {
      const pane = document.querySelector(".leaflet-marker-pane")!;
      const moves = { frames: 0 };
      (window as unknown as { markerMoves: typeof moves }).markerMoves = moves;
      new MutationObserver(() => (moves.frames += 1)).observe(pane, { subtree: true, attributes: true, attributeFilter: ["style"] });
    });
    await clusters(page).first().click();
    await expect.poll(async () => (await mapView(page))!.zoom).toBeGreaterThan(before);
    await waitForStill(page);
    expect(await page.evaluate(() => (window as unknown as { markerMoves: { frames: number } }).markerMoves.frames)).toBeLessThan(10);
    await page.close();
  });

  it("opens the popup of a place on its own when clicked", async () => {
    const { page } = await openLarge({ hash: `map=10/${shanghai.lat}/${shanghai.lng}` });
    await marker(page, "Shanghai").click();
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Shanghai");
    await page.close();
  });

  it("finds a town among the 100,000 in the place list, and opens it on the map", async () => {
    const { page } = await openLarge();
    await page.getByRole("tab", { name: /Places/ }).click();
    const list = page.locator(".place-list");
    expect(await list.locator("button[data-place-id]").count()).toBeLessThan(200);
    await list.getByRole("searchbox", { name: "Find a place" }).fill("Skalbmierz");
    await expect.poll(() => list.getByRole("status").textContent()).toBe("1 place matches “Skalbmierz”");
    await list.getByRole("button", { name: "Skalbmierz" }).click();
    await expect.poll(() => popup(page).getAttribute("aria-label"), { timeout: 10_000 }).toBe("Skalbmierz");
    await page.close();
  });

  for (const colorScheme of ["light", "dark"] as const) {
    it(`passes axe's WCAG A and AA rules with clusters on the map and the long list open (${colorScheme})`, async () => {
      const { page } = await openLarge({ colorScheme, hash: "map=5/50/10" });
      await clusters(page).first().waitFor({ state: "attached" });
      await page.getByRole("tab", { name: /Places/ }).click();
      await page.locator(".place-list button[data-place-id]").first().waitFor();
      // A view full of clusters always has some passing under the map's own buttons at its edges,
      // which axe counts as targets too small; panning brings them out (WCAG 2.5.8's "equivalent").
      // What the rule is for is checked directly: no marker overlaps another.
      const circles = await markerIcons(page).evaluateAll((elements) => elements.map((element) => {
        const box = element.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2, radius: box.width / 2 };
      }));
      const overlapping = circles.flatMap((a, i) => circles.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius));
      expect(overlapping).toEqual([]);
      const underControls = (target: string) => /^\.(cluster|place)-icon\b/.test(target);
      const violations = (await axeViolations(page))
        .map((violation) => (violation.id === "target-size" ? { ...violation, targets: violation.targets.filter((target) => !underControls(target)) } : violation))
        .filter((violation) => violation.targets.length > 0);
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it("stays responsive while it validates a 100,000-place file: letters typed meanwhile show at once", async () => {
    const { page, pageErrors } = await openMap(site.browser, site.server);
    await page.getByRole("tab", { name: /^Places/ }).click();
    await page.locator('input[type="file"]').setInputFiles(join(folder, "gazetteer-100000.json"));
    await page.getByRole("status").filter({ hasText: "Opening “gazetteer-100000.json”…" }).waitFor();
    await page.getByRole("searchbox").pressSequentially("Astana");
    // Read in one task: the letters are on screen while the file is still being opened. Were the
    // file validated on the page's thread, the keys would wait for it and the notice would be gone.
    const seen = await page.evaluate(() => ({
      typed: document.querySelector<HTMLInputElement>('input[type="search"]')?.value,
      opening: document.querySelector(".notice--progress")?.textContent,
    }));
    expect(seen).toEqual({ typed: "Astana", opening: "Opening “gazetteer-100000.json”…" });
    await expect.poll(() => page.locator(".notice--progress").count(), { timeout: LOAD_TIMEOUT }).toBe(0);
    await clusters(page).first().waitFor({ state: "attached" });
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});

describe("a story of 100,000 places where no worker may start", () => {
  // Some hosts' policies forbid workers; the page then builds the index itself.
  const site = useBuiltSite({ mounts: { "large/": folder }, headers: { "Content-Security-Policy": "worker-src 'none'" } });

  it("still draws the clusters", async () => {
    const { page, pageErrors } = await openMap(site.browser, site.server, { query: STORY_QUERY, waitForMarkers: false });
    await clusters(page).first().waitFor({ state: "attached", timeout: LOAD_TIMEOUT });
    const counts = await clusterCounts(page);
    const single = await page.locator(".leaflet-marker-pane .place-icon").count();
    expect(counts.reduce((sum, each) => sum + each, 0) + single).toBe(PLACES);
    expect(pageErrors).toEqual([]);
    expect(site.server.requests.some((request) => request.includes("cluster.worker"))).toBe(false);
    await page.close();
  });
});
