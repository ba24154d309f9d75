import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Page } from "playwright-core";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { axeViolations } from "./harness/axe";
import { openPage, SCREENSHOT_DIR } from "./harness/browser";
import { openMap, readStory, useBuiltSite } from "./harness/mapPage";

/** The printable handout: a cover whose QR code leads to the live map, then one page per step. */
describe("handout mode", () => {
  // PDF.js's browser build, served beside the site, reads the printed PDF back in the browser.
  const site = useBuiltSite({ mounts: { "pdfjs/": "node_modules/pdfjs-dist/build" } });
  const steps = () => readStory().briefing!.steps;

  /** Opens the handout and waits until every step's map has its land drawn. */
  async function openHandout(options: { colorScheme?: "light" | "dark"; viewport?: { width: number; height: number } } = {}) {
    const opened = await openMap(site.browser, site.server, { query: "mode=handout", waitForMarkers: false, ...options });
    await expect.poll(() => landDrawn(opened.page), { timeout: 20_000 }).toBe(steps().length);
    return opened;
  }
  const landDrawn = (page: Page) => page.locator(".handout__step svg .handout-map__land").evaluateAll(
    (paths) => paths.filter((path) => (path.getAttribute("d") ?? "").length > 0).length,
  );

  it("shows every step, with its map, passages and events; the maps wait for the basemap", async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    const { page, consoleErrors, pageErrors } = await openMap(site.browser, site.server, {
      query: "mode=handout",
      waitForMarkers: false,
      routes: (page) => page.route("**/assets/basemap-*.json", async (route) => {
        await held;
        await route.continue();
      }),
    });
    const sections = page.locator(".handout__step");
    await expect.poll(() => sections.count()).toBe(steps().length);
    expect(await page.getByText("Map loading…").count()).toBe(steps().length);
    release();
    await expect.poll(() => landDrawn(page), { timeout: 20_000 }).toBe(steps().length);
    expect(await page.getByText("Map loading…").count()).toBe(0);

    const story = readStory();
    for (const [index, step] of steps().entries()) {
      const section = sections.nth(index);
      expect(await section.getByRole("heading", { level: 2 }).textContent()).toBe(step.title);
      expect(await section.locator(".handout__step-number").textContent()).toBe(`Step ${index + 1} of ${steps().length}`);
      const quotes = await section.locator("blockquote").allTextContents();
      expect(quotes).toEqual((step.passages ?? []).map((id) => story.passages.find((passage) => passage.id === id)!.quote));
      const captions = await section.locator("figcaption").allTextContents();
      expect(captions).toEqual((step.passages ?? []).map((id) => `Paragraph ${story.passages.find((passage) => passage.id === id)!.paragraph}`));
      // The step's own place, if it has one, is on its map, ringed (a point) or outlined (an area), and named.
      const place = story.places.features.find((feature) => feature.id === step.place);
      const map = section.locator("svg.handout-map");
      expect(await map.locator(".handout-map__ring, .handout-map__outline").count(), step.id).toBe(place ? 1 : 0);
      expect(await map.locator(".handout-map__name--emphasised").allTextContents(), step.id).toEqual(place ? [place.properties.name] : []);
    }
    // Step 2 (the Aktobe attacks) lists the attacks with their date as the app writes it, and its sources.
    const attacks = sections.nth(1);
    expect(await attacks.locator(".handout-event__title").allTextContents()).toEqual([story.events.find((event) => event.id === "aktobe-attacks")!.title]);
    expect(await attacks.locator(".handout-event__date").textContent()).toBe("about 5–10 June 2016 · the article: “the four-day rampage beginning June 5”");
    expect(await attacks.locator(".handout__sources li").count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("has a cover whose QR code, read from the screen, is the live map's address", async () => {
    const { page } = await openHandout();
    const live = site.server.url;
    expect(await page.locator(".handout__cover h1").textContent()).toBe((readStory().article as { title: string }).title);
    expect(await page.locator(".handout__contents li").allTextContents()).toEqual(steps().map((step) => step.title));
    expect(await page.locator(".handout__qr figcaption .handout__url").textContent()).toBe(live);
    const png = PNG.sync.read(await page.locator(".handout__qr-code").screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(live);
    expect(await page.locator(".handout__credits").textContent()).toContain("Natural Earth");
    await page.close();
  });

  it("prints black on white in the dark theme, the cover and each step on a page of their own", async () => {
    const { page } = await openHandout({ colorScheme: "dark" });
    const screenInk = await page.locator(".handout").evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(screenInk, "the screen follows the dark theme").not.toBe("rgb(255, 255, 255)");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const printed = await page.evaluate(() => {
      const handout = document.querySelector(".handout")!;
      const colours = (element: Element) => ({ color: getComputedStyle(element).color, background: getComputedStyle(element).backgroundColor });
      return {
        handout: colours(handout),
        page: getComputedStyle(document.documentElement).backgroundColor,
        texts: [...handout.querySelectorAll("h1, h2, h3, p, li, blockquote, figcaption, a, time, span")].map((element) => getComputedStyle(element).color),
      };
    });
    expect(printed.handout).toEqual({ color: "rgb(0, 0, 0)", background: "rgb(255, 255, 255)" });
    expect(printed.page).toBe("rgb(255, 255, 255)");
    // Every piece of text is black or a dark grey: nothing of the dark theme's light ink is left.
    const tooLight = printed.texts.filter((colour) => Math.max(...(colour.match(/\d+/g) ?? []).slice(0, 3).map(Number)) > 0x40);
    expect(tooLight).toEqual([]);
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);

    const pdf = await page.pdf({ format: "A4", printBackground: true });
    // A page of the site without the app or its Content-Security-Policy, to draw the PDF's pages on.
    const reader = await openPage(site.browser, `${site.server.url}geodata/catalog.json`);
    await reader.page.addScriptTag({ type: "module", content: `import * as pdfjs from "${site.server.url}pdfjs/pdf.min.mjs"; window.pdfjs = pdfjs;` });
    await reader.page.waitForFunction(() => "pdfjs" in window);
    const numPages = await reader.page.evaluate(async ({ base64, base }) => {
      const { pdfjs } = window as unknown as { pdfjs: any };
      pdfjs.GlobalWorkerOptions.workerSrc = `${base}pdfjs/pdf.worker.min.mjs`;
      const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const document_ = await pdfjs.getDocument({ data }).promise;
      document.body.replaceChildren();
      for (const number of [1, 2]) {
        const pdfPage = await document_.getPage(number);
        const viewport = pdfPage.getViewport({ scale: 1.5 });
        const canvas = document.createElement("canvas");
        canvas.id = `page-${number}`;
        canvas.width = viewport.width;
        canvas.height = viewport.height;
        document.body.append(canvas);
        await pdfPage.render({ canvas, canvasContext: canvas.getContext("2d")!, viewport }).promise;
      }
      return document_.numPages as number;
    }, { base64: pdf.toString("base64"), base: site.server.url });
    expect(numPages, `a cover and ${steps().length} steps`).toBe(1 + steps().length);

    await mkdir(SCREENSHOT_DIR, { recursive: true });
    for (const [number, name] of [[1, "handout-cover"], [2, "handout-step"]] as const) {
      const picture = await reader.page.locator(`#page-${number}`).screenshot();
      await writeFile(join(SCREENSHOT_DIR, `${name}.png`), picture);
      // Black and white: no pixel of the printed page is coloured (red, blue links, a tinted theme).
      const { data, width, height } = PNG.sync.read(picture);
      let coloured = 0;
      let dark = 0;
      for (let offset = 0; offset < data.length; offset += 4) {
        const [red, green, blue] = [data[offset]!, data[offset + 1]!, data[offset + 2]!];
        if (Math.max(red, green, blue) - Math.min(red, green, blue) > 24) coloured += 1;
        if (red + green + blue < 150) dark += 1;
      }
      expect(coloured, `${name}: coloured pixels`).toBe(0);
      expect(dark / (width * height), `${name}: some black ink`).toBeGreaterThan(0.01);
      // White paper: the corners are blank margin.
      expect([...data.subarray(0, 3)], `${name}: top left corner`).toEqual([255, 255, 255]);
    }
    await reader.page.close();
    await page.close();
  });

  it("prints black on white with ?theme=dark too", async () => {
    const { page } = await openMap(site.browser, site.server, { query: "mode=handout&theme=dark", waitForMarkers: false });
    await page.locator(".handout").waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".handout").evaluate((element) => [getComputedStyle(element).color, getComputedStyle(element).backgroundColor]))
      .toEqual(["rgb(0, 0, 0)", "rgb(255, 255, 255)"]);
    await page.close();
  });

  it("passes the accessibility scan at 1280 and 390 pixels wide, in light and dark", async () => {
    for (const [width, height, colorScheme] of [[1280, 800, "light"], [390, 844, "dark"]] as const) {
      const { page } = await openHandout({ viewport: { width, height }, colorScheme });
      expect(await axeViolations(page), `${width} ${colorScheme}`).toEqual([]);
      // Nothing is wider than the screen but the maps, which scroll on their own.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${width}`).toBeLessThanOrEqual(width);
      await page.close();
    }
  });

  it("opens from the briefing's Print handout button in a new tab, without the step", async () => {
    const { page } = await openMap(site.browser, site.server, { query: "mode=briefing&step=3" });
    const opened = page.context().waitForEvent("page");
    await page.getByRole("button", { name: "Print handout (opens in a new tab)" }).click();
    const handout = await opened;
    await handout.locator(".handout__cover").waitFor();
    const query = new URL(handout.url()).searchParams;
    expect(query.get("mode")).toBe("handout");
    expect(query.has("step")).toBe(false);
    await handout.close();
    await page.close();
  });
});
