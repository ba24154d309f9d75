import type { Place, StoryData } from "./model";
import type { BriefingStepData, EventData } from "./schema";
import type { DayRange } from "./dayRange";
import { DAY_MS, dayOf, eventInterval } from "./timeline";

/** Where the map goes for a step: fitted to places (those with a position), or to a box. */
export type BriefingView =
  | { kind: "places"; places: string[] }
  | { kind: "bounds"; bounds: [number, number, number, number] };

/** One screen of a briefing: what the map shows, what is read out, and what the presenter says. */
export interface BriefingStep {
  id: string;
  title: string;
  view: BriefingView;
  /** The place whose popup opens, or null for none. */
  place: string | null;
  /** Ids of the passages shown large, in order. */
  passages: string[];
  /** The days the map and the timeline narrow to, or null to narrow nothing. */
  range: DayRange | null;
  /** Speaker notes as plain text, possibly several lines; "" when there are none. */
  notes: string;
}

/** An ordered list of steps a presenter goes through in a briefing room. */
export interface Briefing {
  title: string;
  steps: BriefingStep[];
  /** True when the story has no briefing of its own and these steps were made from its events. */
  generated: boolean;
}

/** The id of a generated briefing's first step; event steps are `event-<event id>`, so none can take it. */
export const OVERVIEW_STEP_ID = "overview";
/** The overview of a story with no place on the map: the world, as the map's first view falls back to. */
const WORLD_BOUNDS: [number, number, number, number] = [-180, -60, 180, 75];

/**
 * The briefing of a story: its own when it has at least one step; otherwise an overview of
 * every place on the map followed by one step per event, in the timeline's order.
 * @param file - the checked story, whose briefing (if any) already has only valid steps and references
 * @param places - its places
 * @param title - the story's title, which an overview step and a briefing without a title take
 * @returns a briefing with at least one step
 * @example briefingFor(geojsonStory.file, geojsonStory.places, "Rivers").steps.map((step) => step.id) // ["overview"]
 */
export function briefingFor(file: StoryData, places: readonly Place[], title: string): Briefing {
  const own = file.briefing;
  if (own && own.steps.length > 0) return { title: own.title ?? title, steps: own.steps.map(stepFromData), generated: false };
  const positioned = new Set(places.filter((place) => place.anchor !== null).map((place) => place.id));
  const overview: BriefingStep = {
    id: OVERVIEW_STEP_ID,
    title,
    view: positioned.size > 0 ? { kind: "places", places: [...positioned] } : { kind: "bounds", bounds: WORLD_BOUNDS },
    place: null,
    passages: [],
    range: null,
    notes: "",
  };
  const eventSteps = inTimeOrder(file.events).map(({ event, start, end }): BriefingStep => {
    const onMap = event.places.filter((id) => positioned.has(id));
    return {
      id: `event-${event.id}`,
      title: event.title,
      // The map cannot be fitted to places without a position, so such an event shows the whole story.
      view: onMap.length > 0 ? { kind: "places", places: [...event.places] } : overview.view,
      place: onMap[0] ?? null,
      passages: [...event.passages],
      // An instant (a minute date) has end === start; its day is the one it falls on.
      range: { from: dayOf(start), to: dayOf(Math.max(start, end - DAY_MS)) },
      notes: event.summary ?? "",
    };
  });
  return { title, steps: [overview, ...eventSteps], generated: true };
}

function stepFromData(step: BriefingStepData): BriefingStep {
  const { places, bounds } = step.view;
  return {
    id: step.id,
    title: step.title,
    view: bounds ? { kind: "bounds", bounds } : { kind: "places", places: places ?? [] },
    place: step.place ?? null,
    passages: step.passages ?? [],
    range: step.range ?? null,
    notes: step.notes ?? "",
  };
}

/** Events as the timeline orders them: by start, then by end; ties keep the file's order. */
function inTimeOrder(events: readonly EventData[]): Array<{ event: EventData; start: number; end: number }> {
  return events
    .map((event) => ({ event, ...eventInterval(event.date) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
}
