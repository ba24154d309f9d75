import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium. Tests never download a browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const INSTALL_CHROMIUM = "apt-get install -y chromium";

/** Repository root, whatever the cwd. */
const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const SCREENSHOT_DIR = join(REPO_ROOT, "test-results", "screenshots");

/** The launch flags, shared with the benchmark (bench/measure.ts). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-default-apps",
  "--disable-extensions",
  "--disable-sync",
  "--disable-breakpad",
  "--disable-domain-reliability",
  "--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication",
  "--no-first-run",
  "--no-default-browser-check",
  "--no-pings",
  "--metrics-recording-only",
  "--mute-audio",
  "--password-store=basic",
  "--use-mock-keychain",
];

/** The message is exactly the command that fixes the problem. */
export class ChromiumMissingError extends Error {
  constructor() {
    super(INSTALL_CHROMIUM);
    this.name = "ChromiumMissingError";
  }
}

export interface LaunchedBrowser {
  /** Persistent context on a fresh temporary profile; every `openPage` opens a tab in it. */
  context: BrowserContext;
  /** The temporary profile directory, removed by `close()`. */
  userDataDir: string;
  close(): Promise<void>;
}

/** Starts Debian's headless Chromium on a fresh temporary profile. */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new ChromiumMissingError();
  const userDataDir = await mkdtemp(join(tmpdir(), "article-map-chromium-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      locale: "en-US",
      timezoneId: "UTC",
      // Service workers would bypass page.route(); keep every request visible.
      serviceWorkers: "block",
      timeout: 30_000,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  let closed = false;
  return {
    context,
    userDataDir,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await context.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      }
    },
  };
}

export interface OpenPageOptions {
  /** Default 1280x800. */
  viewport?: { width: number; height: number };
  /** Abort (and record) every request whose origin is not the page's origin. Default true. */
  blockExternal?: boolean;
  /** `page.goto` waitUntil. Default `load`. */
  waitUntil?: "load" | "domcontentloaded" | "networkidle" | "commit";
  /** Origins besides the page's own that may be reached (a map embedded from another site). */
  allowOrigins?: readonly string[];
  /** The system colour scheme the page sees (`prefers-color-scheme`). Default light. */
  colorScheme?: "light" | "dark";
}

export interface OpenedPage {
  page: Page;
  /** Text of console messages of type `error` (includes failed loads and CSP reports Chromium logs). */
  consoleErrors: string[];
  /** Uncaught exceptions in the page (`pageerror`). */
  pageErrors: string[];
  /** URLs that were aborted because they were not local (only when `blockExternal`). */
  blockedRequests: string[];
  /** `securitypolicyviolation` events as `"<directive> blocked <uri>"`. */
  cspViolations: string[];
  /** Every URL the page requested, in order (local and external). */
  requests: string[];
}

const CSP_BINDING = "__articleMapReportCsp";

/**
 * Opens `url` in a new tab and records errors, external requests and CSP violations.
 * The listeners are attached before navigation, so nothing from the first load is missed.
 */
export async function openPage(
  browser: LaunchedBrowser,
  url: string,
  options: OpenPageOptions = {},
): Promise<OpenedPage> {
  const { viewport = { width: 1280, height: 800 }, blockExternal = true, waitUntil = "load", colorScheme = "light", allowOrigins = [] } = options;
  const localOrigin = new URL(url).origin;
  const result: OpenedPage = {
    page: await browser.context.newPage(),
    consoleErrors: [],
    pageErrors: [],
    blockedRequests: [],
    cspViolations: [],
    requests: [],
  };
  const { page } = result;
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme });

  page.on("console", (message) => {
    if (message.type() === "error") {
      const location = message.location();
      result.consoleErrors.push(location.url ? `${message.text()} (${location.url}:${location.lineNumber})` : message.text());
    }
  });
  page.on("pageerror", (error) => {
    result.pageErrors.push(error.stack ?? `${error.name}: ${error.message}`);
  });
  page.on("request", (request) => {
    result.requests.push(request.url());
  });

  await page.exposeFunction(CSP_BINDING, (report: string) => {
    result.cspViolations.push(report);
  });
  await page.addInitScript((binding: string) => {
    window.addEventListener(
      "securitypolicyviolation",
      (event) => {
        const report = (window as unknown as Record<string, (report: string) => void>)[binding];
        report?.(`${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} at ${event.sourceFile}:${event.lineNumber}`);
      },
      true,
    );
  }, CSP_BINDING);

  if (blockExternal) {
    await page.route("**/*", async (route) => {
      const requestUrl = route.request().url();
      let origin: string;
      try {
        origin = new URL(requestUrl).origin;
      } catch {
        origin = "";
      }
      if (origin === localOrigin || allowOrigins.includes(origin)) return route.continue();
      result.blockedRequests.push(requestUrl);
      return route.abort("blockedbyclient");
    });
  }

  await page.goto(url, { waitUntil });
  return result;
}

export interface ScreenshotOptions {
  fullPage?: boolean;
}

/** Saves `test-results/screenshots/<name>.png` (repo root) and returns its absolute path. */
export async function screenshot(page: Page, name: string, options: ScreenshotOptions = {}): Promise<string> {
  const safeName = name.replace(/[^\w.-]+/g, "-");
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = resolve(SCREENSHOT_DIR, `${safeName}.png`);
  await page.screenshot({ path, fullPage: options.fullPage ?? false, animations: "disabled" });
  return path;
}
