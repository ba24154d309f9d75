/// <reference lib="webworker" />
import { PLACES_PER_MESSAGE, type ParserReply, type ParserRequest } from "./parserProtocol";
import { parseStoryParts } from "../story/parseStory";

/** Validates story files for src/data/storyParser.ts, off the page's main thread. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: ParserReply) => scope.postMessage(message);

scope.addEventListener("message", ({ data }: MessageEvent<ParserRequest>) => {
  const result = parseStoryParts(data.text);
  if (!result.ok) return reply({ id: data.id, kind: "done", result });
  const { places } = result.parts;
  for (let start = 0; start < places.length; start += PLACES_PER_MESSAGE) {
    reply({ id: data.id, kind: "places", places: places.slice(start, start + PLACES_PER_MESSAGE) });
  }
  reply({ id: data.id, kind: "done", result: { ...result, parts: { ...result.parts, places: [] } } });
});
