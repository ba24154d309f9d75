import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import { startStaticServer, type StaticServer } from "./harness/server";
import { launchBrowser, openPage, screenshot, type LaunchedBrowser } from "./harness/browser";

// The site is built by the test command (`vite build`) before Vitest starts.
describe("built site smoke test", () => {
  let server: StaticServer;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server = await startStaticServer({ root: "dist", basePath: "/any/sub/path/" });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("renders from a sub-path with no errors and no external requests", async () => {
    const opened = await openPage(browser, server.url, { viewport: { width: 1280, height: 800 } });
    const { page } = opened;

    const root = page.locator("#root");
    await expect.poll(async () => (await root.innerHTML()).trim().length).toBeGreaterThan(0);
    // React replaced the static boot message, so the bundle really ran.
    await expect.poll(() => page.locator("#root .boot-message").count()).toBe(0);
    await page.waitForLoadState("networkidle");

    const shot = await screenshot(page, "smoke-1280x800");
    expect(existsSync(shot)).toBe(true);

    expect(opened.consoleErrors).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    expect(opened.blockedRequests).toEqual([]);
    expect(opened.cspViolations).toEqual([]);
    for (const url of opened.requests) expect(new URL(url).origin).toBe(server.origin);
    expect(server.requests.length).toBeGreaterThan(0);
    expect(server.requests.every((line) => line.endsWith(" 200"))).toBe(true);
    await page.close();
  });
});
