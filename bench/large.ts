/**
 * Large generated stories (scripts/gazetteerStory.ts): how long the story takes to load and
 * validate, to show its first marker or cluster, how long the main thread is blocked meanwhile,
 * and the frame times while the map is dragged and zoomed. A page that does not render in time
 * is reported as such, never waited for.
 */
import type { Browser } from "playwright-core";
import { FRAME_RECORDER_SCRIPT, panFrames, zoomFrames, type FrameStats } from "./frames.ts";
import { newBenchContext, newBenchPage, type BenchWindow } from "./measure.ts";
import { summarise, type Summary } from "./stats.ts";

/** A load that shows nothing by then is reported as "did not render in 60 s". */
export const RENDER_TIMEOUT_MS = 60_000;
/** A gesture's 2 s plus time for a slow page to answer its inputs. */
const GESTURE_TIMEOUT_MS = 30_000;
/** Reading figures from a page that is still busy, or closing it, waits no longer than this. */
const PAGE_TIMEOUT_MS = 10_000;
/** Place markers and cluster markers (the branches clustering places draw them as marker icons); not the country names. */
export const LARGE_MARKER_SELECTOR = ".leaflet-marker-icon:not(.country-label)";

export interface LargeSample {
  /**
   * ms from the page's own request until the story's response had arrived, from the browser's
   * network timing, so it is known even when the page is too busy to answer afterwards.
   */
  storyFetchedMs: number | null;
  /** ms from navigation start to the `article-map:story-ready` mark: fetched, parsed and validated. */
  storyReadyMs: number | null;
  /** ms from navigation start until a marker or cluster was visible in the viewport; null when it never was. */
  firstRenderMs: number | null;
  longestTaskMs: number | null;
  totalBlockingMs: number | null;
  pan: FrameStats | null;
  zoom: FrameStats | null;
  /** Why a figure is missing, e.g. "did not render in 60 s". */
  failures: string[];
  pageErrors: string[];
}

type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

/**
 * Waits for `work` at most `ms`; the work is left to fail on its own when its page closes.
 * @param what - what the work is, e.g. "pan": the reason reads "pan did not finish in 30 s" or "pan: <error>"
 * @param late - the reason on timeout, when "did not finish" does not say it best
 */
