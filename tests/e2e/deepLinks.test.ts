import { describe, expect, it } from "vitest";
import {
  articleSentence, boxOf, centre, currentHash, latLngOf, mapView, marker, markers, openMap, parseMapHash, placeNamed, popup,
  readStory, waitForStill, useBuiltSite, inside,
} from "./harness/mapPage";

const story = readStory();
/** Decimals the hash carries at a zoom, as openstreetmap.org writes it. */
const decimalsFor = (zoom: number) => Math.ceil(zoom * Math.log10(2));

describe("deep links: ?place= and #map=", () => {
  const site = useBuiltSite();

  it("?place=baikonur opens the cosmodrome's popup at load, with the launch passage and time, centred on it", async () => {
    const { page } = await openMap(site.browser, site.server, { query: "place=baikonur" });
    const dialog = page.getByRole("dialog", { name: "Baikonur Cosmodrome" });
    await dialog.waitFor();
    const { sentence, paragraph } = articleSentence("On Thursday local time, three space travelers");
    expect(sentence.startsWith("On Thursday local time, three space travelers")).toBe(true);
    const figure = dialog.locator("figure", { has: page.locator("blockquote", { hasText: "three space travelers" }) });
    expect(await figure.locator("blockquote").textContent()).toBe(sentence);
    expect((await figure.locator("figcaption").textContent())?.trim()).toBe(`Paragraph ${paragraph}`);

    const launchDate = await dialog.locator("li", { hasText: "Soyuz MS-01" }).locator("time").textContent();
    expect(launchDate).toContain("07:36 local time");
    expect(launchDate).toContain("01:36 UTC");

    const cosmodrome = latLngOf(placeNamed(story, "baikonur"));
    await waitForStill(page);
    await expect.poll(() => mapView(page), { timeout: 3_000 }).not.toBeNull();
    const view = (await mapView(page))!;
    // Centred on the place, then moved up by the popup's auto-pan so the popup fits above it.
    expect(Math.abs(view.lng - cosmodrome.lng)).toBeLessThan(0.5);
    expect(view.lat - cosmodrome.lat).toBeGreaterThanOrEqual(0);
    expect(view.lat - cosmodrome.lat).toBeLessThan(1.5);
    expect(inside(await boxOf(marker(page, "Baikonur Cosmodrome")), await boxOf(page.locator(".story-map")))).toBe(true);
    await page.close();
  });

  it("#map= restores its view, follows a pan, and a new page with the new hash shows the same view", async () => {
    const first = await openMap(site.browser, site.server, { hash: "map=7/50.3/57.2" });
    await waitForStill(first.page);
    const loaded = await currentHash(first.page);
    expect(["#map=7/50.3/57.2", "#map=7/50.300/57.200"]).toContain(loaded);
    expect(parseMapHash(loaded)).toEqual({ zoom: 7, lat: 50.3, lng: 57.2 });

    // Drag the map with the mouse, from an empty spot (no marker there).
    const map = await boxOf(first.page.locator(".story-map"));
    const from = { x: map.x + map.width * 0.75, y: map.y + map.height * 0.7 };
    await first.page.mouse.move(from.x, from.y);
    await first.page.mouse.down();
    await first.page.mouse.move(from.x - 180, from.y - 90, { steps: 12 });
    await first.page.mouse.up();
    await waitForStill(first.page);
    const panned = await currentHash(first.page);
    expect(panned).not.toBe(loaded);
    const view = parseMapHash(panned)!;
    expect(view.zoom).toBe(7);
    expect(view.lng).toBeGreaterThan(57.2); // dragged left: the view moved east
    expect(view.lat).toBeLessThan(50.3); // dragged up: the view moved south
    const digits = decimalsFor(view.zoom);
    expect(panned).toMatch(new RegExp(`^#map=7/-?\\d+\\.\\d{${digits}}/-?\\d+\\.\\d{${digits}}$`));
    const aktobeBefore = await boxOf(marker(first.page, "Aktobe"));
    await first.page.close();

    const second = await openMap(site.browser, site.server, { hash: panned.slice(1) });
    await waitForStill(second.page);
    expect(await currentHash(second.page)).toBe(panned);
    const aktobeAfter = await boxOf(marker(second.page, "Aktobe"));
    expect(Math.abs(aktobeAfter.x - aktobeBefore.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(aktobeAfter.y - aktobeBefore.y)).toBeLessThanOrEqual(2);
    await second.page.close();
  });

  it("editing the hash of an open page moves the map there", async () => {
    const { page } = await openMap(site.browser, site.server);
    const cosmodrome = latLngOf(placeNamed(story, "baikonur"));
    await page.evaluate((hash) => { window.location.hash = hash; }, `#map=8/${cosmodrome.lat}/${cosmodrome.lng}`);
    await waitForStill(page);
    const map = centre(await boxOf(page.locator(".story-map")));
    const dot = centre(await boxOf(marker(page, "Baikonur Cosmodrome")));
    expect(Math.hypot(dot.x - map.x, dot.y - map.y)).toBeLessThan(30);
    await page.close();
  });

  it("a malformed #map=abc is ignored with a visible message, and the map still works", async () => {
    const { page } = await openMap(site.browser, site.server, { hash: "map=abc" });
    const message = page.getByRole("status").filter({ hasText: "#map=abc was ignored" });
    await message.waitFor();
    expect(await message.isVisible()).toBe(true);
    expect(await markers(page).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("an unknown ?place=atlantis shows a dismissible message naming it; markers still work", async () => {
    const { page } = await openMap(site.browser, site.server, { query: "place=atlantis" });
    const status = page.getByRole("status").filter({ hasText: "atlantis" });
    await status.waitFor();
    const notice = status.getByText("atlantis");
    expect(await notice.isVisible()).toBe(true);
    expect(await popup(page).count()).toBe(0);

    await marker(page, "Astana").click();
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Astana");

    await status.getByRole("button", { name: /dismiss/i }).click();
    await expect.poll(() => page.getByText("atlantis").count()).toBe(0);
    await page.close();
  });
});
