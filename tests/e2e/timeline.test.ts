import { describe, expect, it } from "vitest";
import { screenshot } from "./harness/browser";
import { marker, markers, openMap, popup, useBuiltSite, waitForStill } from "./harness/mapPage";

/** The events in time order, and a date range that narrows the map. */
describe("the timeline", () => {
  const site = useBuiltSite();

  it("choosing a June range hides Baikonur's July launch, on the map and in the timeline, and deep-links it", async () => {
    const { page } = await openMap(site.browser, site.server);
    await page.getByRole("tab", { name: "Timeline" }).click();
    const timeline = page.getByRole("tabpanel", { name: "Timeline" });
    const launch = timeline.getByRole("button", { name: /^Soyuz MS-01 launches to the ISS/ });
    expect(await launch.getAttribute("aria-label") ?? await launch.textContent()).not.toContain("outside the chosen dates");
    await timeline.getByLabel("From", { exact: true }).fill("2016-06-01");
    await timeline.getByLabel("To", { exact: true }).fill("2016-06-30");
    await expect.poll(() => marker(page, "Baikonur Cosmodrome").count()).toBe(0);
    expect(await marker(page, "Aktobe").count()).toBe(1);
    await expect.poll(async () => (await launch.getAttribute("aria-label")) ?? (await launch.textContent()) ?? "").toContain("outside the chosen dates");
    const query = new URL(page.url()).searchParams;
    expect([query.get("from"), query.get("to")]).toEqual(["2016-06-01", "2016-06-30"]);
    await screenshot(page, "desktop-timeline-june");
    await page.close();
  });

  it("?from=&to= restores the range at load, and markers of places without events in it are gone", async () => {
    const { page } = await openMap(site.browser, site.server, { query: "from=2016-07-01&to=2016-07-31" });
    await expect.poll(() => marker(page, "Baikonur Cosmodrome").count()).toBe(1);
    expect(await marker(page, "Aktobe").count()).toBe(0);
    expect(await markers(page).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("selecting an event opens the popup of its place", async () => {
    const { page } = await openMap(site.browser, site.server);
    await page.getByRole("tab", { name: "Timeline" }).click();
    await page.getByRole("tabpanel", { name: "Timeline" }).getByRole("button", { name: /^Attacks in Aktobe/ }).click();
    await expect.poll(() => popup(page).getAttribute("aria-label"), { timeout: 5_000 }).toBe("Aktobe");
    await waitForStill(page);
    expect(new URL(page.url()).searchParams.get("place")).toBe("aktobe");
    await page.close();
  });

  it("a bad ?from= is named and ignored", async () => {
    const { page } = await openMap(site.browser, site.server, { query: "from=2016-13-01" });
    const status = page.getByRole("status").filter({ hasText: "?from=2016-13-01 was ignored" });
    await status.waitFor();
    expect(await marker(page, "Baikonur Cosmodrome").count()).toBe(1);
    await page.close();
  });

  it("fits a phone", async () => {
    const viewport = { width: 390, height: 844 };
    const { page } = await openMap(site.browser, site.server, { viewport });
    await page.getByRole("tab", { name: "Timeline" }).click();
    const panel = page.getByRole("tabpanel", { name: "Timeline" });
    await panel.waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, "phone-timeline");
    await page.close();
  });
});
