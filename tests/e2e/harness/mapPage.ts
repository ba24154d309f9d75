import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser, openPage, type LaunchedBrowser, type OpenedPage } from "./browser";
import { startStaticServer, type StaticServer, type StaticServerOptions } from "./server";

/**
 * Helpers for the map page. They read the story and the article from `geodata/` (the files the
 * built site serves), never from the app's code, so a test states what the reader must see.
 */

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
export const STORY_PATH = "geodata/aktobe-2016/story.json";
export const ARTICLE_PATH = "geodata/aktobe-2016/article.txt";

export interface StoryPlace {
  type: "Feature";
  id: string;
  geometry: { type: string; coordinates: unknown } | null;
  properties: { name: string; precision: string; labelPoint?: [number, number] };
}
export interface StoryJson {
  places: { features: StoryPlace[] };
  passages: Array<{ id: string; paragraph: number; quote: string; places: string[] }>;
  events: Array<{ id: string; title: string; places: string[] }>;
  briefing?: { steps: Array<{ id: string; title: string; place?: string; passages?: string[]; view: { places?: string[]; bounds?: number[] }; notes?: string }> };
  [key: string]: unknown;
}

export const storyText = (): string => readFileSync(REPO_ROOT + STORY_PATH, "utf8");
export const readStory = (): StoryJson => JSON.parse(storyText()) as StoryJson;

export function placeNamed(story: StoryJson, id: string): StoryPlace {
  const place = story.places.features.find((feature) => feature.id === id);
  if (!place) throw new Error(`${STORY_PATH} has no place "${id}"`);
  return place;
}

/** The article's body paragraphs: blank-line separated blocks after the photo credits ("| …") and the headline. */
export function articleParagraphs(): string[] {
  const blocks = readFileSync(REPO_ROOT + ARTICLE_PATH, "utf8")
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean);
  const firstText = blocks.findIndex((block) => !block.startsWith("|"));
  return blocks.slice(firstText + 1);
}

/** The sentence of article.txt that contains `fragment`, verbatim, with its 1-based paragraph number. */
export function articleSentence(fragment: string): { sentence: string; paragraph: number } {
  const paragraphs = articleParagraphs();
  const index = paragraphs.findIndex((paragraph) => paragraph.includes(fragment));
  if (index === -1) throw new Error(`${ARTICLE_PATH} does not contain "${fragment}"`);
  const sentences = paragraphs[index]!.split(/(?<=[.!?]["”]?)\s+(?=["“A-Z])/);
  const sentence = sentences.find((each) => each.includes(fragment))!;
  return { sentence, paragraph: index + 1 };
}

export interface OpenMapOptions {
  /** Query string without `?`, e.g. `place=baikonur`. */
  query?: string;
  /** Hash without `#`, e.g. `map=7/50.3/57.2`. */
  hash?: string;
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  /** Installs page.route handlers before the app is loaded (they take precedence over the harness's). */
  routes?: (page: Page) => Promise<unknown>;
  /** Wait until at least one place marker is in the DOM. Default true. */
  waitForMarkers?: boolean;
}

/** Opens the built site with the harness (external requests blocked) and waits for the markers and the side panel. */
export async function openMap(browser: LaunchedBrowser, server: StaticServer, options: OpenMapOptions = {}): Promise<OpenedPage> {
  const url = `${server.url}${options.query ? `?${options.query}` : ""}${options.hash ? `#${options.hash}` : ""}`;
  const viewport = options.viewport ?? { width: 1280, height: 800 };
  const colorScheme = options.colorScheme ?? "light";
  let opened: OpenedPage;
  if (options.routes) {
    // Routes must exist before the app asks for its files: open a same-origin data file first,
    // add the routes, then load the app in the same tab and forget what the first load recorded.
    opened = await openPage(browser, `${server.url}geodata/catalog.json`, { viewport, colorScheme });
    await options.routes(opened.page);
    for (const list of [opened.consoleErrors, opened.pageErrors, opened.blockedRequests, opened.cspViolations, opened.requests]) {
      list.length = 0;
    }
    await opened.page.goto(url);
  } else {
    opened = await openPage(browser, url, { viewport, colorScheme });
  }
  if (options.waitForMarkers ?? true) {
    await markers(opened.page).first().waitFor({ state: "attached" });
    // The side panel's code loads after the map's (src/components/lazyViews.tsx), and so do the
    // map's extras (src/map/MapExtras.tsx: view sync, arrow keys, popups), which bring the scale.
    await opened.page.locator(".side-panel--loading").waitFor({ state: "detached" });
    await opened.page.locator(".leaflet-control-scale").waitFor({ state: "attached" });
  }
  return opened;
}

