import type { Bounds } from "../geo/bounds";
import type { Briefing } from "./briefing";
import type { ParseResult, PartsResult } from "./parseStory";
import type { EventData, PassageData, PlaceFeatureData, PlacePrecision, StoryFile } from "./schema";

/** A place as the views need it: its feature's properties flattened, with its story links. */
export interface Place {
  id: string;
  name: string;
  /** `unspecified` for places from plain GeoJSON, which does not say how exact a position is. */
  precision: PlacePrecision | "unspecified";
  /** Whether the article names it; null for plain GeoJSON, which has no article. */
  origin: PlaceFeatureData["properties"]["origin"] | null;
  aliases: string[];
  description: string | undefined;
  geometry: PlaceFeatureData["geometry"];
  /** The box around its geometry, [west, south, east, north]; null when it has none. Made with the story, off the page's thread. */
  box: Bounds | null;
  /** Where a marker or label for the place sits: the point itself, or an area's label point. */
  anchor: [number, number] | null;
  sources: NonNullable<PlaceFeatureData["properties"]["sources"]>;
  /** How the article refers to the place, verbatim. */
  mentions: string[];
  /** ISO numeric codes of the Natural Earth countries the shape is made of. */
  countryIds: string[];
  /** A plain GeoJSON feature's own properties, as name and text pairs to show. */
  properties: Array<[string, string]>;
}

/** What a story holds besides its places; plain GeoJSON has no article. */
export type StoryData = Omit<StoryFile, "article" | "places"> & { article: StoryFile["article"] | null };

/** The validated story with the lookups every view uses, built once. */
export interface Story {
  file: StoryData;
  /** The headline, or a plain GeoJSON file's name. */
  title: string;
  places: Place[];
  placeById: ReadonlyMap<string, Place>;
  passagesForPlace: (placeId: string) => PassageData[];
  eventsForPlace: (placeId: string) => EventData[];
  passageById: ReadonlyMap<string, PassageData>;
  /** The story's own briefing, or one made from its events; never without steps. */
  briefing: Briefing;
}

/**
 * What validation yields: plain data, so it can cross from the worker that validates to the page
 * (structured clone keeps no functions), where {@link buildStory} adds the lookups.
 */
export interface StoryParts {
  /** The story's article, passages, events and briefing, all checked. */
  file: StoryData;
  /** Its places, checked. */
  places: Place[];
  /** What to call it: the headline, or a plain GeoJSON file's name. */
  title: string;
  /** The story's own briefing, or one made from its events (see briefingFor). */
  briefing: Briefing;
}

/**
 * Builds the lookups of a story that passed validation.
 * @param placeById - its places by id, when made already (storyParser.ts makes it as they arrive)
 * @returns the model the views read
 */
export function buildStory({ file, places, title, briefing }: StoryParts, placeById: ReadonlyMap<string, Place> = byId(places)): Story {
  const passagesByPlace = groupBy(file.passages, (passage) => passage.places);
  const eventsByPlace = groupBy(file.events, (event) => event.places);
  return {
    file,
    title,
    places,
    placeById,
    passagesForPlace: (placeId) => passagesByPlace.get(placeId) ?? [],
    eventsForPlace: (placeId) => eventsByPlace.get(placeId) ?? [],
    passageById: byId(file.passages),
    briefing,
  };
}

/** Adds the lookups to a validated story's parts, or passes its problems on. */
export function storyFromParts(result: PartsResult, placeById?: ReadonlyMap<string, Place>): ParseResult {
  return result.ok ? { ok: true, story: buildStory(result.parts, placeById), skipped: result.skipped } : result;
}

// Loops rather than new Map(items.map(...)): for 100,000 places the pairs' garbage alone cost
// the page tens of milliseconds of collection in the task that shows the story.
function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items) index.set(item.id, item);
  return index;
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/** Human name of a place precision, for popups and lists. */
export const PRECISION_LABELS: Record<Place["precision"], string> = {
  building: "Building",
  site: "Site",
  city: "City or town",
  region: "Region",
  country: "Country",
  "off-earth": "Off Earth",
  unspecified: "Place",
};
