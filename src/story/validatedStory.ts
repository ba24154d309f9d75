import type { PartsResult } from "./parseStory";

/**
 * A story file the site's build has already validated (scripts/vite-geodata.ts): the validator's
 * output for the catalogue's default story, so the page can draw that story without waiting for
 * the validator to load in its worker. Every other story is validated where it is opened.
 */

export const VALIDATED_STORY_FORMAT = "article-map/validated-story";

/** Where the build writes it, below the site's folder, so the benchmark and the budgets can tell it apart. */
export const VALIDATED_STORY_FILE = /^assets\/story-[0-9a-f]{10}\.json$/;

/** @param hash - hex digest of the file's contents */
export const validatedStoryFileName = (hash: string): string => `assets/story-${hash.slice(0, 10)}.json`;

export interface ValidatedStoryFile {
  format: typeof VALIDATED_STORY_FORMAT;
  /** The story file it was made from, as the catalogue names it. */
  story: string;
  result: Extract<PartsResult, { ok: true }>;
}

/**
 * The validated parts in a build's file, when it is one and was made from `story`.
 * @param text - the file's contents
 * @param story - the story file the page expects, as the catalogue names it
 * @returns the parts, or null for anything else (the page then validates the story file itself)
 */
export function readValidatedStory(text: string, story: string): Extract<PartsResult, { ok: true }> | null {
  let file: Partial<ValidatedStoryFile> | null;
  try {
    file = JSON.parse(text) as Partial<ValidatedStoryFile> | null;
  } catch {
    return null;
  }
  if (file?.format !== VALIDATED_STORY_FORMAT || file.story !== story || file.result?.ok !== true) return null;
  return file.result;
}
