import { STORY_LIMITS } from "../story/limits";
import { wholeNumber } from "../story/figures";

/**
 * One HTTP fetch of a text file, with the messages a person reads when it fails. Used by the page
 * (fetchers.ts) and by the story parser's worker, which fetches a story itself so that its body,
 * 18 MB for 100,000 places, never passes through the page's thread.
 */

/** What to fetch, and how to name it in messages. Plain data, so it can be posted to a worker. */
export interface FetchRequest {
  /** Absolute. */
  url: string;
  /** As messages show it: relative to the site, or absolute. */
  shown: string;
  maxBytes: number;
  /** Added to a failed fetch's message: why a request to another site may fail (see fetchers.ts). */
  hint: string;
}

/**
 * @returns the file's text
 * @throws an Error whose message names the file and what went wrong
 */
export async function fetchChecked({ url, shown, maxBytes, hint }: FetchRequest): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`${shown} could not be fetched: ${error instanceof Error ? error.message : String(error)}${hint}`, { cause: error });
  }
  if (!response.ok) throw new Error(`${shown} could not be loaded: the server answered ${response.status} ${response.statusText}`.trim());
  // A size the server announces is checked before reading, so a huge file is never held in memory.
  const announced = Number(response.headers.get("Content-Length") ?? Number.NaN);
  if (announced > maxBytes) {
    throw new Error(`${shown} is ${(announced / 1_000_000).toFixed(0)} MB, but a story may have at most ${wholeNumber(STORY_LIMITS.maxCharacters.value)} characters`);
  }
  return response.text();
}
