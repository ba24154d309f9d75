import { useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { formatDate } from "../story/dates";
import type { Story } from "../story/model";
import type { EventData } from "../story/schema";
import { isOpenRange, type DayRange } from "../story/dayRange";
import { DAY_MS, dateInRange, dayOf, eventInterval, rangePresets, timelineExtent } from "../story/timeline";
import { layoutTimeline, type TimelineItemLayout } from "../story/timelineLayout";
import { TimelineRangeFilter } from "./TimelineRangeFilter";
import { useTrackSize } from "./useTrackSize";

export interface TimelineProps {
  story: Story;
  /** The reader's days; events outside are dimmed, never hidden. */
  range: DayRange;
  /** Called with a usable range (never From after To) when the reader changes the dates. */
  onRangeChange: (range: DayRange) => void;
  selectedEventId: string | null;
  onSelectEvent: (eventId: string) => void;
}

/** Width assumed before the track is measured (and in tests, where nothing is laid out). */
const FALLBACK_TRACK_PX = 1200;

/**
 * The story's events on a time axis, with a date-range filter. Each event is a button: a dot for
 * a moment or a day, a bar for anything longer, labelled with its title. The axis skips long empty
 * stretches (see timelineLayout.ts) so events weeks apart stay apart even when others are years
 * away. Left and Right arrow keys move between events in time order; Tab leaves the list.
 * Renders nothing for a story with no dates at all.
 */
export function Timeline({ story, range, onRangeChange, selectedEventId, onSelectEvent }: TimelineProps) {
  const id = useId();
  const trackRef = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const { trackPx, remPx } = useTrackSize(trackRef, FALLBACK_TRACK_PX);
  const [focusId, setFocusId] = useState<string | null>(null);

  const events = story.file.events;
  const published = story.file.article?.published ?? null;
  const extent = useMemo(() => timelineExtent(story), [story]);
  const presets = useMemo(() => rangePresets(story), [story]);
  const layout = useMemo(
    () => layoutTimeline(events.map((event) => ({ id: event.id, interval: eventInterval(event.date), label: event.title })), published && eventInterval(published), { trackPx, remPx }),
    [events, published, trackPx, remPx],
  );
  const byId = useMemo(() => new Map(events.map((event) => [event.id, event])), [events]);
  if (!extent) return null;

  const inRange = (event: EventData) => isOpenRange(range) || dateInRange(event.date, range);
  const matching = events.filter(inRange).length;
  const order = layout.items.map((item) => item.id);
  // Roving focus: one event is in the Tab order, the one last focused, else the selected one.
  const tabStop = [focusId, selectedEventId].find((each) => each !== null && byId.has(each)) ?? order[0];

  const moveFocus = (event: KeyboardEvent<HTMLButtonElement>, from: string) => {
    const index = order.indexOf(from);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: order.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = order[Math.max(0, Math.min(order.length - 1, target))];
    if (next === undefined) return;
    setFocusId(next);
    buttons.current.get(next)?.focus();
  };

  const selected = selectedEventId === null ? undefined : byId.get(selectedEventId);
  return (
    <section className="timeline" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="timeline__heading">Timeline</h2>
      <TimelineRangeFilter
        range={range} onRangeChange={onRangeChange} presets={presets} matching={matching} total={events.length}
        min={dayOf(extent.start)} max={dayOf(extent.end - DAY_MS)}
      />
      <div className="timeline__chart" ref={trackRef}>
        {published && layout.published && (
          <div className="timeline__published" style={{ left: `${layout.published.left}%`, width: `${layout.published.width}%` }}>
            <span className={`timeline__published-label timeline__published-label--${layout.published.side}`}>
              Published {formatDate(published)}
            </span>
          </div>
        )}
        <ol className="timeline__events" aria-label="Events in time order" aria-describedby={`${id}-hint`} style={{ height: `calc(${layout.rows} * var(--timeline-row))` }}>
          {layout.items.map((item) => {
            const event = byId.get(item.id);
            return event && (
              <TimelineEvent
                key={item.id} item={item} event={event} outside={!inRange(event)} selected={item.id === selectedEventId} tabbable={item.id === tabStop}
                buttonRef={(element) => { if (element) buttons.current.set(item.id, element); else buttons.current.delete(item.id); }}
                onSelect={() => onSelectEvent(item.id)} onFocus={() => setFocusId(item.id)} onKeyDown={(key) => moveFocus(key, item.id)}
              />
            );
          })}
        </ol>
        <div className="timeline__axis" aria-hidden="true">
          {layout.segments.map((segment, index) => (
            <span key={index} className="timeline__segment" style={{ left: `${segment.left}%`, width: `${segment.width}%` }} />
          ))}
          {layout.breaks.map((each, index) => (
            <span key={index} className="timeline__break" style={{ left: `${each.left}%`, width: `${each.width}%` }} />
          ))}
          {layout.ticks.map((tick) => (
            <span key={`${tick.at}-${tick.label}`}>
              <span className="timeline__tick" style={{ left: `${tick.at}%` }} />
              <span className="timeline__tick-label" style={{ left: `${tick.left}%` }}>{tick.label}</span>
            </span>
          ))}
        </div>
      </div>
      <p id={`${id}-hint`} className="timeline__hint">
        Left and Right arrow keys move between events in time order; Enter selects one. A gap in the axis skips time without events.
      </p>
      <Legend />
      {selected && (
        <p className="timeline__selected">
          <strong>{selected.title}</strong>: {formatDate(selected.date)}
          {selected.date.asWritten && <> (the article: “{selected.date.asWritten}”)</>}
          {selected.places.length > 0 && <> · {selected.places.map((placeId) => story.placeById.get(placeId)?.name ?? placeId).join(", ")}</>}
        </p>
      )}
    </section>
  );
}

interface TimelineEventProps {
  item: TimelineItemLayout;
  event: EventData;
  outside: boolean;
  selected: boolean;
  tabbable: boolean;
  buttonRef: (element: HTMLButtonElement | null) => void;
  onSelect: () => void;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/**
 * The accessible name of an event: its title (the visible label, so voice control finds it), its
 * date, and what sight alone shows: that only other sources report it, or that it is dimmed.
 */
function eventName(event: EventData, outside: boolean): string {
  const parts = [event.title, formatDate(event.date)];
  if (event.origin === "other-sources") parts.push("from other sources");
  if (outside) parts.push("outside the chosen dates");
  return parts.join(", ");
}

function TimelineEvent({ item, event, outside, selected, tabbable, buttonRef, onSelect, onFocus, onKeyDown }: TimelineEventProps) {
  const name = eventName(event, outside);
  const classes = [
    "timeline__event",
    `timeline__event--${item.kind}`,
    event.origin === "other-sources" && "timeline__event--other-sources",
    outside && "timeline__event--outside",
    selected && "timeline__event--selected",
  ].filter(Boolean).join(" ");
  return (
    <li
      className={classes} data-event-id={event.id} data-row={item.row}
      style={{ left: `${item.box.left}%`, width: `${item.box.width}%`, top: `calc(${item.row} * var(--timeline-row))` }}
    >
      <button
        type="button" ref={buttonRef} className="timeline__button" aria-label={name} title={name} aria-pressed={selected}
        tabIndex={tabbable ? 0 : -1} onClick={onSelect} onFocus={onFocus} onKeyDown={onKeyDown}
      >
        <span className="timeline__marker" aria-hidden="true" style={{ left: `${item.marker.left}%`, width: `${item.marker.width}%` }} />
        <span
          className={`timeline__label timeline__label--${item.label.side}`}
          style={{ left: `${item.label.left}%`, width: `${item.label.width}%` }}
        >
          {event.title}
        </span>
      </button>
    </li>
  );
}

function Legend() {
  return (
    <ul className="timeline__legend" aria-label="Key">
      <li><span className="timeline__key timeline__key--dot" aria-hidden="true" /> a moment or a day</li>
      <li><span className="timeline__key timeline__key--bar" aria-hidden="true" /> a week, month, year or span of days</li>
      <li><span className="timeline__key timeline__key--other" aria-hidden="true" /> only other sources report it</li>
      <li><span className="timeline__key timeline__key--outside" aria-hidden="true" /> outside the chosen dates</li>
      <li><span className="timeline__key timeline__key--published" aria-hidden="true" /> the article's publication</li>
    </ul>
  );
}
