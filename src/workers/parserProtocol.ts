import type { FetchRequest } from "../data/fetchChecked";
import type { Place } from "../story/model";
import type { PartsResult } from "../story/parseStory";

/** The messages between the page (src/data/storyParser.ts) and the worker that validates stories. */

/** A file's text, or where to fetch it: the worker then fetches it itself, off the page's thread. */
export type ParserRequest = { id: number; text: string } | { id: number; fetch: FetchRequest };

/**
 * Places come in several messages: a page decodes each message in one task, and one message
 * of 100,000 places would take longer than a frame budget allows.
 */
export type ParserReply =
  /** How long the fetched file is, as soon as it has arrived. */
  | { id: number; kind: "size"; characters: number }
  /** The fetch failed: the message names the file and why. */
  | { id: number; kind: "failed"; message: string }
  | { id: number; kind: "places"; places: Place[] }
  /** The result, with its places left out: they came in the messages before. */
  | { id: number; kind: "done"; result: PartsResult };

export const PLACES_PER_MESSAGE = 2_000;
