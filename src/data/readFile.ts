import { STORY_LIMITS, STORY_MAX_BYTES } from "../story/limits";
import { parseStoryText } from "./storyParser";
import type { StoryLoad } from "./fetchers";
import { wholeNumber } from "../story/figures";

/**
 * Reads a story file the reader chose or dropped on the map. Like the fetchers, it never throws:
 * every problem comes back as a sentence in the result, which names the file.
 * @param file - the chosen file
 * @returns the parsed story, or the problems that stop it
 */
export async function readStoryFile(file: File): Promise<StoryLoad> {
  const maxCharacters = STORY_LIMITS.maxCharacters.value;
  if (file.size > STORY_MAX_BYTES) {
    const megabytes = (file.size / 1_000_000).toFixed(0);
    return fail(file, `the file is ${megabytes} MB, but a story may have at most ${wholeNumber(maxCharacters)} characters`);
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return fail(file, `the file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { ...(await parseStoryText(text)), url: file.name };
}

function fail(file: File, message: string): StoryLoad {
  return { ok: false, problems: [{ path: "the file", message }], url: file.name };
}
