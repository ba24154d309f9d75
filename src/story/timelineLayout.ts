import { DAY_MS, type Interval } from "./timeline";

/**
 * Where things go on a timeline: a horizontal axis that skips long empty stretches of time (a
 * "broken axis"), so a story whose events span years but crowd into a few weeks still shows those
 * weeks legibly. Each stretch of events is a segment drawn to a linear scale; between segments
 * the axis breaks. Segments are laid out by how many events they hold, not by how long they last:
 * a lone event years earlier gets just enough room for its dot and its year.
 *
 * Everything is computed in pixels for a given track width (label widths are estimated from
 * their length) and returned as percentages of the track, so the view only positions boxes.
 */

/** An event to place: its time and the text of its visible label. */
export interface TimelineInput {
  id: string;
  interval: Interval;
  label: string;
}

/** A part of the track, as percentages of the track's width. */
export interface Span {
  left: number;
  width: number;
}

export interface TimelineItemLayout {
  id: string;
  /** A dot for an instant or a single day, a bar for anything longer. */
  kind: "dot" | "bar";
  /** Row from the top, 0 first: items whose boxes would overlap go to different rows. */
  row: number;
  /** The whole item (marker and label), in % of the track. */
  box: Span;
  /** The dot's box or the bar, in % of the item's box. */
  marker: Span;
  /** The label, in % of the item's box; `end` when it sits left of its marker. */
  label: Span & { side: "start" | "end" };
}

export interface TimelineLayout {
  /** Stretches of the axis drawn to scale, in % of the track, with the time each one covers. */
  segments: Array<Span & Interval>;
  /** Gaps in the axis where time is skipped. */
  breaks: Span[];
  /** Axis labels: `at` is the tick, `left` where its text starts (kept inside the track). */
  ticks: Array<{ at: number; left: number; label: string }>;
  /** Items in time order, which is also the keyboard order. */
  items: TimelineItemLayout[];
  rows: number;
  /** The publication band, and on which side of it its label reads. */
  published: (Span & { side: "start" | "end" }) | null;
}

export interface LayoutOptions {
  /** Width of the track in CSS pixels. */
  trackPx: number;
  /** Pixels in 1rem, which the label sizes in timeline.css are given in. */
  remPx?: number;
}

// Sizes in rem, matching src/styles/timeline.css.
const DOT_REM = 0.75;
const LABEL_GAP_REM = 0.25;
const ITEM_GAP_REM = 0.5;
const BAR_MIN_REM = 0.25;
/** Event labels are 0.8125rem and bold; measured in Chromium, a bold character is about 0.61em wide. */
const LABEL_CHAR_REM = 0.8125 * 0.64;
const LABEL_PADDING_REM = 0.5;
/** Axis labels are 0.75rem. */
const TICK_CHAR_REM = 0.75 * 0.56;
const TICK_GAP_REM = 0.5;
const BREAK_REM = 1;
const SEGMENT_MIN_REM = 2;
/** A gap breaks the axis when it is this long and this share of the whole span. */
const BREAK_MIN_DAYS = 60;
const BREAK_MIN_SHARE = 0.1;
const SEGMENT_PADDING_SHARE = 0.05;

const shortMonth = new Intl.DateTimeFormat("en-GB", { month: "short", timeZone: "UTC" });
const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Lays out a timeline for a track of a given width.
 * @param inputs - the events, in any order
 * @param published - the publication date's interval, drawn as a band, or null
 * @param options - the track's width in pixels (and the root font size, 16px by default)
 * @returns segments, breaks, ticks and item boxes in % of the track; items in time order
 * @example layoutTimeline([{ id: "a", interval: { start: 0, end: 86_400_000 }, label: "A" }], null, { trackPx: 390 }).items[0].kind // "dot"
 */
