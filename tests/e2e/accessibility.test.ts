import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { marker, openMap, popup, useBuiltSite, waitForBasemap, waitForStill } from "./harness/mapPage";

/** axe-core's WCAG 2.2 A and AA rules (contrast among them), on each view a reader meets, in both themes. */
describe.each(["light", "dark"] as const)("accessibility scan, %s theme", (colorScheme) => {
  const site = useBuiltSite();

  it("finds nothing on the main view", async () => {
    const { page } = await openMap(site.browser, site.server, { colorScheme });
    await waitForBasemap(page);
    await waitForStill(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("light dark");
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("finds nothing with a popup open and its passages highlighted", async () => {
    const { page } = await openMap(site.browser, site.server, { colorScheme });
    await marker(page, "Aktobe").click();
    await popup(page).waitFor();
    await waitForStill(page);
    expect(await page.locator(".article-panel mark").count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("finds nothing in the place list and the timeline", async () => {
    const { page } = await openMap(site.browser, site.server, { colorScheme });
    await page.getByRole("tab", { name: /^Places/ }).click();
    await page.getByRole("searchbox", { name: "Find a place" }).fill("Nur-Sultan");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("tab", { name: "Timeline" }).click();
    const timeline = page.getByRole("tabpanel", { name: "Timeline" });
    await timeline.getByLabel("From", { exact: true }).fill("2016-06-01");
    await timeline.getByLabel("To", { exact: true }).fill("2016-06-30");
    await timeline.getByRole("button", { name: /^Attacks in Aktobe/ }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("finds nothing in the shortcuts help and the text-only view", async () => {
    const { page } = await openMap(site.browser, site.server, { colorScheme });
    await page.locator(".story-map").focus();
    await page.keyboard.press("?");
    await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await page.getByRole("link", { name: "Text only" }).click();
    await page.getByRole("heading", { name: "The article", exact: true }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("finds nothing on a phone", async () => {
    const { page } = await openMap(site.browser, site.server, { viewport: { width: 390, height: 844 }, colorScheme });
    await waitForStill(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
