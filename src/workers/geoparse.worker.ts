import { buildGazetteer, type Gazetteer, type GazetteerEntry } from "../geoparse/gazetteer";
import { decodeGazetteer } from "../geoparse/gazetteerFile";
import { gazetteerSearch } from "../geoparse/gazetteerSearch";
import { fetchChecked, type FetchRequest } from "../data/fetchChecked";
import { newDraft } from "../builder/newDraft";
import type { GeoparseReply, GeoparseRequest } from "./geoparseProtocol";

/**
 * Finds an article's places for the story builder, off the page's thread: indexing the gazetteer's
 * 140,000 places and reading a long article each take longer than a frame.
 */

interface WorkerScope {
  onmessage: ((event: MessageEvent<GeoparseRequest>) => void) | null;
  postMessage(message: GeoparseReply): void;
}

const scope = self as unknown as WorkerScope;

interface Loaded {
  gazetteer: Gazetteer;
  search: (query: string) => GazetteerEntry[];
}

let loading: Promise<Loaded> | null = null;

async function load(request: FetchRequest): Promise<Loaded> {
  const text = await fetchChecked(request);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch (error) {
    throw new Error(`${request.shown} is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const entries = decodeGazetteer(file);
  return { gazetteer: buildGazetteer(entries), search: gazetteerSearch(entries) };
}

async function answer(request: GeoparseRequest): Promise<GeoparseReply> {
  try {
    // A failed download is tried again by the next request rather than remembered.
    loading ??= load(request.gazetteer).catch((error: unknown) => {
      loading = null;
      throw error;
    });
    const { gazetteer, search } = await loading;
    if (request.kind === "search") return { id: request.id, kind: "found", entries: search(request.query) };
    return { id: request.id, kind: "draft", draft: newDraft(request.article, gazetteer) };
  } catch (error) {
    return { id: request.id, kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}

scope.onmessage = ({ data }) => void answer(data).then((reply) => scope.postMessage(reply));
