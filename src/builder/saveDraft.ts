/**
 * A draft as a story file the app will load in full: built, then checked by the app's own
 * validator, so the builder can never hand out a file that would lose an item on loading.
 */
import { parseStoryParts } from "../story/parseStory";
import type { StoryProblem } from "../story/problems";
import type { Draft } from "./draft";
import { storyFromDraft } from "./storyFromDraft";

export type SavedStory = { ok: true; json: string } | { ok: false; problems: StoryProblem[] };

/**
 * @returns the story file's text (JSON, two-space indented, ending with a newline), or every
 *   problem the validator found, including items it would leave out
 */
export function saveDraft(draft: Draft): SavedStory {
  const json = `${JSON.stringify(storyFromDraft(draft), null, 2)}\n`;
  const checked = parseStoryParts(json);
  if (!checked.ok) return checked;
  return checked.skipped.length > 0 ? { ok: false, problems: checked.skipped } : { ok: true, json };
}
