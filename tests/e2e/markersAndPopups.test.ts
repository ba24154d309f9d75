import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  articleSentence, boxOf, distance, inside, latLngOf, marker, markers, openMap, overlaps, pixelOf, placeNamed, popup, readStory,
  waitForStill, useBuiltSite,
} from "./harness/mapPage";

const story = readStory();

/** Clicks each named marker in turn: its own popup opens, and closes with its close button. */
async function expectEachOpensItsOwnPopup(page: Page, names: readonly string[]): Promise<void> {
  for (const name of names) {
    await marker(page, name).click();
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe(name);
    await page.getByRole("button", { name: `Close ${name}` }).click();
    await expect.poll(() => popup(page).count()).toBe(0);
    await waitForStill(page);
  }
}
const located = story.places.features.filter((place) => place.geometry?.type === "Point" || place.properties.labelPoint);
const unlocated = story.places.features.filter((place) => place.geometry === null);
const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };

describe("place markers and their popups", () => {
  const site = useBuiltSite();

  // Labels hidden for lack of room must not take the marker's name with them, so the phone is checked too.
  it.each(Object.entries(VIEWPORTS))("%s: one marker button per located place, by name; none for places without geometry", async (_, viewport) => {
    const { page } = await openMap(site.browser, site.server, { viewport });
    await waitForStill(page);
    for (const name of ["Aktobe", "Astana", "Baikonur Cosmodrome"]) await expect.poll(() => marker(page, name).count()).toBe(1);
    expect(located.length).toBeGreaterThan(10);
    const unnamed = [];
    for (const place of located) {
      if ((await marker(page, place.properties.name).count()) !== 1) unnamed.push(place.id);
    }
    expect(unnamed, "places whose marker button is missing or has lost its accessible name").toEqual([]);
    expect(await markers(page).count()).toBe(located.length);

    expect(unlocated.map((place) => place.id).sort()).toEqual(["gulshat", "iss"]);
    const offMap = page.getByRole("navigation", { name: "Places not on the map" });
    for (const place of unlocated) {
      expect(await markers(page).filter({ hasText: place.properties.name }).count(), place.id).toBe(0);
      await expect.poll(() => offMap.getByRole("button", { name: new RegExp(`^${place.properties.name}\\b`) }).count()).toBe(1);
    }
    await page.close();
  });

  it("opens the International Space Station from the off-map list as a dialog with its passage", async () => {
    const { page } = await openMap(site.browser, site.server);
    const button = page.getByRole("navigation", { name: "Places not on the map" })
      .getByRole("button", { name: /^International Space Station\b/ });
    await button.click();
    const dialog = page.getByRole("dialog", { name: "International Space Station" });
    await dialog.waitFor();
    const { sentence } = articleSentence("headed for the International Space Station");
    expect(await dialog.locator("blockquote").allTextContents()).toContain(sentence);

    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => button.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.close();
  });

  it("clicking Aktobe opens its popup with the gun-store passage verbatim, the event, its date and a fact check", async () => {
    const { page } = await openMap(site.browser, site.server);
    await marker(page, "Aktobe").click();
    const aktobe = page.getByRole("dialog", { name: "Aktobe" });
    await aktobe.waitFor();
    expect(await aktobe.evaluate((element) => element.classList.contains("leaflet-popup"))).toBe(true);

    const { sentence, paragraph } = articleSentence("robbed two gun stores");
    expect(paragraph).toBe(5);
    const quote = aktobe.locator("figure", { has: page.locator("blockquote", { hasText: "robbed two gun stores" }) });
    expect(await quote.count()).toBe(1);
    expect(await quote.locator("blockquote").textContent()).toBe(sentence);
    expect((await quote.locator("figcaption").textContent())?.trim()).toBe(`Paragraph ${paragraph}`);

    const event = aktobe.locator("li", { hasText: "Attacks in Aktobe" });
    expect(await event.count()).toBe(1);
    expect(await event.textContent()).toContain("about 5–10 June 2016");
    expect(await event.getByText(/Fact check/).count()).toBe(1);
    await page.close();
  });

  it("keeps the three Baikonur markers apart at the first view; each opens its own popup", async () => {
    const { page } = await openMap(site.browser, site.server);
    await waitForStill(page);
    const names = ["Baikonur Cosmodrome", "Gagarin's Start (Site 1/5)", "Baikonur (town)"];
    const boxes = await Promise.all(names.map((name) => boxOf(marker(page, name))));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) expect(distance(boxes[i]!, boxes[j]!), `${names[i]} – ${names[j]}`).toBeGreaterThanOrEqual(18);
    }
    await expectEachOpensItsOwnPopup(page, names);
    await page.close();
  });

  it("keeps Washington, DC and the Rayburn building apart with the US in view; each opens its own popup", async () => {
    const { page } = await openMap(site.browser, site.server, { hash: "map=5/38.9/-77" });
    const names = ["Washington, DC", "Rayburn House Office Building"];
    const [a, b] = await Promise.all(names.map((name) => boxOf(marker(page, name))));
    expect(distance(a!, b!)).toBeGreaterThanOrEqual(18);
    await expectEachOpensItsOwnPopup(page, names);
    await page.close();
  });

  it.each(Object.entries(VIEWPORTS))("%s: marker labels at the first view neither cover one another nor run off the map", async (_, viewport) => {
    const { page } = await openMap(site.browser, site.server, { viewport });
    await waitForStill(page);
    const map = await boxOf(page.locator(".story-map"));
    const labels = await markers(page).evaluateAll((icons) =>
      icons.map((icon) => {
        const box = (element: Element | null) => {
          const { x, y, width, height } = element!.getBoundingClientRect();
          return { x, y, width, height };
        };
        return { text: icon.textContent ?? "", dot: box(icon), label: box(icon.querySelector(".place-marker__label")) };
      }));
    // Labels of markers in view, that are shown (a label may be hidden when there is no room for it).
    const shown = labels.filter(({ dot, label }) => inside(dot, map) && label.width > 0);
    const problems: string[] = [];
    for (const [i, a] of shown.entries()) {
      if (!inside(a.label, map)) problems.push(`${a.text}: label runs off the map`);
      for (const b of shown.slice(i + 1)) if (overlaps(a.label, b.label)) problems.push(`${a.text} / ${b.text}: labels overlap`);
    }
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(Object.entries(VIEWPORTS))("%s: \"Show all places\" zooms out until Japan, the United States and every other marker are in view", async (_, viewport) => {
    const { page } = await openMap(site.browser, site.server, { viewport });
    await waitForStill(page);
    const map = await boxOf(page.locator(".story-map"));
    const inView = async (name: string) => inside(await boxOf(marker(page, name)), map);
    expect(await inView("Japan")).toBe(false); // the first view is Kazakhstan's
    expect(await inView("United States")).toBe(false);

    await page.getByRole("button", { name: "Show all places" }).click();
    await waitForStill(page);
    expect(await inView("Japan")).toBe(true);
    expect(await inView("United States")).toBe(true);
    const outside = [];
    for (const place of located) if (!(await inside(await boxOf(markers(page).filter({ hasText: place.properties.name }).first()), map))) outside.push(place.id);
    expect(outside).toEqual([]);
    await page.close();
  });

  it("clicking inside Kazakhstan away from any marker opens the Kazakhstan popup", async () => {
    const { page } = await openMap(site.browser, site.server);
    await waitForStill(page);
    const aktobe = { name: "Aktobe", ...latLngOf(placeNamed(story, "aktobe")) };
    const astana = { name: "Astana", ...latLngOf(placeNamed(story, "astana")) };
    const point = await pixelOf(page, { lat: 48.5, lng: 77 }, [aktobe, astana]);
    // Nothing but the country is under that pixel: no marker and no label within reach.
    for (const box of await markers(page).evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON()))) {
      expect(Math.hypot(box.x + box.width / 2 - point.x, box.y + box.height / 2 - point.y)).toBeGreaterThan(30);
    }
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Kazakhstan");
    expect(await popup(page).getByRole("heading", { name: "Kazakhstan" }).count()).toBe(1);
    await page.close();
  });
});
