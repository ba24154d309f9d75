/**
 * The story file a draft makes, in the format README.md documents ("The story format"). Only
 * what the reader accepted goes in: a rejected or still-proposed mention or event never does.
 */
import type { PlacePrecision } from "../story/schema";
import type { Draft, DraftMention, DraftPlace } from "./draft";
import { GAZETTEER_CREDITS } from "./gazetteerCredits";
import { slug, uniqueIds } from "./ids";
import { paragraphSpans, sentenceAt, sentenceSpans, type Span } from "./sentences";

/** How exactly a point stands for each kind of place; anything smaller than a town is a site. */
const PRECISION: Partial<Record<DraftPlace["kind"], PlacePrecision>> = { country: "country", "admin-area": "region", region: "region", city: "city" };

const { geonames: GEONAMES, worldCountries: WORLD_COUNTRIES, usCensus: US_CENSUS, naturalEarth: NATURAL_EARTH } = GAZETTEER_CREDITS;

/** Where a place's position comes from, by the gazetteer's id conventions (src/geoparse/gazetteer.ts). */
function dataSources(place: DraftPlace): Array<(typeof GAZETTEER_CREDITS)[keyof typeof GAZETTEER_CREDITS]> {
  if (/^\d+$/.test(place.id)) return [GEONAMES];
  // Names from world-countries; the points of the larger countries are GeoNames' (scripts/geoparse/countryPoints.ts).
  if (place.kind === "country") return [WORLD_COUNTRIES, GEONAMES];
  if (place.kind === "admin-area" && place.id.startsWith("US-")) return [US_CENSUS];
  if (place.kind === "admin-area" && /^(?:CA|AU|BR)-/.test(place.id)) return [NATURAL_EARTH];
  return [];
}

interface StoryPlace {
  place: DraftPlace;
  id: string;
  mentions: string[];
}

/**
 * Builds the story object of a draft. It is not validated here: {@link saveDraft} (saveDraft.ts)
 * runs it through the app's validator.
 * - places: one per distinct place of an accepted mention, a point, its id a slug of its name
 *   (`-<country>` and then a number added when taken);
 * - passages: each sentence with an accepted mention, quoted whole from its paragraph;
 * - events: accepted events at one or more places that are in the story, with the passages of
 *   their sentence.
 */
export function storyFromDraft(draft: Draft): unknown {
  const paragraphs = paragraphSpans(draft.text);
  const sentences = sentenceSpans(draft.text);
  const accepted = draft.mentions.filter((mention) => mention.decision === "accepted" && sentenceAt(sentences, mention));
  const places = storyPlaces(draft.text, accepted);
  const placeId = (id: string) => places.get(id)?.id;

  const passageId = uniqueIds();
  const passages = sentences.flatMap((sentence) => {
    const inside = accepted.filter((mention) => sentenceAt([sentence], mention));
    if (inside.length === 0) return [];
    const quote = draft.text.slice(sentence.start, sentence.end);
    const ids = [...new Set(inside.flatMap((mention) => placeId(mention.place.id) ?? []))];
    const id = passageId(slug(quote.split(/\s+/).slice(0, 5).join(" "), "passage"));
    return [{ span: sentence, data: { id, paragraph: sentence.paragraph + 1, quote, places: ids } }];
  });

  const eventId = uniqueIds();
  const events = draft.events.flatMap((event) => {
    // The places the reader accepted in its own sentence: not a mention rejected there, nor one since moved.
    const ids = [...new Set(accepted.filter((mention) => overlaps(mention, event)).flatMap((mention) => placeId(mention.place.id) ?? []))];
    if (event.decision !== "accepted" || ids.length === 0) return [];
    const about = passages.filter(({ span }) => overlaps(span, event)).map(({ data }) => data.id);
    const { precision, start, end, approximate, asWritten } = event.date;
    return [{
      id: eventId(slug(event.id, "event")),
      title: event.title,
      date: { precision, start, ...(end === undefined ? {} : { end }), ...(approximate ? { approximate } : {}), ...(asWritten ? { asWritten } : {}) },
      origin: "article",
      places: ids,
      passages: about,
      sources: [],
    }];
  });

  const credits = [...new Set([...places.values()].flatMap(({ place }) => dataSources(place)))];
  return {
    format: "article-map/story",
    version: 1,
    id: slug(draft.title, "story", 50),
    article: {
      title: draft.title,
      source: { name: draft.source, ...(draft.sourceUrl === "" ? {} : { url: draft.sourceUrl }) },
      // Without a publication date the validator names what is missing: no date is made up.
      ...(draft.published === "" ? {} : { published: { precision: "day", start: draft.published, ...(draft.publishedApproximate ? { approximate: true } : {}) } }),
      paragraphs: paragraphs.map((span) => draft.text.slice(span.start, span.end)),
    },
    places: { type: "FeatureCollection", features: [...places.values()].map(feature) },
    passages: passages.map(({ data }) => data),
    events,
    ...(credits.length > 0 ? { credits } : {}),
  };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * The distinct places of the mentions, in the order the text first names them, with their ids
 * and the text's own words for them (read from the text, so they are verbatim whatever the draft says).
 */
function storyPlaces(text: string, mentions: readonly DraftMention[]): Map<string, StoryPlace> {
  const places = new Map<string, StoryPlace>();
  const distinct = [...new Map(mentions.map((mention) => [mention.place.id, mention.place])).values()];
  const bases = distinct.map((place) => slug(place.name, "place"));
  const nextId = uniqueIds();
  distinct.forEach((place, index) => {
    const base = bases[index] ?? "place";
    // Two Parises are told apart by country before a number.
    const shared = bases.filter((other) => other === base).length > 1 && place.country;
    const id = nextId(shared ? `${base}-${place.country!.toLowerCase()}` : base);
    const words = mentions.filter((mention) => mention.place.id === place.id).map((mention) => text.slice(mention.start, mention.end));
    places.set(place.id, { place, id, mentions: [...new Set(words)] });
  });
  return places;
}

function feature({ place, id, mentions }: StoryPlace) {
  const geonames = /^\d+$/.test(place.id);
  return {
    type: "Feature",
    id,
    geometry: { type: "Point", coordinates: [place.lng, place.lat] },
    properties: {
      name: place.name,
      precision: PRECISION[place.kind] ?? "site",
      origin: "article",
      mentions,
      ...(geonames ? { sources: [{ title: `GeoNames ${place.id}: ${place.name}`, publisher: "GeoNames", url: `https://www.geonames.org/${place.id}` }] } : {}),
    },
  };
}
