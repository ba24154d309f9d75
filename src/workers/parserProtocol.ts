import type { Place } from "../story/model";
import type { PartsResult } from "../story/parseStory";

/** The messages between the page (src/data/storyParser.ts) and the worker that validates stories. */

export interface ParserRequest {
  id: number;
  text: string;
}

/**
 * Places come in several messages: a page decodes each message in one task, and one message
 * of 100,000 places would take longer than a frame budget allows.
 */
export type ParserReply =
  | { id: number; kind: "places"; places: Place[] }
  /** The result, with its places left out: they came in the messages before. */
  | { id: number; kind: "done"; result: PartsResult };

export const PLACES_PER_MESSAGE = 2_000;
