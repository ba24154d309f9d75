import { storyFromParts, type Place } from "../story/model";
import type { ParseResult } from "../story/parseStory";
import type { ParserReply, ParserRequest } from "../workers/parserProtocol";
import { pageIsOffline } from "./inlineFiles";
import { CLUSTER_THRESHOLD, countPositioned } from "../geo/clusterPoints";
import { prestartClusterWorker } from "../geo/clusterWorker";

/**
 * Validates story files in a Web Worker, so a file of 100,000 places never freezes the page, and
 * on the page itself where no worker can start (an offline copy's CSP, an <article-map> whose
 * script is on another site). The validator (zod and the story schema) loads only where it runs.
 */

interface Pending {
  text: string;
  places: Place[];
  resolve: (result: ParseResult) => void;
}

/** Characters past which a story file likely holds more places than DOM markers carry (CLUSTER_THRESHOLD). */
const LIKELY_CLUSTERED_CHARACTERS = 1_000_000;

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;
const pending = new Map<number, Pending>();

async function parseHere(text: string): Promise<ParseResult> {
  const { parseStory } = await import("../story/parseStory");
  return parseStory(text);
}

function receive({ data }: MessageEvent<ParserReply>): void {
  const job = pending.get(data.id);
  if (!job) return;
  if (data.kind === "places") {
    for (const place of data.places) job.places.push(place);
    return;
  }
  pending.delete(data.id);
  const { result } = data;
  job.resolve(storyFromParts(result.ok ? { ...result, parts: { ...result.parts, places: job.places } } : result));
}

/** The worker could not start or broke: what it was given is validated here instead. */
function giveUp(): void {
  workerFailed = true;
  worker?.terminate();
  worker = null;
  for (const [id, job] of pending) {
    pending.delete(id);
    void parseHere(job.text).then(job.resolve);
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
 * Starts the worker ahead of a story, so its script loads while the story downloads.
 * Harmless to call more than once.
 */
export function prepareStoryParser(): void {
  startWorker();
}

/**
 * Validates a story file's text off the main thread where it can, else here.
 * @param text - the file's contents
 * @returns the story and what was left out, or the problems that stop it; never rejects
 */
export function parseStoryText(text: string): Promise<ParseResult> {
  // Past 1,000 places the map clusters them in a worker of its own. A file this long likely holds
  // that many (1,000 gazetteer places are about 190 KB), so that worker starts while this validates.
  if (text.length > LIKELY_CLUSTERED_CHARACTERS) prestartClusterWorker();
  const target = startWorker();
  const parsed = target
    ? new Promise<ParseResult>((resolve) => {
      const id = nextId++;
      pending.set(id, { text, places: [], resolve });
      target.postMessage({ id, text } satisfies ParserRequest);
    })
    : parseHere(text);
  return parsed.then((result) => {
    // The cluster index is built while the map renders, not after (src/geo/clusterSource.ts).
    if (result.ok && countPositioned(result.story.places) > CLUSTER_THRESHOLD) {
      void import("../geo/clusterSource").then(({ prepareClusterSource }) => prepareClusterSource(result.story.places), () => undefined);
    }
    return result;
  });
}
