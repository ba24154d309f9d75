import { useId, useState } from "react";
import { parseDay } from "../story/dates";
import { OPEN_RANGE, type DayRange } from "../story/dayRange";
import type { RangePreset } from "../story/timeline";

interface TimelineRangeFilterProps {
  range: DayRange;
  onRangeChange: (range: DayRange) => void;
  /** First and last day the pickers offer, `YYYY-MM-DD`. */
  min: string;
  max: string;
  presets: readonly RangePreset[];
  /** How many events the range holds, and how many there are, for the status line. */
  matching: number;
  total: number;
}

type Draft = { from: string; to: string };

const draftOf = (range: DayRange): Draft => ({ from: range.from ?? "", to: range.to ?? "" });
const sameRange = (a: DayRange, b: DayRange) => a.from === b.from && a.to === b.to;

/**
 * Two date pickers, presets and Clear. The pickers keep what the reader typed even when it is not
 * yet a usable range (From after To), so a half-made change is not thrown away; only usable ranges
 * reach `onRangeChange`.
 */
export function TimelineRangeFilter({ range, onRangeChange, min, max, presets, matching, total }: TimelineRangeFilterProps) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => draftOf(range));
  // When the range changes from outside (URL, Clear, a preset), the pickers follow it.
  const [shown, setShown] = useState<DayRange>(range);
  if (!sameRange(shown, range)) {
    setShown(range);
    setDraft(draftOf(range));
  }
  const problem = problemOf(draft);

  const change = (next: Draft) => {
    setDraft(next);
    if (problemOf(next) === null) onRangeChange({ from: next.from || null, to: next.to || null });
  };
  const choose = (next: DayRange) => {
    setDraft(draftOf(next));
    onRangeChange(next);
  };
  const isOpen = range.from === null && range.to === null;

  return (
    <div className="timeline-filter">
      <fieldset className="timeline-filter__dates">
        <legend>Show events between</legend>
        <label>
          From
          <input
            type="date" value={draft.from} min={min} max={draft.to || max}
            aria-invalid={problem !== null || undefined} aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => change({ ...draft, from: event.target.value })}
          />
        </label>
        <label>
          To
          <input
            type="date" value={draft.to} min={draft.from || min} max={max}
            aria-invalid={problem !== null || undefined} aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => change({ ...draft, to: event.target.value })}
          />
        </label>
        <button type="button" className="timeline-filter__button" onClick={() => choose(OPEN_RANGE)} disabled={isOpen && draft.from === "" && draft.to === ""}>
          Clear
        </button>
      </fieldset>
      {presets.length > 0 && (
        <div className="timeline-filter__presets" role="group" aria-label="Quick ranges">
          {presets.map((preset) => (
            <button
              key={preset.label} type="button" className="timeline-filter__button"
              aria-pressed={sameRange(preset.range, range)} onClick={() => choose(preset.range)}
            >
              {preset.label}
            </button>
          ))}
        </div>
      )}
      {problem && <p id={`${id}-problem`} className="timeline-filter__problem" role="alert">{problem}</p>}
      <p className="timeline-filter__status" role="status">
        {isOpen ? `All ${total} events` : `${matching} of ${total} events in the chosen dates`}
      </p>
    </div>
  );
}

/** What stops the pickers' days from being a range, as a sentence; null when they are one. */
function problemOf(draft: Draft): string | null {
  if (draft.from !== "" && parseDay(draft.from) === null) return "From is not a day in the calendar.";
  if (draft.to !== "" && parseDay(draft.to) === null) return "To is not a day in the calendar.";
  if (draft.from !== "" && draft.to !== "" && draft.from > draft.to) return "From is after To: choose an earlier From or a later To.";
  return null;
}
