import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Frame, Page } from "playwright-core";
import { launchBrowser, openPage, screenshot, type LaunchedBrowser, type OpenedPage } from "./harness/browser";
import { hostPage, startHostSite, type HostSite } from "./harness/hostSite";
import { startStaticServer, type StaticServer } from "./harness/server";

const SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/** The embed in a newsroom's page on another origin: auto-height, messages both ways, render options. */
describe("the iframe embed", () => {
  let map: StaticServer;
  let host: HostSite;
  let browser: LaunchedBrowser;

  const frameTag = (query: string, height = 150) =>
    `<iframe id="map" src="${map.url}embed.html${query}" title="Map" style="width:100%;height:${height}px;border:0" sandbox="${SANDBOX}"></iframe>`;
  // The host page records every message from the map, as a newsroom's script would.
  const recorder = `<script>window.received = []; addEventListener("message", (event) => { if (event.source === document.getElementById("map")?.contentWindow) window.received.push(event.data); });</script>`;
  const hostScript = () => `<script src="${map.url}article-map-host.js" async></script>`;

  beforeAll(async () => {
    map = await startStaticServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await map?.close();
    await host?.close();
  });

  async function openHost(pages: Record<string, string>, name: string, viewport = { width: 1280, height: 900 }): Promise<OpenedPage> {
    await host?.close();
    host = await startHostSite(pages);
    return openPage(browser, host.page(name), { allowOrigins: [map.origin], viewport });
  }

  const mapFrame = async (page: Page): Promise<Frame> => {
    const handle = await page.waitForSelector("#map");
    const frame = (await handle.contentFrame())!;
    await frame.locator(".leaflet-marker-icon").first().waitFor({ state: "attached" });
    return frame;
  };
  const frameHeight = (page: Page) => page.evaluate(() => document.getElementById("map")!.getBoundingClientRect().height);
  const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Array<{ type: string }> }).received);
  const post = (page: Page, message: unknown, origin = "*") =>
    page.evaluate(([data, target]) => document.querySelector<HTMLIFrameElement>("#map")!.contentWindow!.postMessage(data, target as string), [message, origin] as const);

  it("resizes to its content with the host script, wide and on a phone, and fills no more", async () => {
    const opened = await openHost({ "frame.html": hostPage(frameTag("?place=astana") + hostScript()) }, "frame.html");
    const { page } = opened;
    const frame = await mapFrame(page);
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(400);
    const wide = await frameHeight(page);
    // The frame is exactly as tall as the embed's content: nothing cut off, no empty band.
    const content = await frame.evaluate(() => document.documentElement.scrollHeight);
    expect(Math.abs(content - wide)).toBeLessThanOrEqual(1);
    expect(await frame.evaluate(() => document.querySelector(".app__map")!.getBoundingClientRect().height)).toBeGreaterThan(250);
    await screenshot(page, "embed-host-light");
    await page.setViewportSize({ width: 390, height: 844 });
    // On a phone the side panel goes under the map, so the embed grows taller than the map alone.
    await expect.poll(() => frameHeight(page)).not.toBe(wide);
    const phone = await frameHeight(page);
    expect(Math.abs((await frame.evaluate(() => document.documentElement.scrollHeight)) - phone)).toBeLessThanOrEqual(1);
    expect(await frame.evaluate(() => document.querySelector(".side-panel")!.getBoundingClientRect().top)).toBeGreaterThan(200);
    expect(opened.pageErrors).toEqual([]);
    await page.close();
  });

  it("the host selects Astana and hears the selection back; ready and view come too", async () => {
    // The allow-list names the host's own origin, which its page knows once it runs.
    const allowSelf = `<script>document.getElementById("map").src = "${map.url}embed.html?origins=" + encodeURIComponent(location.origin);</script>`;
    const frameWithoutSrc = frameTag("", 520).replace(/ src="[^"]*"/, "");
    const opened = await openHost({ "frame.html": hostPage(frameWithoutSrc + recorder + allowSelf) }, "frame.html");
    const { page } = opened;
    const frame = await mapFrame(page);
    await expect.poll(async () => (await received(page)).map((message) => message.type)).toContain("article-map:ready");
    // The view is told by the map's view sync, which arrives with the map's buttons, after the markers.
    await expect.poll(async () => (await received(page)).some((message) => message.type === "article-map:view")).toBe(true);
    await post(page, { type: "article-map:select", place: "astana" }, map.origin);
    await frame.getByRole("dialog", { name: "Astana" }).waitFor();
    await expect.poll(() => received(page)).toContainEqual({ type: "article-map:select", place: "astana" });
    await post(page, { type: "article-map:set-view", zoom: 5, lat: 48, lng: 60 }, map.origin);
    // Leaflet centres on whole pixels, so the centre it reports is within a pixel of the one asked for.
    await expect.poll(async () => {
      const [zoom, lat, lng] = (await frame.evaluate(() => location.hash)).replace("#map=", "").split("/").map(Number);
      return zoom === 5 && Math.abs(lat! - 48) < 0.05 && Math.abs(lng! - 60) < 0.05;
    }).toBe(true);
    await post(page, { type: "article-map:select", place: null }, map.origin);
    await expect.poll(() => received(page)).toContainEqual({ type: "article-map:select", place: null });
    await expect.poll(() => frame.getByRole("dialog", { name: "Astana" }).count()).toBe(0);
    // A click in the map is reported too.
    await frame.locator(".leaflet-marker-pane").getByRole("button", { name: "Aktobe", exact: true }).click();
    await expect.poll(() => received(page)).toContainEqual({ type: "article-map:select", place: "aktobe" });
    await page.close();
  });

  it("ignores, with a warning, a host whose origin is not allowed, and tells it nothing", async () => {
    const opened = await openHost({ "frame.html": hostPage(recorder + frameTag("?origins=https://news.example", 520)) }, "frame.html");
    const { page } = opened;
    const frame = await mapFrame(page);
    const warnings: string[] = [];
    page.on("console", (message) => { if (message.type() === "warning") warnings.push(message.text()); });
    await post(page, { type: "article-map:select", place: "astana" });
    await expect.poll(() => warnings.join("\n")).toContain(`a message from ${host.origin} was ignored`);
    expect(await frame.getByRole("dialog", { name: "Astana" }).count()).toBe(0);
    expect(await received(page)).toEqual([]);
    await page.close();
  });

  it("garbage messages are ignored with a warning each, raise no error, and the map still obeys", async () => {
    const opened = await openHost({ "frame.html": hostPage(recorder + frameTag("", 520)) }, "frame.html");
    const { page } = opened;
    const frame = await mapFrame(page);
    await expect.poll(async () => (await received(page)).length).toBeGreaterThan(0);
    const warnings: string[] = [];
    page.on("console", (message) => { if (message.type() === "warning") warnings.push(message.text()); });
    const garbage = [
      null, 42, "article-map:select", [], {}, { type: 5 }, { type: "article-map:explode" }, { type: "constructor" },
      { type: "article-map:select", place: 7 }, { type: "article-map:select", place: "x".repeat(100_000) },
      { type: "article-map:set-view", zoom: "5", lat: 0, lng: 0 }, { type: "article-map:set-view", zoom: 3, lat: 91, lng: 0 },
      { type: "article-map:set-range", from: "2016-02-30", to: null }, { type: "article-map:set-range", from: "2016-07-01", to: "2016-06-01" },
      { type: "<img src=x onerror=alert(1)>" }, { __proto__: { type: "article-map:select", place: "astana" } },
    ];
    for (const message of garbage) await post(page, message);
    await expect.poll(() => warnings.length).toBe(garbage.length);
    expect(warnings.every((warning) => warning.startsWith("article-map: "))).toBe(true);
    await post(page, { type: "article-map:select", place: "no-such-place" });
    await expect.poll(() => warnings.length).toBe(garbage.length + 1);
    expect(warnings.at(-1)).toContain("no-such-place");
    expect(opened.pageErrors).toEqual([]);
    expect(await frame.evaluate(() => document.querySelectorAll("img[src=x]").length)).toBe(0);
    await post(page, { type: "article-map:set-range", from: "2016-06-01", to: "2016-06-30" });
    await expect.poll(() => frame.locator(".leaflet-marker-pane").getByRole("button", { name: "Baikonur Cosmodrome" }).count()).toBe(0);
    await post(page, { type: "article-map:select", place: "astana" });
    await frame.getByRole("dialog", { name: "Astana" }).waitFor();
    await page.close();
  });

  it("opening with a place's popup does not take the keyboard focus from the host page", async () => {
    const field = `<label>Comment <input id="comment"></label><script>document.getElementById("comment").focus();</script>`;
    const { page } = await openHost({ "frame.html": hostPage(field + frameTag("?place=astana", 480)) }, "frame.html");
    const frame = await mapFrame(page);
    await frame.getByRole("dialog", { name: "Astana" }).waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("comment");
    await page.keyboard.type("ok");
    expect(await page.locator("#comment").inputValue()).toBe("ok");
    await page.close();
  });

  it("render options: no panel, no buttons, no headline, a fixed view; and a link to the full map", async () => {
    const opened = await openHost({ "frame.html": hostPage(frameTag("?panel=0&controls=0&title=0&static=1&place=baikonur#map=5/46/64", 480)) }, "frame.html");
    const { page } = opened;
    const frame = await mapFrame(page);
    expect(await frame.locator(".side-panel").count()).toBe(0);
    expect(await frame.locator(".story-header").count()).toBe(0);
    expect(await frame.locator(".leaflet-control-zoom, .map-actions").count()).toBe(0);
    // The popup may pan the map to fit; the reader may not.
    await frame.getByRole("dialog", { name: "Baikonur Cosmodrome" }).waitFor();
    await page.waitForTimeout(600);
    const before = await frame.evaluate(() => location.hash);
    const box = (await page.locator("#map").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height / 2 - 100, { steps: 8 });
    await page.mouse.up();
    await page.mouse.wheel(0, -600);
    await page.waitForTimeout(400);
    expect(await frame.evaluate(() => location.hash)).toBe(before);
    const link = frame.getByRole("link", { name: /Open full map/ });
    const href = new URL((await link.getAttribute("href"))!);
    expect(href.pathname).toBe(new URL(map.url).pathname);
    expect(href.searchParams.get("place")).toBe("baikonur");
    expect(["panel", "controls", "title", "static"].filter((name) => href.searchParams.has(name))).toEqual([]);
    expect(await link.getAttribute("target")).toBe("_blank");
    await frame.evaluate(() => getSelection()?.removeAllRanges());
    await screenshot(page, "embed-host-static");
    await page.close();
  });

  it("a dark embed in a light page reads well", async () => {
    const opened = await openHost({ "frame.html": hostPage(frameTag("?theme=dark&place=aktobe") + hostScript()) }, "frame.html");
    const { page } = opened;
    const frame = await mapFrame(page);
    await frame.getByRole("dialog", { name: "Aktobe" }).waitFor();
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(400);
    expect(await frame.evaluate(() => getComputedStyle(document.querySelector(".app-root")!).colorScheme)).toBe("dark");
    // The credits, one line taller with the full-map link, stay clear of the scale bar.
    const [credits, scale] = await frame.evaluate(() => [".credits", ".leaflet-control-scale"].map((selector) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect));
    expect(credits!.top).toBeGreaterThanOrEqual(scale!.bottom);
    await screenshot(page, "embed-host-dark");
    await page.close();
  });

  it("lazy below the fold: the host page does not load the embed until it scrolls near", async () => {
    const spacer = `<div style="height:4000px">Long story text.</div>`;
    const opened = await openHost({ "lazy.html": hostPage(spacer + frameTag("", 520).replace("<iframe ", `<iframe loading="lazy" `)) }, "lazy.html");
    const { page } = opened;
    const embedLoads = () => map.requests.filter((request) => request.includes("embed.html")).length;
    const before = embedLoads();
    await page.waitForTimeout(800);
    expect(embedLoads()).toBe(before);
    await page.locator("#map").scrollIntoViewIfNeeded();
    await expect.poll(embedLoads).toBe(before + 1);
    await page.close();
  });
});
