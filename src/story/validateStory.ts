import { checkDateAt, checkPassage, checkPlace } from "./checkStory";
import { buildStory, placeFromFeature } from "./model";
import type { ParseResult } from "./parseStory";
import { formatPath, problem, type StoryProblem } from "./problems";
import { Event, Passage, PlaceFeature, StoryShell, type EventData, type PassageData, type PlaceFeatureData } from "./schema";
import { problemsFromIssues } from "./zodProblems";

type Unsafe = ReadonlyArray<StoryProblem & { at: PropertyKey[] }>;

/** Problems found outside any single item, which stop the whole file. */
function itemIndex(at: readonly PropertyKey[]): string | null {
  if (at[0] === "places" && at[1] === "features" && typeof at[2] === "number") return formatPath(at.slice(0, 3));
  if ((at[0] === "passages" || at[0] === "events") && typeof at[1] === "number") return formatPath(at.slice(0, 2));
  return null;
}

/**
 * Validates a parsed story file item by item: what makes the file unusable (its top-level shape,
 * the article) stops it; a bad place, passage or event is left out and reported, and so is a
 * reference to an item that was left out.
 * @param json - the parsed file
 * @param unsafe - prototype keys and non-finite numbers found in it, with their paths
 * @returns the story and what was skipped, or the problems that stop it
 */
export function validateStory(json: unknown, unsafe: Unsafe): ParseResult {
  const fatalUnsafe = unsafe.filter((each) => itemIndex(each.at) === null);
  const shell = StoryShell.safeParse(json, { reportInput: true });
  if (fatalUnsafe.length > 0 || !shell.success) {
    return { ok: false, problems: [...fatalUnsafe, ...(shell.success ? [] : problemsFromIssues(shell.error.issues, json))] };
  }
  const file = shell.data;
  const published = checkDateAt(file.article.published, ["article", "published"]);
  if (published.length > 0) return { ok: false, problems: published };

  const skipped: StoryProblem[] = [];
  const unsafeIn = (path: string) => unsafe.filter((each) => itemIndex(each.at) === path);
  const articleText = file.article.paragraphs.join("\n");

  const places = keepValid<PlaceFeatureData>(file.places.features, ["places", "features"], skipped, unsafeIn, (value, at) => {
    const parsed = PlaceFeature.safeParse(value, { reportInput: true });
    if (!parsed.success) return { problems: problemsFromIssues(parsed.error.issues, value, at) };
    return { item: parsed.data, problems: checkPlace(parsed.data, at, articleText) };
  }).map(({ item }) => item);
  const placeIds = new Set(places.map((place) => place.id));

  const passages = keepValid<PassageData>(file.passages, ["passages"], skipped, unsafeIn, (value, at) => {
    const parsed = Passage.safeParse(value, { reportInput: true });
    if (!parsed.success) return { problems: problemsFromIssues(parsed.error.issues, value, at) };
    return { item: parsed.data, problems: checkPassage(parsed.data, at, file.article.paragraphs) };
  }).flatMap(({ item: passage, at }) => {
    const kept = keepReferences(passage.places, placeIds, [...at, "places"], "place", skipped);
    return kept.length > 0 ? [{ ...passage, places: kept }] : leaveOut(skipped, at, "it is about no place that is in the story");
  });
  const passageIds = new Set(passages.map((passage) => passage.id));

  const events = keepValid<EventData>(file.events, ["events"], skipped, unsafeIn, (value, at) => {
    const parsed = Event.safeParse(value, { reportInput: true });
    if (!parsed.success) return { problems: problemsFromIssues(parsed.error.issues, value, at) };
    return { item: parsed.data, problems: checkDateAt(parsed.data.date, [...at, "date"]) };
  }).flatMap(({ item: event, at }) => {
    const kept = keepReferences(event.places, placeIds, [...at, "places"], "place", skipped);
    const keptPassages = keepReferences(event.passages, passageIds, [...at, "passages"], "passage", skipped);
    return kept.length > 0 ? [{ ...event, places: kept, passages: keptPassages }] : leaveOut(skipped, at, "it happened at no place that is in the story");
  });

  const { places: _places, ...rest } = file;
  const story = buildStory({ ...rest, passages, events }, places.map(placeFromFeature));
  return { ok: true, story, skipped };
}

type Check<T> = (value: unknown, at: PropertyKey[]) => { item?: T; problems: StoryProblem[] };

/** Keeps the items that pass their checks and have an id not used before; reports the rest. */
function keepValid<T extends { id: string }>(
  values: readonly unknown[], at: PropertyKey[], skipped: StoryProblem[], unsafeIn: (path: string) => Unsafe, check: Check<T>,
): Array<{ item: T; at: PropertyKey[] }> {
  const seen = new Set<string>();
  return values.flatMap((value, index) => {
    const itemAt = [...at, index];
    const { item, problems } = check(value, itemAt);
    const all = [...unsafeIn(formatPath(itemAt)), ...problems];
    if (item && all.length === 0 && seen.has(item.id)) all.push(problem([...itemAt, "id"], item.id, "ids must be unique and it is used before"));
    if (all.length > 0 || !item) {
      skipped.push(...all);
      return [];
    }
    seen.add(item.id);
    return [{ item, at: itemAt }];
  });
}

function keepReferences(ids: readonly string[], known: ReadonlySet<string>, at: PropertyKey[], kind: string, skipped: StoryProblem[]): string[] {
  return ids.filter((id, index) => {
    if (known.has(id)) return true;
    skipped.push(problem([...at, index], id, `no ${kind} in the story has that id`));
    return false;
  });
}

function leaveOut(skipped: StoryProblem[], at: PropertyKey[], reason: string): [] {
  const path = formatPath(at);
  skipped.push({ path, message: `${path} was left out: ${reason}` });
  return [];
}
