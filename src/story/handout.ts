import { boundsForPlaces } from "../geo/stepBounds";
import type { Bounds } from "../geo/bounds";
import type { BriefingStep } from "./briefing";
import type { Place, Story } from "./model";
import type { EventData, SourceData } from "./schema";
import { dateInRange, eventInterval, placesWithEventsInRange } from "./timeline";

/** A step that frames no place on the map shows the world, as the briefing's overview does. */
const WORLD_BOUNDS: Bounds = [-180, -60, 180, 75];

/**
 * The places a step is about: those its view frames, and its own place.
 * @example stepPlaceIds({ view: { kind: "bounds", bounds: [53, 48, 61.5, 52.5] }, place: "aktobe", ... }) // ["aktobe"]
 */
export function stepPlaceIds(step: BriefingStep): string[] {
  const framed = step.view.kind === "places" ? step.view.places : [];
  return [...new Set([...framed, ...(step.place ? [step.place] : [])])];
}

/**
 * The box a step's printed map shows, as the briefing frames it.
 * @returns [west, south, east, north]; the world when the step names no place with a position
 */
export function stepBox(story: Story, step: BriefingStep): Bounds {
  if (step.view.kind === "bounds") return step.view.bounds;
  return boundsForPlaces(step.view.places.flatMap((id) => story.placeById.get(id) ?? [])) ?? WORLD_BOUNDS;
}

/**
 * The places a step's map draws: those the briefing shows at that step (the places with events in
 * its range, or all of them) and the step's own, each with a position.
 */
export function stepMapPlaces(story: Story, step: BriefingStep): Place[] {
  const shown = step.range ? new Set([...placesWithEventsInRange(story, step.range), ...stepPlaceIds(step)]) : null;
  return story.places.filter((place) => place.anchor !== null && (!shown || shown.has(place.id)));
}

/**
 * What happened at a step's places, within its range when it has one, in time order.
 * @example stepEvents(aktobe, washingtonStep).map((event) => event.id) // ["rosenblum-testimony"]
 */
export function stepEvents(story: Story, step: BriefingStep): EventData[] {
  const ids = new Set(stepPlaceIds(step).flatMap((placeId) => story.eventsForPlace(placeId).map((event) => event.id)));
  return story.file.events
    .filter((event) => ids.has(event.id) && (!step.range || dateInRange(event.date, step.range)))
    .map((event) => ({ event, ...eventInterval(event.date) }))
    // Array sort is stable: events at the same time keep the file's order, as on the timeline.
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ event }) => event);
}

/**
 * The sources of some events, each once (the same title, publisher and link), in order of first use.
 * @returns the sources, and for each event the positions (from 0) of its sources in that list
 */
export function sourcesOf(events: readonly EventData[]): { sources: SourceData[]; indexes: Map<string, number[]> } {
  const sources: SourceData[] = [];
  const keys: string[] = [];
  const indexes = new Map<string, number[]>();
  for (const event of events) {
    indexes.set(event.id, event.sources.map((source) => {
      const key = JSON.stringify([source.title, source.publisher ?? "", source.url ?? ""]);
      if (!keys.includes(key)) {
        keys.push(key);
        sources.push(source);
      }
      return keys.indexOf(key);
    }));
  }
  return { sources, indexes };
}