/** Every place marker (Leaflet gives each role="button"). */
export const markers = (page: Page): Locator => page.locator(".leaflet-marker-pane .place-icon");
/** The marker of a place, by accessible name (the article's mentions are buttons with the same names). */
export const marker = (page: Page, name: string): Locator =>
  page.locator(".leaflet-marker-pane").getByRole("button", { name, exact: true });
/** The open Leaflet popup. */
export const popup = (page: Page): Locator => page.locator(".leaflet-popup");

/** Waits until the basemap's country names are drawn. */
export async function waitForBasemap(page: Page): Promise<void> {
  await page.locator(".leaflet-basemap-labels-pane .country-label").first().waitFor({ state: "attached" });
}

/** Waits until the map pane and any popup stop moving (pan animations, popup auto-pan). */
export async function waitForStill(page: Page, timeout = 10_000): Promise<void> {
  const snapshot = () =>
    page.evaluate(() =>
      [".leaflet-map-pane", ".leaflet-popup"]
        .map((selector) => document.querySelector(selector))
        .map((element) => (element ? JSON.stringify(element.getBoundingClientRect()) + getComputedStyle(element).transform : "-"))
        .join("|") + (document.querySelector(".leaflet-zoom-anim") ? "|zooming" : ""));
  const deadline = Date.now() + timeout;
  let before = await snapshot();
  for (;;) {
    await page.waitForTimeout(200);
    const after = await snapshot();
    if (after === before && !after.endsWith("|zooming")) return;
    if (Date.now() > deadline) throw new Error(`the map was still moving after ${timeout} ms`);
    before = after;
  }
}

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

/** Parses `#map=<zoom>/<lat>/<lng>`; null when absent or malformed. */
export function parseMapHash(hash: string): MapView | null {
  const match = /(?:^#|&)map=(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)(?:&|$)/.exec(hash);
  if (!match) return null;
  return { zoom: Number(match[1]), lat: Number(match[2]), lng: Number(match[3]) };
}

export const currentHash = (page: Page): Promise<string> => page.evaluate(() => window.location.hash);
export const mapView = async (page: Page): Promise<MapView | null> => parseMapHash(await currentHash(page));

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${String(locator)} has no bounding box (not visible)`);
  return box;
}

export const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
export const distance = (a: Box, b: Box) => Math.hypot(centre(a).x - centre(b).x, centre(a).y - centre(b).y);
export const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
export const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;

/** Web Mercator at zoom 0, in pixels of a 256-pixel world. */
function mercator(lat: number, lng: number) {
  const sin = Math.sin((lat * Math.PI) / 180);
  return { x: ((lng + 180) / 360) * 256, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 256 };
}

/**
 * The page pixel of a coordinate, calibrated on two markers that stand at their own places
 * (far from others, so never spread apart): Mercator has one scale for x and y.
 */
export async function pixelOf(
  page: Page,
  at: { lat: number; lng: number },
  references: [{ name: string; lat: number; lng: number }, { name: string; lat: number; lng: number }],
): Promise<{ x: number; y: number }> {
  const [a, b] = references;
  const [boxA, boxB] = [await boxOf(marker(page, a.name)), await boxOf(marker(page, b.name))];
  const [mA, mB, target] = [mercator(a.lat, a.lng), mercator(b.lat, b.lng), mercator(at.lat, at.lng)];
  const scale = (centre(boxB).x - centre(boxA).x) / (mB.x - mA.x);
  return { x: centre(boxA).x + (target.x - mA.x) * scale, y: centre(boxA).y + (target.y - mA.y) * scale };
}

/** A Point place's position as [lat, lng]. */
export function latLngOf(place: StoryPlace): { lat: number; lng: number } {
  if (place.geometry?.type !== "Point") throw new Error(`${place.id} is not a Point`);
  const [lng, lat] = place.geometry.coordinates as [number, number];
  return { lat, lng };
}

/** The built site on a local server and one browser, started before a file's tests and closed after. */
export function useBuiltSite(options: StaticServerOptions = {}): { readonly server: StaticServer; readonly browser: LaunchedBrowser } {
  const site = {} as { server: StaticServer; browser: LaunchedBrowser };
  beforeAll(async () => {
    site.server = await startStaticServer(options);
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
