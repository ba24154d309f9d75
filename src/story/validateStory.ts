import * as z from "zod";
import { checkBriefingStep, checkDateAt, checkPassage, checkPlace } from "./checkStory";
import { placeFromFeature } from "./placeFromFeature";
import type { ValidatedResult } from "./parseStory";
import { formatPath, problem, type StoryProblem } from "./problems";
import {
  Briefing, BriefingStep, Credit, Event, Passage, PlaceFeature, StoryShell, StorySchema,
  type BriefingData, type BriefingStepData, type EventData, type PassageData, type PlaceFeatureData,
} from "./schema";
import type { Unsafe } from "./readJson";
import { problemsFromIssues } from "./zodProblems";

/** The item (place, passage, event or briefing step) a path lies in, or null for the rest of the file. */
function itemPath(at: readonly PropertyKey[]): string | null {
  if (at[0] === "places" && at[1] === "features" && typeof at[2] === "number") return formatPath(at.slice(0, 3));
  if (at[0] === "briefing" && at[1] === "steps" && typeof at[2] === "number") return formatPath(at.slice(0, 3));
  if ((at[0] === "passages" || at[0] === "events") && typeof at[1] === "number") return formatPath(at.slice(0, 2));
  return null;
}

const plain = ({ path, message }: StoryProblem): StoryProblem => ({ path, message });

/** Ids of items that were left out, with where they stand in the file, so references can say so. */
type LeftOut = Map<string, string>;

/**
 * Validates a parsed story file item by item: what makes the file unusable (its top-level shape,
 * the article) stops it; a bad place, passage or event is left out and reported, and so is a
 * reference to an item that was left out, a bad first view, a bad credit and a bad briefing step
 * (or the whole briefing, when its shape is broken).
 * @param json - the parsed file
 * @param unsafe - prototype keys, repeated keys and non-finite numbers found in it, with their paths
 * @returns the story and what was skipped, or the problems that stop it
 */
