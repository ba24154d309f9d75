import { checkDate } from "./dates";
import { problem, type StoryProblem } from "./problems";
import type { DateSpecData, PlaceGeometry, StoryFile } from "./schema";

/**
 * Checks what a schema cannot: unique ids, references between places, passages and events,
 * quotes that are verbatim in their paragraph, closed polygon rings and dates that fit their
 * precision.
 * @param story - a file that already matches the schema
 * @returns every problem found, empty when the story is consistent
 */
export function checkStory(story: StoryFile): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const placeIds = uniqueIds(story.places.features, ["places", "features"], problems);
  const passageIds = uniqueIds(story.passages, ["passages"], problems);
  uniqueIds(story.events, ["events"], problems);

  checkDateAt(story.article.published, ["article", "published"], problems);

  const articleText = story.article.paragraphs.join("\n");
  story.places.features.forEach((feature, index) => {
    const at = ["places", "features", index, "properties"];
    const mentions = feature.properties.mentions ?? [];
    if (feature.properties.origin === "article" && mentions.length === 0) {
      problems.push(problem([...at, "mentions"], feature.properties.mentions,
        "a place the article names needs at least one mention, as the article writes it"));
    }
    mentions.forEach((mention, mentionIndex) => {
      if (!articleText.includes(mention)) {
        problems.push(problem([...at, "mentions", mentionIndex], mention, "a mention must appear verbatim in the article"));
      }
    });
    if (feature.geometry) checkRings(feature.geometry, ["places", "features", index, "geometry", "coordinates"], problems);
  });

  story.passages.forEach((passage, index) => {
    const at = ["passages", index];
    const paragraph = story.article.paragraphs[passage.paragraph - 1];
    if (paragraph === undefined) {
      problems.push(problem([...at, "paragraph"], passage.paragraph,
        `the article has ${story.article.paragraphs.length} paragraphs`));
    } else if (!paragraph.includes(passage.quote)) {
      problems.push(problem([...at, "quote"], passage.quote,
        `a quote must appear verbatim in paragraph ${passage.paragraph}`));
    }
    checkReferences(passage.places, placeIds, [...at, "places"], "place", problems);
  });

  story.events.forEach((event, index) => {
    const at = ["events", index];
    checkDateAt(event.date, [...at, "date"], problems);
    checkReferences(event.places, placeIds, [...at, "places"], "place", problems);
    checkReferences(event.passages, passageIds, [...at, "passages"], "passage", problems);
  });
  return problems;
}

function uniqueIds(items: ReadonlyArray<{ id: string }>, at: PropertyKey[], problems: StoryProblem[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) problems.push(problem([...at, index, "id"], item.id, "ids must be unique and it is used before"));
    seen.add(item.id);
  });
  return seen;
}

function checkReferences(ids: readonly string[], known: Set<string>, at: PropertyKey[], kind: string, problems: StoryProblem[]): void {
  ids.forEach((id, index) => {
    if (!known.has(id)) problems.push(problem([...at, index], id, `no ${kind} has that id`));
  });
}

function checkDateAt(date: DateSpecData, at: PropertyKey[], problems: StoryProblem[]): void {
  for (const { field, message } of checkDate(date)) problems.push(problem([...at, field], date[field], message));
}

function checkRings(geometry: PlaceGeometry, at: PropertyKey[], problems: StoryProblem[]): void {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates]
    : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  polygons.forEach((rings, polygonIndex) => {
    rings.forEach((ring, ringIndex) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first && last && (first[0] !== last[0] || first[1] !== last[1])) {
        const path = geometry.type === "Polygon" ? [...at, ringIndex] : [...at, polygonIndex, ringIndex];
        problems.push(problem([...path, ring.length - 1], last, `a ring must end where it starts, at ${JSON.stringify(first)}`));
      }
    });
  });
}
