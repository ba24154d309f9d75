/**
 * One timed page load in a fresh browser context: first visible place marker, first land drawn
 * on the basemap canvas, and the longest main-thread task, all read inside the page.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, ChromiumMissingError } from "../tests/e2e/harness/browser.ts";

export const VIEWPORT = { width: 1280, height: 800 } as const;
/** A load that has not shown its marker and land by then counts as failed. */
const LOAD_TIMEOUT_MS = 60_000;

/** Debian's Chromium, headless, with the test harness's flags. Never downloads a browser. */
export async function launchBenchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new ChromiumMissingError();
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS, timeout: 30_000 });
}

export interface Target {
  /** The app, bare Leaflet (bench/baseline/), or the plain react-leaflet page (bench/reactLeaflet/). */
  name: "app" | "baseline" | "reactLeaflet";
  url: string;
  /** The place markers: the app's country names are marker icons too, so they must not count. */
  markerSelector: string;
}

/** Canvases of the basemap's land: the app's pane, which the baseline names the same. */
const LAND_SELECTOR = ".leaflet-basemap-land-pane canvas";

export interface LoadSample {
  /** ms from navigation start until a place marker was in the DOM and visible in the viewport. */
  firstMarkerMs: number;
  /** ms from navigation start until the first fill on a land canvas. */
  landDrawnMs: number;
  /** Longest task (PerformanceObserver 'longtask', so 0 when none passed 50 ms) until network idle. */
  longestTaskMs: number;
  /** Sum of each long task's time past 50 ms, until network idle. */
  totalBlockingMs: number;
  /** Every URL the page requested. */
  requests: string[];
  /** Each response's body as received, when asked for (an untimed load: reading them costs time), and when it was requested (ms from navigation start). */
  bodies: Array<{ url: string; body: Buffer; requestedMs: number }>;
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
}

/**
 * Injected before any of the page's scripts. Plain JavaScript text, so no compiler helper can
 * leak into it. A MutationObserver (then one check per frame while markers exist but none is
 * visible yet) finds the first visible marker; a wrapper on CanvasRenderingContext2D#fill sees
 * the first land drawn; a buffered 'longtask' observer collects long tasks.
 */
export function initScript(markerSelector: string): string {
  return `(() => {
  const markerSelector = ${JSON.stringify(markerSelector)};
  const landSelector = ${JSON.stringify(LAND_SELECTOR)};
  const marks = { firstMarker: null, landDrawn: null, longTasks: [] };
  Object.defineProperty(window, "__articleMapBench", { value: marks });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) marks.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {}
  const fill = CanvasRenderingContext2D.prototype.fill;
  CanvasRenderingContext2D.prototype.fill = function (...args) {
    if (marks.landDrawn === null && this.canvas instanceof HTMLCanvasElement && this.canvas.closest(landSelector)) {
      marks.landDrawn = performance.now();
    }
    return fill.apply(this, args);
  };
  const visible = (element) => {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0 && box.left < innerWidth && box.top < innerHeight;
  };
  let frameQueued = false;
  const check = () => {
    frameQueued = false;
    if (marks.firstMarker !== null) return;
    const markers = document.querySelectorAll(markerSelector);
    for (const element of markers) {
      if (visible(element)) {
        marks.firstMarker = performance.now();
        observer.disconnect();
        return;
      }
    }
    if (markers.length > 0 && !frameQueued) {
      frameQueued = true;
      requestAnimationFrame(check);
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

interface PageMarks {
  firstMarker: number;
  landDrawn: number;
  longTasks: Array<{ start: number; duration: number }>;
}

/** What the init script puts on the page's window; the milestones are null until they happen. */
export interface BenchWindow {
  __articleMapBench: { firstMarker: number | null; landDrawn: number | null; longTasks: PageMarks["longTasks"] };
}

/** A new context: empty cache, no cookies or storage, the same viewport, locale and scheme each time. */
export async function newBenchContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    locale: "en-US",
    timezoneId: "UTC",
    colorScheme: "light",
    serviceWorkers: "block",
  });
}

/** A tab with the CPU slowed `throttle` times and the marks script injected before the page's own. */
export async function newBenchPage(context: BrowserContext, throttle: number, markerSelector: string): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.addInitScript({ content: initScript(markerSelector) });
  return page;
}

/**
 * Loads `target` once in a new browser context (empty cache, no cookies or storage), with the
 * CPU slowed `throttle` times, and reads the marks once both milestones passed and the network
 * has been idle for 500 ms.
 */
export async function measureLoad(browser: Browser, target: Target, throttle: number, keepBodies = false): Promise<LoadSample> {
  const context = await newBenchContext(browser);
  const pending = new Set<string>();
  try {
    const page = await newBenchPage(context, throttle, target.markerSelector);
    const requests: string[] = [];
    const pageErrors: string[] = [];
    page.on("request", (request) => {
      requests.push(request.url());
      pending.add(request.url());
    });
    page.on("requestfinished", (request) => pending.delete(request.url()));
    page.on("requestfailed", (request) => pending.delete(request.url()));
    page.on("pageerror", (error) => pageErrors.push(error.message));
    const bodies: Array<Promise<{ url: string; body: Buffer; requestedAt: number } | null>> = [];
    if (keepBodies) {
      page.on("response", (response) => {
        const requestedAt = response.request().timing().startTime;
        bodies.push(response.body().then((body) => ({ url: response.url(), body, requestedAt }), () => null));
      });
    }
    await page.goto(target.url, { waitUntil: "load", timeout: LOAD_TIMEOUT_MS });
    // Functions, not strings: the app's Content-Security-Policy forbids evaluating strings in the page.
    await page.waitForFunction(() => {
      const marks = (window as unknown as BenchWindow).__articleMapBench;
      return marks.firstMarker !== null && marks.landDrawn !== null;
    }, undefined, { timeout: LOAD_TIMEOUT_MS, polling: 100 });
    await page.waitForLoadState("networkidle", { timeout: LOAD_TIMEOUT_MS });
    const marks = (await page.evaluate(() => (window as unknown as BenchWindow).__articleMapBench)) as PageMarks;
    const timeOrigin = await page.evaluate(() => performance.timeOrigin);
    const durations = marks.longTasks.map((task) => task.duration);
    return {
      firstMarkerMs: marks.firstMarker,
      landDrawnMs: marks.landDrawn,
      longestTaskMs: Math.max(0, ...durations),
      totalBlockingMs: durations.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
      requests,
      pageErrors,
      bodies: (await Promise.all(bodies)).flatMap((entry) => (entry === null ? [] : [{ url: entry.url, body: entry.body, requestedMs: entry.requestedAt - timeOrigin }])),
    };
  } catch (error) {
    // Name the page and the requests still open, so a load that hangs says where.
    const open = pending.size === 0 ? "" : `; requests still open: ${[...pending].join(", ")}`;
    throw new Error(`${target.name} at ${throttle}x CPU: ${error instanceof Error ? error.message : String(error)}${open}`, { cause: error });
  } finally {
    await context.close();
  }
}
