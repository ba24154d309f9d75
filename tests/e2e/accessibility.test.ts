import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { marker, openMap, popup, useBuiltSite, waitForBasemap, waitForStill } from "./harness/mapPage";

/** axe-core's WCAG 2.2 A and AA rules, on each view a reader meets. */
describe("accessibility scan", () => {
  const site = useBuiltSite();

  it("finds nothing on the main view", async () => {
    const { page } = await openMap(site.browser, site.server);
    await waitForBasemap(page);
    await waitForStill(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("finds nothing with a popup open", async () => {
    const { page } = await openMap(site.browser, site.server);
    await marker(page, "Aktobe").click();
    await popup(page).waitFor();
    await waitForStill(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("finds nothing in the place list and the timeline", async () => {
    const { page } = await openMap(site.browser, site.server);
    await page.getByRole("tab", { name: /^Places/ }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("tab", { name: "Timeline" }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("finds nothing on a phone", async () => {
    const { page } = await openMap(site.browser, site.server, { viewport: { width: 390, height: 844 } });
    await waitForStill(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
