import { storyFromParts, type Place } from "../story/model";
import type { ParseResult } from "../story/parseStory";
import type { ParserReply, ParserRequest } from "../workers/parserProtocol";
import { pageIsOffline } from "./inlineFiles";
import { CLUSTER_THRESHOLD, countPositioned } from "../geo/clusterPoints";
import { prestartClusterWorker } from "../geo/clusterWorker";
import { fetchChecked, type FetchRequest } from "./fetchChecked";

/**
 * Validates story files in a Web Worker, so a file of 100,000 places never freezes the page, and
 * on the page itself where no worker can start (an offline copy's CSP, an <article-map> whose
 * script is on another site). The validator (zod and the story schema) loads only where it runs.
 * A file to fetch is fetched by the worker too: its body never passes through the page's thread,
 * where reading 18 MB took tasks of 100-150 ms.
 */

/** A story file's text, or where to fetch it. */
export type StorySource = { text: string } | { fetch: FetchRequest };

interface Pending {
  source: StorySource;
  places: Place[];
  /** Made as the places arrive, a message at a time: all at once took 35-65 ms for 100,000. */
  placeById: Map<string, Place>;
  resolve: (result: ParseResult) => void;
  reject: (error: Error) => void;
}

/** Characters past which a story file likely holds more places than DOM markers carry (CLUSTER_THRESHOLD). */
const LIKELY_CLUSTERED_CHARACTERS = 1_000_000;

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, Pending>();

async function parseHere(source: StorySource): Promise<ParseResult> {
  const text = "text" in source ? source.text : await fetchChecked(source.fetch);
  const { parseStory } = await import("../story/parseStory");
  return parseStory(text);
}

/** Past 1,000 places the map clusters them in a worker of its own, which starts while this validates. */
function expectClusters(characters: number): void {
  if (characters > LIKELY_CLUSTERED_CHARACTERS) prestartClusterWorker();
}

function receive({ data }: MessageEvent<ParserReply>): void {
  const job = pending.get(data.id);
  if (!job) return;
  if (data.kind === "size") return expectClusters(data.characters);
  if (data.kind === "failed") {
    pending.delete(data.id);
    return job.reject(new Error(data.message));
  }
  if (data.kind === "places") {
    for (const place of data.places) {
      job.places.push(place);
      job.placeById.set(place.id, place);
    }
    return;
  }
  pending.delete(data.id);
  const { result } = data;
  job.resolve(storyFromParts(result.ok ? { ...result, parts: { ...result.parts, places: job.places } } : result, job.placeById));
}

/** The worker could not start or broke: what it was given is validated here instead. */
function giveUp(): void {
  workerFailed = true;
  worker?.terminate();
  worker = null;
  for (const [id, job] of pending) {
    pending.delete(id);
    parseHere(job.source).then(job.resolve, job.reject);
  }
}

function startWorker(): Worker | null {
  if (workerFailed || typeof Worker === "undefined" || pageIsOffline()) return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL("../workers/parseStory.worker.ts", import.meta.url), { type: "module", name: "story parser" });
  } catch {
    // A worker script on another site than the page is refused outright.
    workerFailed = true;
    return null;
  }
  worker.addEventListener("message", receive);
  worker.addEventListener("error", giveUp);
  worker.addEventListener("messageerror", giveUp);
  return worker;
}

/**
 * Fetches (when it is not text already) and validates a story file, off the main thread where it
 * can, else here.
 * @returns the story and what was left out, or the problems that stop it
 * @throws an Error naming the file when it could not be fetched
 */
export function parseStorySource(source: StorySource): Promise<ParseResult> {
  // A file this long likely holds more than 1,000 places (1,000 gazetteer places are about 190 KB).
  if ("text" in source) expectClusters(source.text.length);
  const target = startWorker();
  const parsed = target
    ? new Promise<ParseResult>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { source, places: [], placeById: new Map(), resolve, reject });
      target.postMessage({ id, ...source } satisfies ParserRequest);
    })
    : parseHere(source);
  return parsed.then((result) => {
    // The cluster index is built while the map renders, not after (src/geo/clusterSource.ts).
    if (result.ok && countPositioned(result.story.places) > CLUSTER_THRESHOLD) {
      void import("../geo/clusterSource").then(({ prepareClusterSource }) => prepareClusterSource(result.story.places), () => undefined);
    }
    return result;
  });
}

/**
 * Validates a story file's text off the main thread where it can, else here.
 * @param text - the file's contents
 * @returns the story and what was left out, or the problems that stop it; never rejects
 */
export const parseStoryText = (text: string): Promise<ParseResult> => parseStorySource({ text });