export function layoutTimeline(inputs: readonly TimelineInput[], published: Interval | null, options: LayoutOptions): TimelineLayout {
  const trackPx = Math.max(1, options.trackPx);
  const rem = options.remPx ?? 16;
  const pct = (px: number) => round((px / trackPx) * 100);
  const sorted = [...inputs].sort((a, b) => a.interval.start - b.interval.start || a.interval.end - b.interval.end);
  const all = [...sorted.map((input) => input.interval), ...(published ? [published] : [])];
  if (all.length === 0) return { segments: [], breaks: [], ticks: [], items: [], rows: 0, published: null };

  const scale = buildScale(all, trackPx, rem);
  const toPx = (time: number) => {
    const segment = scale.segments.find((each) => time <= each.end) ?? scale.segments[scale.segments.length - 1]!;
    const share = segment.end === segment.start ? 0.5 : (time - segment.start) / (segment.end - segment.start);
    return segment.leftPx + Math.min(1, Math.max(0, share)) * segment.widthPx;
  };

  const rowEnds: number[] = [];
  const items = sorted.map((input): TimelineItemLayout => {
    const [startPx, endPx] = [toPx(input.interval.start), toPx(input.interval.end)];
    const isDot = input.interval.end - input.interval.start <= DAY_MS;
    const dotPx = DOT_REM * rem;
    const centre = (startPx + endPx) / 2;
    const marker = isDot
      ? { from: centre - dotPx / 2, to: centre + dotPx / 2 }
      : { from: startPx, to: Math.max(endPx, startPx + BAR_MIN_REM * rem) };
    const label = placeLabel(marker, input.label.length * LABEL_CHAR_REM * rem + LABEL_PADDING_REM * rem, LABEL_GAP_REM * rem, trackPx);
    const box = { from: Math.max(0, Math.min(marker.from, label.from)), to: Math.min(trackPx, Math.max(marker.to, label.to)) };
    let row = rowEnds.findIndex((end) => end + ITEM_GAP_REM * rem <= box.from);
    if (row === -1) row = rowEnds.push(box.to) - 1;
    else rowEnds[row] = box.to;
    const boxPx = Math.max(1, box.to - box.from);
    const inBox = (from: number, to: number): Span => ({ left: round(((from - box.from) / boxPx) * 100), width: round(((to - from) / boxPx) * 100) });
    return {
      id: input.id,
      kind: isDot ? "dot" : "bar",
      row,
      box: { left: pct(box.from), width: pct(box.to - box.from) },
      marker: inBox(marker.from, marker.to),
      label: { ...inBox(label.from, label.to), side: label.side },
    };
  });

  const band = published ? { from: toPx(published.start), to: Math.max(toPx(published.end), toPx(published.start) + 2) } : null;
  return {
    segments: scale.segments.map((segment) => ({ left: pct(segment.leftPx), width: pct(segment.widthPx), start: segment.start, end: segment.end })),
    breaks: scale.breaks.map((each) => ({ left: pct(each.leftPx), width: pct(each.widthPx) })),
    ticks: axisTicks(scale.segments, trackPx, rem).map((tick) => ({ at: pct(tick.at), left: pct(tick.left), label: tick.label })),
    items,
    rows: rowEnds.length,
    published: band && { left: pct(band.from), width: pct(band.to - band.from), side: (band.from + band.to) / 2 > trackPx / 2 ? "end" : "start" },
  };
}

interface ScaleSegment extends Interval {
  leftPx: number;
  widthPx: number;
  /** The events' own span, without the padding: ticks past it would label empty time. */
  data: Interval;
}

/** Groups the intervals into segments separated by long gaps, and shares the track among them. */
function buildScale(intervals: readonly Interval[], trackPx: number, rem: number) {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const first = sorted[0]!.start;
  const last = Math.max(...sorted.map((interval) => interval.end));
  const breakAfter = Math.max(BREAK_MIN_DAYS * DAY_MS, (last - first) * BREAK_MIN_SHARE);
  const clusters: Array<Interval & { count: number }> = [];
  for (const interval of sorted) {
    const current = clusters[clusters.length - 1];
    if (current && interval.start - current.end <= breakAfter) {
      current.end = Math.max(current.end, interval.end);
      current.count += 1;
    } else {
      clusters.push({ ...interval, count: 1 });
    }
  }
  const breakPx = clusters.length > 1 ? Math.min(BREAK_REM * rem, trackPx / (4 * (clusters.length - 1))) : 0;
  const available = trackPx - breakPx * (clusters.length - 1);
  const minPx = Math.min(SEGMENT_MIN_REM * rem, available / clusters.length);
  // Room beyond the minimum goes to segments by how many events they hold beyond their first.
  const weights = clusters.map((cluster) => cluster.count - 1);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const spare = available - minPx * clusters.length;
  let leftPx = 0;
  const segments: ScaleSegment[] = [];
  const breaks: Array<{ leftPx: number; widthPx: number }> = [];
  clusters.forEach((cluster, index) => {
    // Padding keeps the first and last events off the breaks, and never reaches a neighbour.
    const padding = Math.min(Math.max(DAY_MS / 2, (cluster.end - cluster.start) * SEGMENT_PADDING_SHARE), breakAfter / 4);
    const widthPx = minPx + spare * (total === 0 ? 1 / clusters.length : weights[index]! / total);
    segments.push({ start: cluster.start - padding, end: cluster.end + padding, leftPx, widthPx, data: { start: cluster.start, end: cluster.end } });
    leftPx += widthPx;
    if (index < clusters.length - 1) {
      breaks.push({ leftPx, widthPx: breakPx });
      leftPx += breakPx;
    }
  });
  return { segments, breaks };
}

