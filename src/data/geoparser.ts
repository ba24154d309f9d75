import type { Draft } from "../builder/draft";
import type { GazetteerEntry } from "../geoparse/gazetteer";
import type { ArticleInput, GeoparseReply, GeoparseRequest } from "../workers/geoparseProtocol";
import { gazetteerUrl } from "virtual:gazetteer";
import type { FetchRequest } from "./fetchChecked";

/**
 * The story builder's geoparser, in a Web Worker that downloads the gazetteer the first time it
 * is asked (src/workers/geoparse.worker.ts). Each call resolves with the worker's answer, or
 * rejects with an Error whose message names what failed.
 */

/** The gazetteer file the build made (scripts/vite-gazetteer.ts), on the builder's own site. */
const gazetteerRequest = (base: string): FetchRequest => ({ url: new URL(gazetteerUrl, base).href, shown: "the gazetteer", maxBytes: Infinity, hint: "" });

type Answer = Exclude<GeoparseReply, { kind: "failed" }>;
type Question = { kind: "draft"; article: ArticleInput } | { kind: "search"; query: string };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (reply: Answer) => void; reject: (error: Error) => void }>();

function failAll(message: string): void {
  for (const job of pending.values()) job.reject(new Error(message));
  pending.clear();
  worker?.terminate();
  worker = null;
}

function start(): Worker {
  const started = new Worker(new URL("../workers/geoparse.worker.ts", import.meta.url), { type: "module" });
  started.onmessage = ({ data }: MessageEvent<GeoparseReply>) => {
    const job = pending.get(data.id);
    if (!job) return;
    pending.delete(data.id);
    if (data.kind === "failed") job.reject(new Error(data.message));
    else job.resolve(data);
  };
  started.onerror = (event) => {
    event.preventDefault();
    failAll(`The place finder stopped: ${event.message || "its script could not be loaded"}. Reload the page to try again.`);
  };
  return started;
}

function ask(question: Question, base: string): Promise<Answer> {
  worker ??= start();
  const id = nextId++;
  const request = { id, gazetteer: gazetteerRequest(base), ...question } as GeoparseRequest;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
}

/**
 * Starts the worker and its gazetteer's download as the builder opens, so the first Find places
 * need not wait for them. A failure is left to that first request, which names it.
 */
export function prepareGeoparser(base: string): void {
  ask({ kind: "search", query: "" }, base).catch(() => undefined);
}

/** A new draft of the article, with every place the geoparser found proposed. */
export async function draftArticle(article: ArticleInput, base: string): Promise<Draft> {
  const reply = await ask({ kind: "draft", article }, base);
  if (reply.kind !== "draft") throw new Error("The place finder gave no draft");
  return reply.draft;
}

/** Places whose names start with the query, the likeliest first. */
export async function searchPlaces(query: string, base: string): Promise<GazetteerEntry[]> {
  const reply = await ask({ kind: "search", query }, base);
  if (reply.kind !== "found") throw new Error("The place finder gave no places");
  return reply.entries;
}
