import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StoryJson } from "./mapPage";

/**
 * A smaller story made from the first one: only the given places, and the passages and events
 * about them (with their references to other places dropped), fitted to its own places.
 * @param story - the first story, parsed (readStory())
 * @param placeIds - the places to keep
 * @param title - the new headline, so a test can tell the stories apart
 */
export function storyWithPlaces(story: StoryJson, placeIds: readonly string[], title: string): StoryJson {
  const keep = new Set(placeIds);
  const copy = structuredClone(story) as StoryJson & { article: { title: string; textFile?: string }; view?: { bounds?: unknown } };
  copy.id = "other";
  copy.article.title = title;
  delete copy.article.textFile;
  delete copy.view?.bounds;
  copy.places.features = copy.places.features.filter((feature) => keep.has(feature.id));
  copy.passages = copy.passages
    .map((passage) => ({ ...passage, places: passage.places.filter((id) => keep.has(id)) }))
    .filter((passage) => passage.places.length > 0);
  const passageIds = new Set(copy.passages.map((passage) => passage.id));
  copy.events = (copy.events as Array<StoryJson["events"][number] & { passages: string[] }>)
    .map((event) => ({ ...event, places: event.places.filter((id) => keep.has(id)), passages: event.passages.filter((id) => passageIds.has(id)) }))
    .filter((event) => event.places.length > 0);
  return copy;
}

/** A temporary folder of story files for the server to mount; `remove()` deletes it. */
export function storyFolder(files: Record<string, string>): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), "article-map-stories-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(path, name), text);
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}