export function validateStory(json: unknown, unsafe: Unsafe): ValidatedResult {
  // The story is worth showing without these, so an unsafe value in one leaves out only that part.
  const optional = ["view", "credits", "briefing"];
  const fatalUnsafe = unsafe.filter((each) => itemPath(each.at) === null && !optional.includes(String(each.at[0])));
  const shell = StoryShell.extend({ view: z.unknown().optional(), credits: z.array(z.unknown()).optional(), briefing: z.unknown().optional() })
    .safeParse(json, { reportInput: true });
  if (fatalUnsafe.length > 0 || !shell.success) {
    return { ok: false, problems: [...fatalUnsafe.map(plain), ...(shell.success ? [] : problemsFromIssues(shell.error.issues, json))] };
  }
  const file = shell.data;
  const published = checkDateAt(file.article.published, ["article", "published"]);
  if (published.length > 0) return { ok: false, problems: published };

  const skipped: StoryProblem[] = [];
  const view = StorySchema.shape.view.safeParse(file.view, { reportInput: true });
  const viewUnsafe = unsafe.filter((each) => each.at[0] === "view");
  if (!view.success || viewUnsafe.length > 0) {
    skipped.push(...viewUnsafe.map(plain), ...(view.success ? [] : problemsFromIssues(view.error.issues, file.view, ["view"])));
  }
  // A bad credit is left out like a bad item: the story is still worth showing without it.
  const credits = (file.credits ?? []).flatMap((value, index) => {
    const at = ["credits", index];
    const parsed = Credit.safeParse(value, { reportInput: true });
    const problems = [
      ...unsafe.filter((each) => formatPath(each.at.slice(0, 2)) === formatPath(at)).map(plain),
      ...(parsed.success ? [] : problemsFromIssues(parsed.error.issues, value, at)),
    ];
    skipped.push(...problems);
    return parsed.success && problems.length === 0 ? [parsed.data] : [];
  });
  const unsafeIn = (path: string) => unsafe.filter((each) => itemPath(each.at) === path).map(plain);
  const articleText = file.article.paragraphs.join("\n");
  const leftOut: LeftOut = new Map();

  const places = keepValid<PlaceFeatureData>(file.places.features, ["places", "features"], { skipped, leftOut, unsafeIn }, (value, at) => {
    const parsed = PlaceFeature.safeParse(value, { reportInput: true });
    if (!parsed.success) return { problems: problemsFromIssues(parsed.error.issues, value, at) };
    return { item: parsed.data, problems: checkPlace(parsed.data, at, articleText) };
  }).map(({ item }) => item);
  const placeIds = new Set(places.map((place) => place.id));

  const passages = keepValid<PassageData>(file.passages, ["passages"], { skipped, leftOut, unsafeIn }, (value, at) => {
    const parsed = Passage.safeParse(value, { reportInput: true });
    if (!parsed.success) return { problems: problemsFromIssues(parsed.error.issues, value, at) };
    return { item: parsed.data, problems: checkPassage(parsed.data, at, file.article.paragraphs) };
  }).flatMap(({ item: passage, at }) => {
    const kept = keepReferences(passage.places, placeIds, [...at, "places"], "place", leftOut, skipped);
    return kept.length > 0 ? [{ ...passage, places: kept }] : leaveOut(skipped, leftOut, passage.id, at, "it is about no place that is in the story");
  });
  const passageIds = new Set(passages.map((passage) => passage.id));

  const events = keepValid<EventData>(file.events, ["events"], { skipped, leftOut, unsafeIn }, (value, at) => {
    const parsed = Event.safeParse(value, { reportInput: true });
    if (!parsed.success) return { problems: problemsFromIssues(parsed.error.issues, value, at) };
    return { item: parsed.data, problems: checkDateAt(parsed.data.date, [...at, "date"]) };
  }).flatMap(({ item: event, at }) => {
    const kept = keepReferences(event.places, placeIds, [...at, "places"], "place", leftOut, skipped);
    const keptPassages = keepReferences(event.passages, passageIds, [...at, "passages"], "passage", leftOut, skipped);
    return kept.length > 0
      ? [{ ...event, places: kept, passages: keptPassages }]
      : leaveOut(skipped, leftOut, event.id, at, "it happened at no place that is in the story");
  });

  const built = places.map(placeFromFeature);
  const known = { placeIds, passageIds, positioned: new Set(built.filter((place) => place.anchor).map((place) => place.id)) };
  const briefing = keepBriefing(file.briefing, known, { skipped, leftOut, unsafeIn }, unsafe);

  const { places: _places, ...rest } = file;
  return {
    ok: true,
    parts: {
      file: { ...rest, view: view.success ? view.data : undefined, credits: file.credits ? credits : undefined, passages, events, briefing },
      places: built,
      title: file.article.title,
    },
    skipped,
  };
}

interface Known {
  placeIds: ReadonlySet<string>;
  passageIds: ReadonlySet<string>;
  /** Places with a position, which a step's view can be fitted to. */
  positioned: ReadonlySet<string>;
}

/**
 * The story's own briefing with its bad steps and references left out; undefined when it has
 * none, or when its shape is broken at the top: a briefing only helps to present the story, so
 * it never stops it, and the one made from the events stands in.
 */
