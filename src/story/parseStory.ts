import { readJson, findUnsafeValues } from "./readJson";
import { storyFromParts, type Story, type StoryParts } from "./model";
import type { StoryProblem } from "./problems";
import { isPlainGeoJson, validatePlainGeoJson } from "./geojsonStory";
import { validateStory } from "./validateStory";
import { briefingFor } from "./briefing";

/**
 * A story that loaded, with the items that had to be left out (each named with its problem), or
 * the problems that stop the whole file from loading.
 */
export type ParseResult =
  | { ok: true; story: Story; skipped: StoryProblem[] }
  | { ok: false; problems: StoryProblem[] };

/** {@link ParseResult} before the lookups are built: plain data, as a worker can send it. */
export type PartsResult<Parts = StoryParts> =
  | { ok: true; parts: Parts; skipped: StoryProblem[] }
  | { ok: false; problems: StoryProblem[] };

/** What the validators return: the parts, before the briefing is settled. */
export type ValidatedResult = PartsResult<Omit<StoryParts, "briefing">>;

/**
 * Turns the text of a story file into validated plain data. Never throws: every problem comes
 * back as a sentence with its JSON path.
 * @param text - the file's contents
 * @returns the story's parts and what was left out of it, or the problems that stop it from loading
 * @example parseStoryParts('{"format": "article-map/story"}') // { ok: false, problems: [...] }
 */
export function parseStoryParts(text: string): PartsResult {
  const json = readJson(text);
  if (!json.ok) return json;
  if ((json.value as { type?: unknown } | null)?.type === "Feature") {
    return { ok: false, problems: [{ path: "the file", message: 'the file is a single GeoJSON Feature, but only a story or a GeoJSON FeatureCollection can be loaded; put the feature in {"type": "FeatureCollection", "features": [...]}' }] };
  }
  const unsafe = [...findUnsafeValues(json.value), ...json.repeatedKeys];
  const result = isPlainGeoJson(json.value) ? validatePlainGeoJson(json.value, unsafe) : validateStory(json.value, unsafe);
  if (!result.ok) return result;
  const { file, places, title } = result.parts;
  return { ...result, parts: { ...result.parts, briefing: briefingFor(file, places, title) } };
}

/**
 * Turns the text of a story file into the validated model, on the thread that calls it.
 * @example parseStory('{"format": "article-map/story"}') // { ok: false, problems: [...] }
 */
export function parseStory(text: string): ParseResult {
  return storyFromParts(parseStoryParts(text));
}
