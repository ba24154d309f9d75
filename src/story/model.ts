import type { EventData, PassageData, PlaceFeatureData, PlacePrecision, StoryFile } from "./schema";

/** A place as the views need it: its feature's properties flattened, with its story links. */
export interface Place {
  id: string;
  name: string;
  precision: PlacePrecision;
  origin: PlaceFeatureData["properties"]["origin"];
  aliases: string[];
  description: string | undefined;
  geometry: PlaceFeatureData["geometry"];
  /** Where a marker or label for the place sits: the point itself, or an area's label point. */
  anchor: [number, number] | null;
  sources: NonNullable<PlaceFeatureData["properties"]["sources"]>;
  /** How the article refers to the place, verbatim. */
  mentions: string[];
  /** ISO numeric codes of the Natural Earth countries the shape is made of. */
  countryIds: string[];
}

/** The validated story with the lookups every view uses, built once. */
export interface Story {
  file: StoryFile;
  places: Place[];
  placeById: ReadonlyMap<string, Place>;
  passagesForPlace: (placeId: string) => PassageData[];
  eventsForPlace: (placeId: string) => EventData[];
  passageById: ReadonlyMap<string, PassageData>;
}

/**
 * Builds the lookups of a story that passed validation.
 * @param file - a story file that matches the schema and passed checkStory
 * @returns the model the views read
 */
export function buildStory(file: StoryFile): Story {
  const places = file.places.features.map(toPlace);
  const passagesByPlace = groupBy(file.passages, (passage) => passage.places);
  const eventsByPlace = groupBy(file.events, (event) => event.places);
  return {
    file,
    places,
    placeById: new Map(places.map((place) => [place.id, place])),
    passagesForPlace: (placeId) => passagesByPlace.get(placeId) ?? [],
    eventsForPlace: (placeId) => eventsByPlace.get(placeId) ?? [],
    passageById: new Map(file.passages.map((passage) => [passage.id, passage])),
  };
}

function toPlace(feature: PlaceFeatureData): Place {
  const { properties, geometry } = feature;
  return {
    id: feature.id,
    name: properties.name,
    precision: properties.precision,
    origin: properties.origin,
    aliases: properties.aliases ?? [],
    description: properties.description,
    geometry,
    anchor: anchorOf(feature),
    sources: properties.sources ?? [],
    mentions: properties.mentions ?? [],
    countryIds: properties.shapeFrom?.countries ?? [],
  };
}

function anchorOf(feature: PlaceFeatureData): [number, number] | null {
  const label = feature.properties.labelPoint;
  if (label) return [label[0], label[1]];
  if (feature.geometry?.type === "Point") return [feature.geometry.coordinates[0], feature.geometry.coordinates[1]];
  return null;
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return groups;
}

/** Human name of a place precision, for popups and lists. */
export const PRECISION_LABELS: Record<PlacePrecision, string> = {
  building: "Building",
  site: "Site",
  city: "City or town",
  region: "Region",
  country: "Country",
  "off-earth": "Off Earth",
};
