import { describe, expect, it } from "vitest";
import { marker, markers, openMap, waitForBasemap, waitForStill, useBuiltSite } from "./harness/mapPage";

/** With every non-local request blocked (the harness default), the map is complete on its own. */
describe("offline: the map needs nothing but its own server", () => {
  const site = useBuiltSite();

  it("draws the basemap on its canvas: much opaque land, in several colours, not one flat fill", async () => {
    const { page } = await openMap(site.browser, site.server);
    await waitForBasemap(page);
    await waitForStill(page);
    const pixels = await page.evaluate(() => {
      const canvas = document.querySelector<HTMLCanvasElement>(".leaflet-basemap-land-pane canvas");
      if (!canvas) return null;
      const { data } = canvas.getContext("2d")!.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Map<string, number>();
      let opaque = 0;
      for (let i = 0; i < data.length; i += 4 * 7) {
        if (data[i + 3]! > 0) opaque++;
        const key = `${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`;
        colours.set(key, (colours.get(key) ?? 0) + 1);
      }
      const samples = data.length / (4 * 7);
      const top = [...colours.values()].sort((a, b) => b - a);
      return { samples, opaque, distinct: colours.size, largestShare: top[0]! / samples, secondShare: (top[1] ?? 0) / samples };
    });
    expect(pixels, "a canvas in the basemap-land pane").not.toBeNull();
    // Land covers much of the view: many painted pixels, several colours (land, focus, coasts, borders).
    expect(pixels!.opaque / pixels!.samples).toBeGreaterThan(0.3);
    expect(pixels!.distinct).toBeGreaterThan(5);
    expect(pixels!.largestShare).toBeLessThan(0.9);
    expect(pixels!.secondShare).toBeGreaterThan(0.05);
    await page.close();
  });

  it("draws Lake Balkhash beside the town of Balkhash, in the water colour", async () => {
    const { page } = await openMap(site.browser, site.server, { hash: "map=7/46.5/75.5" });
    await waitForStill(page);
    const town = await marker(page, "Balkhash").boundingBox();
    expect(town).not.toBeNull();
    await expect.poll(() => page.locator(".leaflet-basemap-water-pane canvas").count()).toBe(1);
    // Look 25-60 px below the town, where the lake's north shore lies, for pixels in the lake colour.
    const lakePixels = await page.evaluate(({ x, y }) => {
      const canvas = document.querySelector<HTMLCanvasElement>(".leaflet-basemap-water-pane canvas")!;
      const box = canvas.getBoundingClientRect();
      const scale = canvas.width / box.width;
      // The theme's water colour, resolved as the basemap resolves it (the variable is a light-dark() pair).
      const probe = document.createElement("span");
      probe.style.color = "var(--water)";
      document.querySelector(".story-map")!.append(probe);
      const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
      probe.remove();
      const { data } = canvas.getContext("2d")!.getImageData((x - box.left - 40) * scale, (y - box.top + 25) * scale, 80 * scale, 35 * scale);
      let matches = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] === r && data[i + 1] === g && data[i + 2] === b && data[i + 3] === 255) matches++;
      return matches / (data.length / 4);
    }, { x: town!.x + town!.width / 2, y: town!.y + town!.height / 2 });
    expect(lakePixels).toBeGreaterThan(0.2);
    await page.close();
  });

  it("shows country names such as Uzbekistan (upper-cased by CSS) and the place markers", async () => {
    const { page } = await openMap(site.browser, site.server);
    await waitForBasemap(page);
    for (const country of ["Uzbekistan", "Turkmenistan", "Kyrgyzstan"]) {
      const label = page.locator(".country-label").getByText(country, { exact: true });
      expect(await label.count(), country).toBe(1);
      expect(await label.isVisible(), country).toBe(true);
      expect(await label.evaluate((element) => getComputedStyle(element).textTransform)).toBe("uppercase");
    }
    for (const name of ["Aktobe", "Astana", "Baikonur Cosmodrome"]) expect(await marker(page, name).isVisible(), name).toBe(true);
    await page.close();
  });

  it("loads with no console errors, no page errors, no CSP violations and only local requests", async () => {
    const opened = await openMap(site.browser, site.server);
    const { page } = opened;
    await waitForBasemap(page);
    await page.waitForLoadState("networkidle");
    await marker(page, "Aktobe").click(); // a popup, too, must not reach out (e.g. for images)
    await page.getByRole("dialog", { name: "Aktobe" }).waitFor();
    await page.waitForLoadState("networkidle");

    expect(await markers(page).count()).toBeGreaterThan(10);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    expect(opened.blockedRequests).toEqual([]);
    expect(opened.requests.length).toBeGreaterThan(3);
    for (const url of opened.requests) expect(new URL(url).origin, url).toBe(site.server.origin);
    const failed = site.server.requests.filter((line) => !line.endsWith(" 200"));
    expect(failed).toEqual([]);
    await page.close();
  });
});