function keepBriefing(value: unknown, known: Known, ledger: Ledger, unsafe: Unsafe): BriefingData | undefined {
  if (value === undefined) return undefined;
  const { skipped, leftOut } = ledger;
  const outside = unsafe.filter((each) => each.at[0] === "briefing" && itemPath(each.at) === null).map(plain);
  const shell = Briefing.extend({ steps: z.array(z.unknown()) }).safeParse(value, { reportInput: true });
  if (!shell.success || outside.length > 0) {
    skipped.push(...outside, ...(shell.success ? [] : problemsFromIssues(shell.error.issues, value, ["briefing"])));
    skipped.push({ path: "briefing", message: "briefing was left out, so the briefing is made from the events" });
    return undefined;
  }
  // Step ids are their own namespace: a left-out step must not pass for a left-out place.
  const stepsLeftOut: LeftOut = new Map();
  const steps = keepValid<BriefingStepData>(shell.data.steps, ["briefing", "steps"], { ...ledger, leftOut: stepsLeftOut }, (each, at) => {
    const parsed = BriefingStep.safeParse(each, { reportInput: true });
    if (!parsed.success) return { problems: problemsFromIssues(parsed.error.issues, each, at) };
    return { item: parsed.data, problems: checkBriefingStep(parsed.data, at) };
  }).flatMap(({ item: step, at }) => {
    const viewPlaces = step.view.places && keepReferences(step.view.places, known.placeIds, [...at, "view", "places"], "place", leftOut, skipped);
    let place = step.place;
    if (place !== undefined && !known.placeIds.has(place)) {
      skipped.push(missingReference(place, [...at, "place"], "place", leftOut));
      place = undefined;
    }
    const passages = step.passages && keepReferences(step.passages, known.passageIds, [...at, "passages"], "passage", leftOut, skipped);
    if (viewPlaces?.length === 0) return leaveOut(skipped, stepsLeftOut, step.id, at, "its view shows no place that is in the story");
    if (viewPlaces && !viewPlaces.some((id) => known.positioned.has(id))) {
      return leaveOut(skipped, stepsLeftOut, step.id, at, "its view shows no place that has a position on the map");
    }
    return [{ ...step, view: { ...step.view, places: viewPlaces }, place, passages }];
  });
  if (steps.length === 0 && shell.data.steps.length > 0) {
    skipped.push({ path: "briefing.steps", message: "briefing.steps has no step left, so the briefing is made from the events" });
  }
  return { ...shell.data, steps };
}

type Check<T> = (value: unknown, at: PropertyKey[]) => { item?: T; problems: StoryProblem[] };
interface Ledger {
  skipped: StoryProblem[];
  leftOut: LeftOut;
  unsafeIn: (path: string) => StoryProblem[];
}

/** Keeps the items that pass their checks and have an id not used before; reports the rest. */
function keepValid<T extends { id: string }>(values: readonly unknown[], at: PropertyKey[], ledger: Ledger, check: Check<T>) {
  const firstWith = new Map<string, string>();
  return values.flatMap((value, index) => {
    const itemAt = [...at, index];
    const { item, problems } = check(value, itemAt);
    const all = [...ledger.unsafeIn(formatPath(itemAt)), ...problems];
    const earlier = item ? firstWith.get(item.id) : undefined;
    if (item && all.length === 0 && earlier) all.push(problem([...itemAt, "id"], item.id, `ids must be unique and ${earlier} already has it`));
    if (all.length > 0 || !item) {
      ledger.skipped.push(...all);
      const rawId = (value as { id?: unknown } | null)?.id;
      if (typeof rawId === "string" && !earlier && !ledger.leftOut.has(rawId)) ledger.leftOut.set(rawId, formatPath(itemAt));
      return [];
    }
    firstWith.set(item.id, formatPath(itemAt));
    return [{ item, at: itemAt }];
  });
}

function keepReferences(
  ids: readonly string[], known: ReadonlySet<string>, at: PropertyKey[], kind: string, leftOut: LeftOut, skipped: StoryProblem[],
): string[] {
  return ids.filter((id, index) => {
    if (known.has(id)) return true;
    skipped.push(missingReference(id, [...at, index], kind, leftOut));
    return false;
  });
}

function missingReference(id: string, at: PropertyKey[], kind: string, leftOut: LeftOut): StoryProblem {
  const where = leftOut.get(id);
  return problem(at, id, where ? `the ${kind} with that id was left out (${where})` : `no ${kind} in the story has that id`);
}

function leaveOut(skipped: StoryProblem[], leftOut: LeftOut, id: string, at: PropertyKey[], reason: string): [] {
  const path = formatPath(at);
  if (!leftOut.has(id)) leftOut.set(id, path);
  skipped.push({ path, message: `${path} was left out: ${reason}` });
  return [];
}
