import { checkDate } from "./checkDate";
import { parseDay } from "./dates";
import { problem, type StoryProblem } from "./problems";
import type { BriefingStepData, DateSpecData, PassageData, PlaceFeatureData, PlaceGeometry } from "./schema";

/**
 * Checks on single items that a schema cannot express. Each returns the item's problems, with
 * paths from the top of the file; an item with any problem is left out of the story.
 */

/** Dates must fit their precision. */
export function checkDateAt(date: DateSpecData, at: PropertyKey[]): StoryProblem[] {
  return checkDate(date).map(({ field, message }) => problem([...at, field], date[field], message));
}

/** Rings must be closed, and the article's mentions of a place must be in the article. */
export function checkPlace(feature: PlaceFeatureData, at: PropertyKey[], articleText: string | null): StoryProblem[] {
  const problems = feature.geometry ? checkRings(feature.geometry, [...at, "geometry", "coordinates"]) : [];
  if (articleText === null) return problems;
  const mentions = feature.properties.mentions ?? [];
  const propertiesAt = [...at, "properties"];
  if (feature.properties.origin === "article" && mentions.length === 0) {
    problems.push(problem([...propertiesAt, "mentions"], feature.properties.mentions,
      "a place the article names needs at least one mention, as the article writes it"));
  }
  mentions.forEach((mention, index) => {
    if (!articleText.includes(mention)) {
      problems.push(problem([...propertiesAt, "mentions", index], mention, "a mention must appear verbatim in the article"));
    }
  });
  return problems;
}

/** A passage must quote its paragraph word for word. */
export function checkPassage(passage: PassageData, at: PropertyKey[], paragraphs: readonly string[]): StoryProblem[] {
  const paragraph = paragraphs[passage.paragraph - 1];
  if (paragraph === undefined) {
    return [problem([...at, "paragraph"], passage.paragraph, `the article has ${paragraphs.length} paragraphs`)];
  }
  if (!paragraph.includes(passage.quote)) {
    return [problem([...at, "quote"], passage.quote, `a quote must appear verbatim in paragraph ${passage.paragraph}`)];
  }
  return [];
}

/** A step's view is either places or bounds, its bounds a box the right way round, its range real days in order. */
export function checkBriefingStep(step: BriefingStepData, at: PropertyKey[]): StoryProblem[] {
  const problems: StoryProblem[] = [];
  const viewAt = [...at, "view"];
  if ((step.view.places === undefined) === (step.view.bounds === undefined)) {
    problems.push(problem(viewAt, step.view, "a view needs exactly one of places and bounds"));
  }
  const bounds = step.view.bounds;
  if (bounds && bounds[0] >= bounds[2]) {
    problems.push(problem([...viewAt, "bounds", 2], bounds[2],
      `east must be greater than west (${bounds[0]}); a view across the antimeridian is not supported`));
  }
  if (bounds && bounds[1] >= bounds[3]) {
    problems.push(problem([...viewAt, "bounds", 3], bounds[3], `north must be greater than south (${bounds[1]})`));
  }
  const { range } = step;
  if (!range) return problems;
  const readDay = (side: "from" | "to") => {
    const text = range[side];
    const day = text === null ? null : parseDay(text);
    if (text !== null && day === null) problems.push(problem([...at, "range", side], text, "there is no such day in the calendar"));
    return day;
  };
  const [from, to] = [readDay("from"), readDay("to")];
  if (from !== null && to !== null && to < from) {
    problems.push(problem([...at, "range", "to"], range.to, `the last day must not be before the first (${range.from})`));
  }
  return problems;
}

function checkRings(geometry: PlaceGeometry, at: PropertyKey[]): StoryProblem[] {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  return polygons.flatMap((rings, polygonIndex) =>
    rings.flatMap((ring, ringIndex) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || !last || (first[0] === last[0] && first[1] === last[1])) return [];
      const path = geometry.type === "Polygon" ? [...at, ringIndex] : [...at, polygonIndex, ringIndex];
      return [problem([...path, ring.length - 1], last, `a ring must end where it starts, at ${JSON.stringify(first)}`)];
    }),
  );
}
