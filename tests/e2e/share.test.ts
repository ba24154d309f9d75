import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage, screenshot, type LaunchedBrowser } from "./harness/browser";
import { axeViolations } from "./harness/axe";
import { hostPage, startHostSite, type HostSite } from "./harness/hostSite";
import { marker, popup, waitForStill } from "./harness/mapPage";
import { startStaticServer, type StaticServer } from "./harness/server";

/** The Share and embed dialog, and the snippets it writes, pasted into another site's page. */
describe("share and embed", () => {
  let map: StaticServer;
  let browser: LaunchedBrowser;
  let host: HostSite | undefined;

  beforeAll(async () => {
    map = await startStaticServer({ headers: { "Access-Control-Allow-Origin": "*" } });
    browser = await launchBrowser();
    await browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: map.origin });
  });
  afterAll(async () => {
    await browser?.close();
    await map?.close();
    await host?.close();
  });

  it("copies a link to the current view, and writes snippets that work when pasted into another site", async () => {
    const { page, pageErrors } = await openPage(browser, `${map.url}?place=astana`);
    await popup(page).waitFor();
    await waitForStill(page);
    await page.getByRole("button", { name: "Share and embed" }).click();
    const dialog = page.getByRole("dialog", { name: "Share and embed" });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await dialog.getByRole("button", { name: "Copy link" }).click();
    await dialog.getByText("Copied").first().waitFor();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    expect(link.searchParams.get("place")).toBe("astana");
    expect(link.hash).toMatch(/^#map=/);

    await dialog.getByRole("checkbox", { name: "Show the side panel" }).uncheck();
    await dialog.getByRole("radio", { name: "Dark" }).check();
    const preview = page.frameLocator("iframe[title='Preview of the embed']");
    await expect.poll(async () => (await dialog.locator("iframe").getAttribute("src")) ?? "").toContain("panel=0");
    await preview.locator(".leaflet-marker-pane .leaflet-marker-icon").first().waitFor();
    expect(await preview.locator(".side-panel").count()).toBe(0);
    await screenshot(page, "desktop-share-dialog");

    await dialog.getByRole("button", { name: "Copy iframe code" }).click();
    const iframeCode = await page.evaluate(() => navigator.clipboard.readText());
    await dialog.getByRole("button", { name: "Copy web component code" }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe(iframeCode);
    const elementCode = await page.evaluate(() => navigator.clipboard.readText());
    expect(iframeCode).toContain('loading="lazy"');
    expect(iframeCode).toContain('title="Map: Security delegation meets in Kazakhstan');
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();

    // Paste both, as a newsroom would, into a page on another origin.
    host = await startHostSite({ "pasted.html": hostPage(`${iframeCode}<p>Between the maps.</p>${elementCode}`) });
    const pasted = await openPage(browser, host.page("pasted.html"), { allowOrigins: [map.origin], viewport: { width: 1280, height: 1800 } });
    const frame = pasted.page.frameLocator("iframe");
    await frame.getByRole("dialog", { name: "Astana" }).waitFor();
    expect(await frame.locator(".side-panel").count()).toBe(0);
    expect(await frame.locator(".app-root").evaluate((element) => getComputedStyle(element).colorScheme)).toBe("dark");
    // The host script sized the frame to its content.
    await expect.poll(() => pasted.page.locator("iframe").evaluate((element) => element.getBoundingClientRect().height)).not.toBe(520);
    await pasted.page.locator("article-map").getByRole("dialog", { name: "Astana" }).waitFor();
    expect(pasted.pageErrors).toEqual([]);
    await screenshot(pasted.page, "host-pasted-snippets");
    await pasted.page.close();
  });

  it("is not offered inside an embed, which links to the full map instead and passes the accessibility scan in both themes", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const opened = await openPage(browser, `${map.url}embed.html?place=aktobe`, { colorScheme });
      await popup(opened.page).waitFor();
      await waitForStill(opened.page);
      expect(await axeViolations(opened.page)).toEqual([]);
      await opened.page.close();
    }
    const { page } = await openPage(browser, `${map.url}embed.html?place=aktobe`);
    await marker(page, "Aktobe").waitFor();
    expect(await page.getByRole("button", { name: "Share and embed" }).count()).toBe(0);
    await expect.poll(() => page.getByRole("link", { name: /Open full map/ }).count()).toBe(1);
    await page.close();
  });
});