async function within<T>(ms: number, what: string, work: Promise<T>, late = `${what} did not finish`): Promise<Outcome<T>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Outcome<T>>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, reason: `${late} in ${ms / 1000} s` }), ms);
  });
  const done = work.then((value): Outcome<T> => ({ ok: true, value }), (error: unknown): Outcome<T> => ({ ok: false, reason: `${what}: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}` }));
  try {
    return await Promise.race([done, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface PageFigures {
  storyReadyMs: number | null;
  firstMarker: number | null;
  longTasks: number[];
}

/**
 * Loads `url` (a page with `?story=` naming `storyPath`) in a fresh context at normal CPU speed,
 * waits up to {@link RENDER_TIMEOUT_MS} for a marker, then drags and zooms the map.
 */
export async function measureLargeLoad(browser: Browser, url: string, storyPath: string): Promise<LargeSample> {
  const context = await newBenchContext(browser);
  const sample: LargeSample = { storyFetchedMs: null, storyReadyMs: null, firstRenderMs: null, longestTaskMs: null, totalBlockingMs: null, pan: null, zoom: null, failures: [], pageErrors: [] };
  try {
    const page = await newBenchPage(context, 1, LARGE_MARKER_SELECTOR);
    await page.addInitScript({ content: FRAME_RECORDER_SCRIPT });
    page.on("pageerror", (error) => sample.pageErrors.push(error.message));
    let navigationStart: number | null = null;
    page.on("requestfinished", (request) => {
      const { startTime, responseEnd } = request.timing();
      if (request.isNavigationRequest() && navigationStart === null) navigationStart = startTime;
      else if (request.url().includes(storyPath) && navigationStart !== null) sample.storyFetchedMs = startTime + responseEnd - navigationStart;
    });
    const rendered = await within(RENDER_TIMEOUT_MS, "load", (async () => {
      await page.goto(url, { waitUntil: "commit", timeout: RENDER_TIMEOUT_MS });
      await page.waitForFunction(() => (window as unknown as BenchWindow).__articleMapBench.firstMarker !== null, undefined, { timeout: RENDER_TIMEOUT_MS, polling: 100 });
      // Long tasks right after the first marker (the rest of the markers, the list) still belong to the load.
      await page.waitForLoadState("networkidle", { timeout: PAGE_TIMEOUT_MS }).catch(() => undefined);
    })(), "did not render");
    if (!rendered.ok) sample.failures.push(rendered.reason);
    const figures = await within(PAGE_TIMEOUT_MS, "reading the figures", page.evaluate((): PageFigures => {
      const marks = (window as unknown as BenchWindow).__articleMapBench;
      return {
        storyReadyMs: performance.getEntriesByName("article-map:story-ready")[0]?.startTime ?? null,
        firstMarker: marks.firstMarker,
        longTasks: marks.longTasks.map((task) => task.duration),
      };
    }));
    if (!figures.ok) {
      sample.failures.push(figures.reason);
      return sample;
    }
    const { longTasks, firstMarker, storyReadyMs } = figures.value;
    Object.assign(sample, {
      storyReadyMs,
      firstRenderMs: firstMarker,
      longestTaskMs: Math.max(0, ...longTasks),
      totalBlockingMs: longTasks.reduce((sum, duration) => sum + Math.max(0, duration - 50), 0),
    });
    if (!rendered.ok) return sample;
    const pan = await within(GESTURE_TIMEOUT_MS, "pan", panFrames(page));
    if (pan.ok) sample.pan = pan.value;
    else return { ...sample, failures: [...sample.failures, pan.reason] };
    const zoom = await within(GESTURE_TIMEOUT_MS, "zoom", zoomFrames(page));
    if (zoom.ok) sample.zoom = zoom.value;
    else sample.failures.push(zoom.reason);
    return sample;
  } finally {
    // A page stuck in a long task still closes: the browser ends its renderer.
    await within(PAGE_TIMEOUT_MS, "closing the page", context.close());
  }
}

/** The figures a large-story table shows, each from the runs where it was measured. */
export const LARGE_FIGURES = {
  storyFetchedMs: { label: "story fetched (ms)", read: (sample: LargeSample) => sample.storyFetchedMs },
  storyReadyMs: { label: "story loaded and validated (ms)", read: (sample: LargeSample) => sample.storyReadyMs },
  firstRenderMs: { label: "first marker or cluster visible (ms)", read: (sample: LargeSample) => sample.firstRenderMs },
  longestTaskMs: { label: "longest task (ms)", read: (sample: LargeSample) => sample.longestTaskMs },
  totalBlockingMs: { label: "blocking time >50ms (ms)", read: (sample: LargeSample) => sample.totalBlockingMs },
  panFps: { label: "pan: frames per second", read: (sample: LargeSample) => sample.pan?.fps ?? null },
  panMedianMs: { label: "pan: median frame (ms)", read: (sample: LargeSample) => sample.pan?.medianMs ?? null },
  panP95Ms: { label: "pan: p95 frame (ms)", read: (sample: LargeSample) => sample.pan?.p95Ms ?? null },
  panDropped: { label: "pan: dropped frames", read: (sample: LargeSample) => sample.pan?.dropped ?? null },
  zoomFps: { label: "zoom: frames per second", read: (sample: LargeSample) => sample.zoom?.fps ?? null },
  zoomMedianMs: { label: "zoom: median frame (ms)", read: (sample: LargeSample) => sample.zoom?.medianMs ?? null },
  zoomP95Ms: { label: "zoom: p95 frame (ms)", read: (sample: LargeSample) => sample.zoom?.p95Ms ?? null },
  zoomTimeWeightedP95Ms: { label: "zoom: time-weighted p95 frame (ms)", read: (sample: LargeSample) => sample.zoom?.timeWeightedP95Ms ?? null },
  zoomDropped: { label: "zoom: dropped frames", read: (sample: LargeSample) => sample.zoom?.dropped ?? null },
} as const;
export type LargeFigure = keyof typeof LARGE_FIGURES;

export interface LargeSummary {
  loads: number;
  /** Loads that showed a marker or cluster within the timeout. */
  rendered: number;
  /** Each figure over the loads that measured it; null when none did. */
  figures: Record<LargeFigure, Summary | null>;
}

export function summariseLarge(samples: readonly LargeSample[]): LargeSummary {
  const figures = Object.fromEntries(Object.entries(LARGE_FIGURES).map(([name, { read }]) => {
    const values = samples.map(read).filter((value) => value !== null);
    return [name, values.length === 0 ? null : summarise(values)];
  })) as Record<LargeFigure, Summary | null>;
  return { loads: samples.length, rendered: samples.filter((sample) => sample.firstRenderMs !== null).length, figures };
}
