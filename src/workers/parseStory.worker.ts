import { PLACES_PER_MESSAGE, type ParserReply, type ParserRequest } from "./parserProtocol";
import { parseStoryParts } from "../story/parseStory";
import { fetchChecked } from "../data/fetchChecked";

/** Fetches and validates story files for src/data/storyParser.ts, off the page's main thread. */

/** The worker's global scope, as far as it is used here (the DOM typings describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ParserRequest>) => void) | null;
  postMessage(message: ParserReply): void;
}

const scope = self as unknown as WorkerScope;

async function textOf(request: ParserRequest): Promise<string | null> {
  if ("text" in request) return request.text;
  try {
    const text = await fetchChecked(request.fetch);
    scope.postMessage({ id: request.id, kind: "size", characters: text.length });
    return text;
  } catch (error) {
    scope.postMessage({ id: request.id, kind: "failed", message: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

async function validate(data: ParserRequest): Promise<void> {
  const text = await textOf(data);
  if (text === null) return;
  const result = parseStoryParts(text);
  if (!result.ok) return scope.postMessage({ id: data.id, kind: "done", result });
  const { places } = result.parts;
  for (let start = 0; start < places.length; start += PLACES_PER_MESSAGE) {
    scope.postMessage({ id: data.id, kind: "places", places: places.slice(start, start + PLACES_PER_MESSAGE) });
  }
  scope.postMessage({ id: data.id, kind: "done", result: { ...result, parts: { ...result.parts, places: [] } } });
}

scope.onmessage = ({ data }) => void validate(data);
