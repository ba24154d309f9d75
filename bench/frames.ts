/**
 * Frame times while the map is dragged or zoomed: a requestAnimationFrame loop in the page records
 * every frame's timestamp while Node drives the mouse, and the gaps between frames are summarised.
 */
import type { Page } from "playwright-core";

/** One frame at 60 Hz, in ms. */
export const FRAME_MS = 16.7;
/** A gap this much longer than a frame means frames were missed. */
const DROPPED_FACTOR = 1.5;
/** How long each gesture lasts, in ms. */
export const GESTURE_MS = 2000;

export interface FrameStats {
  frames: number;
  /** Frames per second over the recording (frames / time the frames spanned). */
  fps: number;
  medianMs: number;
  p95Ms: number;
  /**
   * The frame time below which 95% of the *time* was spent (each frame weighted by its duration),
   * so one 500 ms freeze counts for what a reader sees, not as one frame among a hundred.
   */
  timeWeightedP95Ms: number;
  longestMs: number;
  /** Frames that should have been drawn and were not: round(gap / 16.7) - 1 for each gap past 1.5 frames. */
  dropped: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * fraction) - 1))]!;
}

/**
 * @param deltas - ms between consecutive frames, in order; at least one
 * @returns frames per second, median and 95th percentile frame time (plain and time-weighted), dropped frames
 * @example frameStats([16.7, 16.7, 50]).dropped // 2
 */
export function frameStats(deltas: readonly number[]): FrameStats {
  if (deltas.length === 0) throw new Error("frameStats needs at least one frame time");
  const sorted = [...deltas].sort((a, b) => a - b);
  const total = sorted.reduce((sum, delta) => sum + delta, 0);
  let elapsed = 0;
  let timeWeightedP95Ms = sorted[sorted.length - 1]!;
  for (const delta of sorted) {
    elapsed += delta;
    if (elapsed >= total * 0.95) {
      timeWeightedP95Ms = delta;
      break;
    }
  }
  return {
    frames: deltas.length,
    fps: (deltas.length * 1000) / total,
    medianMs: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    timeWeightedP95Ms,
    longestMs: sorted[sorted.length - 1]!,
    dropped: deltas.reduce((sum, delta) => sum + (delta > DROPPED_FACTOR * FRAME_MS ? Math.round(delta / FRAME_MS) - 1 : 0), 0),
  };
}

/** What the recorder puts on the page's window. */
interface FrameWindow {
  __articleMapFrames: { start(): void; stop(): Recording };
}

interface Recording {
  /** performance.now() at start, each frame's timestamp, then performance.now() at stop. */
  times: number[];
  /** Whether the map's position or zoom (the transforms Leaflet sets on its panes) changed meanwhile. */
  moved: boolean;
}

/**
 * Injected before the page's own scripts (plain text: code evaluated from Node would carry the
 * compiler's helpers, and the app's CSP forbids strings): a requestAnimationFrame loop that keeps
 * every frame's timestamp between `start()` and `stop()`. The start and stop times are kept too,
 * so a page too busy to draw a single frame during a gesture shows one frame as long as the gesture.
 */
export const FRAME_RECORDER_SCRIPT = `(() => {
  let times = [];
  let moved = false;
  let startView = "";
  let running = false;
  const view = () => [".leaflet-map-pane", ".leaflet-proxy"].map((selector) => document.querySelector(selector)?.style.transform).join(" ");
  const frame = (time) => {
    if (!running) return;
    times.push(Math.max(time, times[times.length - 1]));
    if (view() !== startView) moved = true;
    requestAnimationFrame(frame);
  };
  Object.defineProperty(window, "__articleMapFrames", { value: {
    start() { times = [performance.now()]; moved = false; startView = view(); running = true; requestAnimationFrame(frame); },
    stop() {
      running = false;
      times.push(performance.now());
      return { times, moved: moved || view() !== startView };
    },
  } });
})();`;

/** Starts recording once the page has drawn two frames: a page still painting its markers is not panning yet. */
async function startFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.evaluate(() => (window as unknown as FrameWindow).__articleMapFrames.start());
}

/**
 * Stops recording and summarises the gaps between frames.
 * @throws when the map's view never changed: the gesture missed the map, and its frames say nothing
 */
async function stopFrames(page: Page, gesture: string): Promise<FrameStats> {
  const { times, moved } = await page.evaluate(() => (window as unknown as FrameWindow).__articleMapFrames.stop());
  if (!moved) throw new Error(`the ${gesture} did not move the map`);
  return frameStats(times.slice(1).map((time, index) => time - times[index]!));
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Centre of the map's container, where the gestures happen. */
async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator(".leaflet-container").first().boundingBox();
  if (box === null) throw new Error("the map's container is not on screen");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Drags the map along half a circle of 150 px over {@link GESTURE_MS}, one move per frame's time,
 * sent on the clock without waiting for the page to take each (as a hand keeps moving whether or
 * not the page keeps up; the browser merges the moves it has not handled yet). Half a circle, so
 * a page too busy to see any move but the last still ends up moved.
 */
export async function panFrames(page: Page): Promise<FrameStats> {
  const centre = await mapCentre(page);
  const radius = 150;
  await page.mouse.move(centre.x + radius, centre.y);
  await page.mouse.down();
  await startFrames(page);
  const inputs: Array<Promise<void>> = [];
  for (let step = 1; step <= GESTURE_MS / FRAME_MS; step++) {
    const angle = ((step * FRAME_MS) / GESTURE_MS) * Math.PI;
    inputs.push(page.mouse.move(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle)));
    await pause(FRAME_MS);
  }
  inputs.push(page.mouse.up());
  await Promise.all(inputs);
  return stopFrames(page, "drag");
}

/**
 * Zooms in four levels and out four, one wheel notch every 250 ms over {@link GESTURE_MS}, sent
 * on the clock like the drag's moves, then waits for the last animation to end. Leaflet zooms
 * one level per 60 px of wheel.
 */
export async function zoomFrames(page: Page): Promise<FrameStats> {
  const centre = await mapCentre(page);
  await page.mouse.move(centre.x, centre.y);
  await startFrames(page);
  const notches = 8;
  const inputs: Array<Promise<void>> = [];
  for (let notch = 0; notch < notches; notch++) {
    inputs.push(page.mouse.wheel(0, notch < notches / 2 ? -60 : 60));
    await pause(GESTURE_MS / notches);
  }
  await Promise.all(inputs);
  await pause(300);
  return stopFrames(page, "wheel");
}
