import { describe, expect, it } from "vitest";
import { screenshot } from "./harness/browser";
import { openMap, popup, useBuiltSite, waitForStill } from "./harness/mapPage";

/** The list of every place in the story, beside the article. */
describe("the place list", () => {
  const site = useBuiltSite();

  it("searching “Nur-Sultan” finds Astana, and choosing it opens Astana's popup and sets ?place=", async () => {
    const { page } = await openMap(site.browser, site.server);
    await page.getByRole("tab", { name: /^Places/ }).click();
    const list = page.getByRole("tabpanel", { name: /^Places/ });
    await list.getByRole("searchbox", { name: "Find a place" }).fill("Nur-Sultan");
    const astana = list.getByRole("button", { name: "Astana", exact: true });
    await astana.waitFor();
    expect(await list.textContent()).toContain("Nur-Sultan");
    expect(await list.getByRole("button").count()).toBe(1);
    await astana.click();
    await expect.poll(() => popup(page).getAttribute("aria-label"), { timeout: 5_000 }).toBe("Astana");
    expect(new URL(page.url()).searchParams.get("place")).toBe("astana");
    await waitForStill(page);
    await screenshot(page, "desktop-place-list-nur-sultan");
    await page.close();
  });

  it("lists the space station as not on the map, and opens it in a panel", async () => {
    const { page } = await openMap(site.browser, site.server);
    await page.getByRole("tab", { name: /^Places/ }).click();
    const list = page.getByRole("tabpanel", { name: /^Places/ });
    const group = list.getByRole("heading", { name: "Not on the map" });
    await group.waitFor();
    const iss = list.getByRole("button", { name: "International Space Station", exact: true });
    expect(await iss.getAttribute("aria-describedby")).toBeTruthy();
    const description = await page.locator(`#${await iss.getAttribute("aria-describedby")}`).textContent();
    expect(description).toContain("not on the map");
    await iss.click();
    await page.getByRole("dialog", { name: "International Space Station" }).waitFor();
    await page.close();
  });

  it("tabs follow the ARIA pattern: arrow keys move between Article and Places", async () => {
    const { page } = await openMap(site.browser, site.server);
    const article = page.getByRole("tab", { name: "Article" });
    await article.focus();
    await page.keyboard.press("ArrowRight");
    expect(await page.getByRole("tab", { name: /^Places/ }).getAttribute("aria-selected")).toBe("true");
    expect(await page.getByRole("tabpanel", { name: /^Places/ }).isVisible()).toBe(true);
    await page.keyboard.press("ArrowLeft");
    expect(await article.getAttribute("aria-selected")).toBe("true");
    await page.close();
  });
});
