import { describe, expect, it } from "vitest";
import { screenshot } from "./harness/browser";
import { axeViolations } from "./harness/axe";
import { articleParagraphs, marker, openMap, popup, readStory, useBuiltSite } from "./harness/mapPage";

/** The text-only view, the keyboard-shortcut help and the announcement of a selected place. */
describe("text-only view, shortcuts help, announcements", () => {
  const site = useBuiltSite();

  it("?view=text shows the whole story as a document, without a map, and passes the accessibility scan", async () => {
    const { page, consoleErrors } = await openMap(site.browser, site.server, { query: "view=text", waitForMarkers: false });
    await page.getByRole("heading", { name: "The article", exact: true }).waitFor();
    expect(await page.locator(".leaflet-container").count()).toBe(0);
    const text = (await page.getByRole("main").textContent()) ?? "";
    for (const paragraph of articleParagraphs()) expect(text).toContain(paragraph);
    for (const place of readStory().places.features) {
      expect(await page.getByRole("heading", { name: place.properties.name, exact: true }).count(), place.id).toBeGreaterThan(0);
    }
    expect(await page.getByRole("heading", { name: "Events in time order" }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await screenshot(page, "desktop-text-only");
    await page.getByRole("link", { name: "Back to the map" }).click();
    await marker(page, "Aktobe").waitFor();
    expect(new URL(page.url()).searchParams.has("view")).toBe(false);
    await page.close();
  });

  it("“?” opens the shortcuts from the same table as the README; Escape closes it and focus returns", async () => {
    const { page } = await openMap(site.browser, site.server);
    await page.locator(".story-map").focus();
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    const rows = await dialog.locator("tbody tr").count();
    const readme = (await import("node:fs")).readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const table = readme.split("<!-- generated:shortcuts -->")[1]!.split("<!-- /generated:shortcuts -->")[0]!;
    expect(rows).toBe(table.trim().split("\n").length - 2);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("story-map"))).toBe(true);
    await page.close();
  });

  it("the shortcuts dialog is modal: Tab stays inside it, and a click outside closes it", async () => {
    const { page } = await openMap(site.browser, site.server);
    await page.getByRole("button", { name: /Keyboard shortcuts/ }).click();
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await dialog.waitFor();
    const focusInside = () => page.evaluate(() => document.activeElement?.closest("dialog") !== null);
    expect(await focusInside()).toBe(true);
    for (const key of ["Tab", "Tab", "Tab", "Shift+Tab", "Shift+Tab", "Shift+Tab"]) {
      await page.keyboard.press(key);
      // Tabbing past the dialog's one button may reach the browser's own UI, never the page behind.
      expect(await page.evaluate(() => document.activeElement === document.body || document.activeElement?.closest("dialog") !== null)).toBe(true);
    }
    await page.mouse.click(5, 400);
    await expect.poll(() => dialog.count()).toBe(0);
    await page.close();
  });

  it("typing “?” in the place search does not open the help", async () => {
    const { page } = await openMap(site.browser, site.server);
    await page.getByRole("tab", { name: /^Places/ }).click();
    await page.getByRole("searchbox", { name: "Find a place" }).type("?");
    expect(await page.getByRole("dialog", { name: "Keyboard shortcuts" }).count()).toBe(0);
    await page.close();
  });

  it("announces the selected place in a polite live region", async () => {
    const { page } = await openMap(site.browser, site.server);
    await marker(page, "Astana").click();
    await popup(page).waitFor();
    const live = page.locator('.visually-hidden[role="status"]');
    await expect.poll(() => live.textContent()).toBe("Selected Astana, city or town.");
    expect(await live.getAttribute("aria-live")).toBe("polite");
    await page.close();
  });
});
