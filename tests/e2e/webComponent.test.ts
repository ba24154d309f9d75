import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CDPSession, Page } from "playwright-core";
import { launchBrowser, openPage, screenshot, type LaunchedBrowser, type OpenedPage } from "./harness/browser";
import { hostPage, startHostSite, type HostSite } from "./harness/hostSite";
import { startStaticServer, type StaticServer } from "./harness/server";

/** Host CSS that breaks careless widgets: it must not reach the map. */
const HOSTILE_HOST_CSS = "img { max-width: 50% !important } * { box-sizing: content-box !important } div { padding: 3px; line-height: 3 } button { all: unset } .leaflet-container { background: red }";

/** <article-map> and mountArticleMap on a page of another site. */
describe("the web component", () => {
  let map: StaticServer;
  let host: HostSite;
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    // Module scripts from another site load with CORS, so the map's site sends the header.
    map = await startStaticServer({ headers: { "Access-Control-Allow-Origin": "*" } });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await map?.close();
    await host?.close();
  });

  async function openHost(html: string, viewport = { width: 1280, height: 1400 }): Promise<OpenedPage> {
    await host?.close();
    host = await startHostSite({ "page.html": html });
    return openPage(browser, host.page("page.html"), { allowOrigins: [map.origin], viewport });
  }
  const moduleTag = () => `<script type="module" src="${map.url}article-map.js"></script>`;
  const inMap = (page: Page, id: string) => page.locator(`#${id}`);

  it("two maps on one page keep separate selections, and each tells its own page", async () => {
    const opened = await openHost(hostPage(`${moduleTag()}
      <article-map id="one" style="height:520px"></article-map>
      <article-map id="two" theme="dark" panel="0" style="height:420px"></article-map>
      <script>window.events = []; for (const id of ["one", "two"]) document.getElementById(id).addEventListener("article-map:select", (event) => window.events.push([id, event.detail.place]));</script>`));
    const { page } = opened;
    await inMap(page, "one").locator(".leaflet-marker-pane").getByRole("button", { name: "Aktobe", exact: true }).click();
    await inMap(page, "one").getByRole("dialog", { name: "Aktobe" }).waitFor();
    await inMap(page, "two").locator(".leaflet-marker-pane").getByRole("button", { name: "Astana", exact: true }).click();
    await inMap(page, "two").getByRole("dialog", { name: "Astana" }).waitFor();
    expect(await inMap(page, "one").getByRole("dialog", { name: "Aktobe" }).count()).toBe(1);
    expect(await inMap(page, "one").getByRole("dialog", { name: "Astana" }).count()).toBe(0);
    expect(await inMap(page, "two").getByRole("dialog", { name: "Aktobe" }).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { events: unknown[] }).events)).toEqual([["one", "aktobe"], ["two", "astana"]]);
    // Escape in one map closes its popup only.
    await inMap(page, "two").getByRole("dialog", { name: "Astana" }).focus();
    await page.keyboard.press("Escape");
    await expect.poll(() => inMap(page, "two").getByRole("dialog").count()).toBe(0);
    expect(await inMap(page, "one").getByRole("dialog", { name: "Aktobe" }).count()).toBe(1);
    // Neither touched the host's URL or title.
    expect(new URL(page.url()).search + new URL(page.url()).hash).toBe("");
    expect(await page.title()).toBe("Host page");
    expect(opened.pageErrors).toEqual([]);
    await screenshot(page, "element-two-maps");
    await page.close();
  });

  it("host CSS does not break the map, and the map's CSS does not leak into the host", async () => {
    const opened = await openHost(hostPage(`${moduleTag()}<p><img id="photo" alt="" width="400" height="100" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><button id="host-button">Host button</button></p>
      <article-map id="one" place="astana" style="height:560px"></article-map>`, HOSTILE_HOST_CSS));
    const { page } = opened;
    const popup = inMap(page, "one").getByRole("dialog", { name: "Astana" });
    await popup.waitFor();
    const mapBox = (await inMap(page, "one").locator(".story-map").boundingBox())!;
    const elementBox = (await page.locator("#one").boundingBox())!;
    expect(mapBox.width).toBeGreaterThan(elementBox.width * 0.5);
    expect(mapBox.height).toBeGreaterThan(300);
    // Leaflet's tiles and markers keep their size and box model.
    const marker = (await inMap(page, "one").locator(".leaflet-marker-pane").getByRole("button", { name: "Astana", exact: true }).boundingBox())!;
    expect([Math.round(marker.width), Math.round(marker.height)]).toEqual([14, 14]);
    expect(await inMap(page, "one").locator(".story-map").evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe("rgb(255, 0, 0)");
    expect(await inMap(page, "one").locator(".leaflet-control-zoom-in").evaluate((element) => getComputedStyle(element).boxSizing)).toBe("border-box");
    const popupBox = (await popup.boundingBox())!;
    expect(popupBox.width).toBeGreaterThan(200);
    // And back the other way: the host's own elements keep the host's styles.
    expect(await page.locator("#host-button").evaluate((element) => getComputedStyle(element).boxSizing)).toBe("content-box");
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    expect(await page.evaluate(() => document.querySelectorAll("head style, head link[rel=stylesheet]").length)).toBe(1);
    await screenshot(page, "element-hostile-css");
    await page.close();
  });

  it("mountArticleMap: select, events, and destroy() leaves no listener behind", async () => {
    const opened = await openHost(hostPage(`<div id="target" style="height:480px"></div>
      <script type="module">
        import { mountArticleMap } from "${map.url}article-map.js";
        window.mountArticleMap = mountArticleMap;
      </script>`));
    const { page } = opened;
    await page.waitForFunction(() => "mountArticleMap" in window);
    const cdp = await page.context().newCDPSession(page);
    const before = await globalListeners(cdp);
    const mount = () => page.evaluate(() => new Promise<void>((resolve) => {
      const api = (window as unknown as { mountArticleMap: (element: Element, options: object) => { on: (type: string, listener: (event: { place?: string | null }) => void) => void; select: (place: string) => void } }).mountArticleMap;
      const handle = api(document.getElementById("target")!, { theme: "light", panel: false });
      (window as unknown as { handle: unknown }).handle = handle;
      (window as unknown as { selected: unknown[] }).selected = [];
      handle.on("select", (event) => (window as unknown as { selected: unknown[] }).selected.push(event.place));
      handle.on("ready", () => resolve());
      // Asked before the map has loaded: carried out once it has.
      handle.select("baikonur");
    }));
    const destroy = () => page.evaluate(() => (window as unknown as { handle: { destroy: () => void } }).handle.destroy());

    await mount();
    await page.locator("#target").getByRole("dialog", { name: "Baikonur Cosmodrome" }).waitFor();
    await page.evaluate(() => (window as unknown as { handle: { select: (place: string) => void } }).handle.select("aktobe"));
    await page.locator("#target").getByRole("dialog", { name: "Aktobe" }).waitFor();
    await expect.poll(() => page.evaluate(() => (window as unknown as { selected: unknown[] }).selected)).toEqual(["baikonur", "aktobe"]);
    const mounted = await globalListeners(cdp);
    expect(mounted.length).toBeGreaterThan(before.length);
    await destroy();
    expect(await page.locator("#target").locator(".leaflet-container").count()).toBe(0);
    // React listens for selectionchange once per document, for every root it will ever have;
    // everything the map added is gone.
    const afterFirst = await globalListeners(cdp);
    expect(afterFirst).toEqual([...before, "document selectionchange"].sort());
    await mount();
    expect(await globalListeners(cdp)).toEqual(mounted);
    await destroy();
    expect(await globalListeners(cdp)).toEqual(afterFirst);
    expect(opened.pageErrors).toEqual([]);
    await page.close();
  });

  it("mounts only when it comes near the viewport", async () => {
    const opened = await openHost(hostPage(`${moduleTag()}<div style="height:5000px">Long story text.</div><article-map id="late" style="height:400px"></article-map>`), { width: 1280, height: 800 });
    const { page } = opened;
    await page.waitForTimeout(800);
    expect(opened.requests.some((url) => url.includes("/assets/mount-"))).toBe(false);
    // The story file, or the build's validated copy of the default (src/story/validatedStory.ts).
    const storyRequested = () => opened.requests.some((url) => /\/(story\.json|assets\/story-[0-9a-f]+\.json)$/.test(url));
    expect(storyRequested()).toBe(false);
    await page.locator("#late").scrollIntoViewIfNeeded();
    await page.locator("#late").locator(".leaflet-marker-pane .leaflet-marker-icon").first().waitFor();
    expect(storyRequested()).toBe(true);
    await page.close();
  });
});

/** Every event listener on the host's window and document, as "target type". */
async function globalListeners(cdp: CDPSession): Promise<string[]> {
  const names: string[] = [];
  for (const expression of ["window", "document"]) {
    const { result } = await cdp.send("Runtime.evaluate", { expression });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId! });
    names.push(...listeners.map((listener) => `${expression} ${listener.type}`));
  }
  return names.sort();
}
