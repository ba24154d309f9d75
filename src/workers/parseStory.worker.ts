import { PLACES_PER_MESSAGE, type ParserReply, type ParserRequest } from "./parserProtocol";
import { parseStoryParts } from "../story/parseStory";

/** Validates story files for src/data/storyParser.ts, off the page's main thread. */

/** The worker's global scope, as far as it is used here (the DOM typings describe a window). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ParserRequest>) => void) | null;
  postMessage(message: ParserReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  const result = parseStoryParts(data.text);
  if (!result.ok) return scope.postMessage({ id: data.id, kind: "done", result });
  const { places } = result.parts;
  for (let start = 0; start < places.length; start += PLACES_PER_MESSAGE) {
    scope.postMessage({ id: data.id, kind: "places", places: places.slice(start, start + PLACES_PER_MESSAGE) });
  }
  scope.postMessage({ id: data.id, kind: "done", result: { ...result, parts: { ...result.parts, places: [] } } });
};
