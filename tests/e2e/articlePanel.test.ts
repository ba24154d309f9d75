import { describe, expect, it } from "vitest";
import { screenshot } from "./harness/browser";
import { articleSentence, boxOf, inside, marker, openMap, popup, useBuiltSite, waitForStill } from "./harness/mapPage";

/** The article beside the map: mentions select places, and a selected place lights up its passages. */
describe("the article panel", () => {
  const site = useBuiltSite();
  const article = (page: Parameters<typeof marker>[0]) => page.getByRole("article", { name: "The article" });

  it("shows every paragraph, numbered, with the article's words exactly", async () => {
    const { page } = await openMap(site.browser, site.server);
    const paragraphs = article(page).locator("p[data-paragraph]");
    expect(await paragraphs.count()).toBe(32);
    const { sentence, paragraph } = articleSentence("robbed two gun stores");
    const text = await paragraphs.nth(paragraph - 1).textContent();
    expect(text).toContain(sentence);
    await page.close();
  });

  it("clicking “Aktobe” in the text opens its popup, flies the map there and puts ?place=aktobe in the URL", async () => {
    const { page } = await openMap(site.browser, site.server, { hash: "map=2/20/0" });
    await article(page).getByRole("button", { name: "Aktobe", exact: true }).first().click();
    await expect.poll(() => popup(page).getAttribute("aria-label"), { timeout: 5_000 }).toBe("Aktobe");
    await waitForStill(page);
    expect(new URL(page.url()).searchParams.get("place")).toBe("aktobe");
    expect(inside(await boxOf(marker(page, "Aktobe")), await boxOf(page.locator(".story-map")))).toBe(true);
    expect(await article(page).getByRole("button", { name: "Aktobe", exact: true }).first().getAttribute("aria-pressed")).toBe("true");
    await page.close();
  });

  it("clicking the Baikonur marker highlights the Soyuz paragraph and scrolls it into view", async () => {
    const { page } = await openMap(site.browser, site.server);
    await marker(page, "Baikonur Cosmodrome").click();
    await expect.poll(() => popup(page).getAttribute("aria-label")).toBe("Baikonur Cosmodrome");
    const { sentence, paragraph } = articleSentence("blasted off from Kazakhstan's Baikonur Cosmodrome");
    const marks = article(page).locator(`p[data-paragraph="${paragraph}"] mark`);
    await expect.poll(async () => (await marks.allTextContents()).join("")).toBe(sentence);
    await expect.poll(async () => inside(await boxOf(marks.first()), await boxOf(article(page)))).toBe(true);
    // Nothing about other places is lit.
    expect(await article(page).locator('p[data-paragraph="3"] mark').count()).toBe(0);
    await screenshot(page, "desktop-article-baikonur");
    await page.close();
  });

  it("closing the popup clears ?place= and the highlights", async () => {
    const { page } = await openMap(site.browser, site.server, { query: "place=astana" });
    await popup(page).waitFor();
    expect(await article(page).locator("mark").count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Close Astana" }).click();
    await expect.poll(() => popup(page).count()).toBe(0);
    expect(new URL(page.url()).searchParams.has("place")).toBe(false);
    expect(await article(page).locator("mark").count()).toBe(0);
    await page.close();
  });

  it("sits below the map on a phone, scrolling on its own, and a mention there still opens the popup", async () => {
    const viewport = { width: 390, height: 844 };
    const { page } = await openMap(site.browser, site.server, { viewport });
    const map = await boxOf(page.locator(".story-map"));
    const panel = await boxOf(page.locator(".side-panel"));
    expect(panel.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
    expect(panel.y + panel.height).toBeLessThanOrEqual(viewport.height + 1);
    await article(page).getByRole("button", { name: "Astana", exact: true }).first().click();
    await expect.poll(() => popup(page).getAttribute("aria-label"), { timeout: 5_000 }).toBe("Astana");
    await waitForStill(page);
    expect(inside(await boxOf(popup(page)), await boxOf(page.locator(".story-map")))).toBe(true);
    await screenshot(page, "phone-article-astana");
    await page.close();
  });
});
