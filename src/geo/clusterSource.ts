import type { ClusterReply, ClusterRequest } from "./clusterIndex";
import { packPoints, type ClusterItem, type PackedPoints, type ViewBox } from "./clusterPoints";
import { startClusterWorker } from "./clusterWorker";

/** Asks a cluster index, wherever it was built, for what to draw. */
export interface ClusterSource {
  /** The clusters and single points in a box at a zoom. */
  clusters(box: ViewBox, zoom: number): Promise<ClusterItem[]>;
  /** The zoom at which a cluster splits. */
  expansionZoom(clusterId: number): Promise<number>;
  /** Stops the worker; answers still on their way are dropped. */
  dispose(): void;
}

type Question = Exclude<ClusterRequest, { type: "load" }>;
type Responder = (request: ClusterRequest) => ClusterReply | null;

/** The index built on this thread, one task later, so the page paints the map before the wait. */
async function buildHere(coordinates: Float64Array): Promise<Responder> {
  // Loaded only when needed, so pages with a worker never download supercluster twice.
  const [{ clusterResponder }] = await Promise.all([import("./clusterIndex"), new Promise((resolve) => setTimeout(resolve, 0))]);
  const respond = clusterResponder();
  respond({ type: "load", coordinates });
  return respond;
}

/**
 * Builds a cluster index of the points in a worker, or on this thread when no worker starts or the
 * worker fails to load (some CSPs only refuse it then), and answers queries from it.
 * @param coordinates - longitude, latitude pairs (see packPoints); kept, a copy goes to the worker
 * @param startWorker - the worker to use, or null for none (tests)
 * @returns the source; answers come back in whatever order the caller must sort out (serials)
 */
export function createClusterSource(coordinates: Float64Array, startWorker: () => Worker | null = startClusterWorker): ClusterSource {
  const waiting = new Map<number, { question: Question; answer: (reply: ClusterReply) => void }>();
  let serial = 0;
  let here: Promise<Responder> | null = null;
  let disposed = false;

  const settle = (reply: ClusterReply | null) => {
    const asked = reply && waiting.get(reply.serial);
    if (!asked || disposed) return;
    waiting.delete(reply.serial);
    asked.answer(reply);
  };
  const answerHere = (question: Question) => {
    here ??= buildHere(coordinates);
    void here.then((respond) => settle(respond(question)));
  };

  let worker = startWorker();
  const fallBack = () => {
    worker?.terminate();
    worker = null;
    for (const { question } of waiting.values()) answerHere(question);
  };
  if (worker) {
    worker.addEventListener("message", (event: MessageEvent<ClusterReply>) => settle(event.data));
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      fallBack();
    });
    // A copy is transferred (moved, not cloned), so this side keeps the points for a fallback.
    const copy = coordinates.slice();
    worker.postMessage({ type: "load", coordinates: copy } satisfies ClusterRequest, [copy.buffer]);
  }

  function ask(question: Question): Promise<ClusterReply> {
    return new Promise((answer) => {
      waiting.set(question.serial, { question, answer });
      if (worker) worker.postMessage(question);
      else answerHere(question);
    });
  }

  return {
    clusters: async (box, zoom) => {
      const reply = await ask({ type: "clusters", serial: (serial += 1), box, zoom });
      return reply.type === "clusters" ? reply.items : [];
    },
    expansionZoom: async (clusterId) => {
      const reply = await ask({ type: "expansion", serial: (serial += 1), clusterId });
      return reply.type === "expansion" ? reply.zoom : 0;
    },
    dispose: () => {
      disposed = true;
      worker?.terminate();
      waiting.clear();
    },
  };
}

/** A large story's index, started before the map asked for it; at most one waits. */
let prepared: { places: readonly unknown[]; packed: PackedPoints; source: ClusterSource } | null = null;

/**
 * Starts indexing a story's points as soon as it is validated, so the index is built while the
 * map renders rather than after; {@link takeClusterSource} hands it over. Another story's index
 * still waiting is stopped.
 * @param places - the story's places, the very list the map will be given
 */
export function prepareClusterSource(places: ReadonlyArray<{ anchor: readonly [number, number] | null }>): void {
  if (prepared?.places === places) return;
  prepared?.source.dispose();
  const packed = packPoints(places);
  prepared = { places, packed, source: createClusterSource(packed.coordinates) };
}

/**
 * The index {@link prepareClusterSource} started for this very list, else a new one.
 * @returns the packed points and their index, which the caller now owns (and disposes of)
 */
export function takeClusterSource(places: ReadonlyArray<{ anchor: readonly [number, number] | null }>): { packed: PackedPoints; source: ClusterSource } {
  if (prepared?.places === places) {
    const { packed, source } = prepared;
    prepared = null;
    return { packed, source };
  }
  const packed = packPoints(places);
  return { packed, source: createClusterSource(packed.coordinates) };
}