/** Puts a label right of its marker, else left of it, else on the roomier side, cut to fit. */
function placeLabel(marker: { from: number; to: number }, widthPx: number, gapPx: number, trackPx: number) {
  const roomRight = trackPx - marker.to - gapPx;
  const roomLeft = marker.from - gapPx;
  if (widthPx <= roomRight || roomRight >= roomLeft) {
    return { from: marker.to + gapPx, to: marker.to + gapPx + Math.min(widthPx, Math.max(0, roomRight)), side: "start" as const };
  }
  return { from: marker.from - gapPx - Math.min(widthPx, roomLeft), to: marker.from - gapPx, side: "end" as const };
}

/** Month ticks where a segment has room for them, else year ticks, else one label for the segment. */
function axisTicks(segments: readonly ScaleSegment[], trackPx: number, rem: number) {
  const ticks: Array<{ at: number; label: string; centred?: boolean }> = [];
  for (const segment of segments) {
    const toPx = (time: number) => segment.leftPx + ((time - segment.start) / (segment.end - segment.start)) * segment.widthPx;
    const pxPerDay = segment.widthPx / ((segment.end - segment.start) / DAY_MS);
    const startDate = new Date(segment.start);
    const found: typeof ticks = [];
    if (pxPerDay * 30 >= 2.25 * rem) {
      for (let month = startDate.getUTCMonth() + 1, year = startDate.getUTCFullYear(); ; month += 1) {
        const time = monthStart(year, month);
        if (time >= segment.data.end) break;
        const date = new Date(time);
        const withYear = found.length === 0 || date.getUTCMonth() === 0;
        found.push({ at: toPx(time), label: withYear ? `${shortMonth.format(time)} ${date.getUTCFullYear()}` : shortMonth.format(time) });
      }
    } else if (pxPerDay * 365 >= 2.25 * rem) {
      for (let year = startDate.getUTCFullYear() + (segment.start === monthStart(startDate.getUTCFullYear(), 0) ? 0 : 1); ; year += 1) {
        const time = monthStart(year, 0);
        if (time >= segment.data.end) break;
        found.push({ at: toPx(time), label: String(year) });
      }
    }
    if (found.length === 0) {
      const middle = (segment.start + segment.end) / 2;
      const year = String(new Date(middle).getUTCFullYear());
      const month = `${shortMonth.format(middle)} ${year}`;
      const fits = month.length * TICK_CHAR_REM * rem <= segment.widthPx;
      found.push({ at: toPx(middle), label: fits && segment.end - segment.start < 300 * DAY_MS ? month : year, centred: true });
    }
    ticks.push(...found);
  }
  // Drop a label that would run into the one before; keep every label inside the track.
  const kept: Array<{ at: number; left: number; label: string }> = [];
  let previousEnd = -Infinity;
  for (const tick of ticks) {
    const widthPx = tick.label.length * TICK_CHAR_REM * rem;
    const wanted = tick.centred ? tick.at - widthPx / 2 : tick.at;
    const left = Math.max(0, Math.min(wanted, trackPx - widthPx));
    if (left < previousEnd + TICK_GAP_REM * rem) continue;
    kept.push({ at: tick.at, left, label: tick.label });
    previousEnd = left + widthPx;
  }
  return kept;
}

function monthStart(year: number, monthIndex: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, 1);
  return date.getTime();
}
