import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "./harness/browser";
import { axeViolations } from "./harness/axe";
import { openMap, readStory, useBuiltSite } from "./harness/mapPage";

/** The presenter's window: opened with P, in step with the briefing window both ways. */
describe("presenter view", () => {
  const site = useBuiltSite();
  const steps = () => readStory().briefing!.steps;
  const briefingTitle = (page: Page) => page.locator(".briefing__title").textContent();
  const presenterTitle = (page: Page) => page.locator("#presenter-current").textContent();

  it("opens with P, shows notes, the next step and the time, and stays in step both ways", async () => {
    const { page: main } = await openMap(site.browser, site.server, { query: "mode=briefing&step=2", viewport: { width: 1920, height: 1080 } });
    const popup = main.context().waitForEvent("page");
    await main.keyboard.press("p");
    const presenter = await popup;
    await presenter.setViewportSize({ width: 1280, height: 800 });
    await presenter.locator("#presenter-current").waitFor();
    const all = steps();
    expect(new URL(presenter.url()).searchParams.get("mode")).toBe("presenter");
    expect(await presenterTitle(presenter)).toBe(all[1]!.title);
    expect(await presenter.locator(".presenter__next-title").textContent()).toBe(all[2]!.title);
    expect((await presenter.locator(".presenter__notes").textContent())?.trim()).toBe((all[1]!.notes ?? "").replace(/\n+/g, "") || "No notes for this step.");
    await expect.poll(() => presenter.getByLabel("Elapsed time").textContent()).toMatch(/^00:0[1-9]$/);
    expect(await presenter.getByLabel("Clock").textContent()).toMatch(/^\d\d:\d\d$/);

    // The presenter steers the room...
    await presenter.keyboard.press("PageDown");
    await expect.poll(() => briefingTitle(main)).toBe(all[2]!.title);
    expect(new URL(main.url()).searchParams.get("step")).toBe("3");
    await presenter.keyboard.press("b");
    await main.locator(".briefing__blank").waitFor();
    await presenter.locator(".presenter__blank").waitFor();
    await presenter.keyboard.press("b");
    await expect.poll(() => main.locator(".briefing__blank").count()).toBe(0);
    // ...and follows it.
    await main.keyboard.press("End");
    await expect.poll(() => presenterTitle(presenter)).toBe(all.at(-1)!.title);
    expect(await presenter.locator(".presenter__next-title").textContent()).toBe("End of the briefing");
    await main.keyboard.type("1");
    await main.keyboard.press("Enter");
    await expect.poll(() => presenterTitle(presenter)).toBe(all[0]!.title);
    expect(await axeViolations(presenter)).toEqual([]);
    await presenter.keyboard.press("PageDown");
    await expect.poll(() => briefingTitle(main)).toBe(all[1]!.title);
    await screenshot(presenter, "presenter-view");
    await presenter.close();
    await main.close();
  });
});
