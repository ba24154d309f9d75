import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./harness/browser";
import { openMap, readStory, useBuiltSite, waitForBasemap, waitForStill } from "./harness/mapPage";

/** The briefing's "Save offline copy": the file it downloads works from disk with no network. */
describe("save offline copy", () => {
  const site = useBuiltSite();
  let folder = "";
  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("downloads the briefing as one file that opens from disk, with every request refused, and steps through", async () => {
    const { page } = await openMap(site.browser, site.server, { query: "mode=briefing" });
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save offline copy" }).click();
    const saved = await downloading;
    expect(saved.suggestedFilename()).toBe("aktobe-2016-briefing.html");
    folder = await mkdtemp(join(tmpdir(), "article-map-offline-"));
    const path = join(folder, saved.suggestedFilename());
    await saved.saveAs(path);
    await page.close();
    expect((await readFile(path, "utf8")).length).toBeGreaterThan(1_000_000);

    // A browser of its own, in which nothing but the file may load.
    const offline = await launchBrowser();
    const fileUrl = pathToFileURL(path).href;
    const refused: string[] = [];
    await offline.context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.split(/[?#]/)[0] === fileUrl || url.startsWith("data:")) return route.continue();
      refused.push(url);
      return route.abort("blockedbyclient");
    });
    const opened = await openPage(offline, fileUrl, { blockExternal: false });
    const steps = readStory().briefing!.steps;
    const title = () => opened.page.locator(".briefing__title").textContent();
    await expect.poll(title).toBe(steps[0]!.title);
    await waitForBasemap(opened.page);
    for (const step of steps.slice(1, 4)) {
      await opened.page.keyboard.press("PageDown");
      await expect.poll(title).toBe(step.title);
    }
    // An offline copy cannot make another.
    expect(await opened.page.getByRole("button", { name: "Save offline copy" }).count()).toBe(0);
    // Nor has it the story builder beside it: its header does not link there. (Left once the step's
    // flight has ended: leaving during one is a known Leaflet error, see the issue note.)
    await waitForStill(opened.page);
    await opened.page.keyboard.press("Escape");
    await opened.page.getByRole("link", { name: "Text only" }).waitFor();
    expect(await opened.page.getByRole("link", { name: "Make a story" }).count()).toBe(0);
    expect(refused).toEqual([]);
    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    await offline.close();
  });
});
