/**
 * The index's worker, or null where a page may not start one: `file://` pages, the offline
 * briefing's CSP (`default-src 'none'`) and an `<article-map>` on another site's page (a worker's
 * script must share the page's origin) make `new Worker` throw. Written out in full so that Vite
 * finds and bundles the worker file.
 */
function newClusterWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(new URL("../workers/cluster.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return null;
  }
}

let spare: { worker: Worker; failed: boolean } | null = null;

/**
 * Starts the index's worker before an index is asked for, so that its script has loaded and
 * compiled by then; the next {@link startClusterWorker} takes it. A story large enough to be
 * clustered takes seconds to validate: time enough.
 */
export function prestartClusterWorker(): void {
  if (spare) return;
  const worker = newClusterWorker();
  if (!worker) return;
  const started = { worker, failed: false };
  // A policy that forbids workers (worker-src 'none') may refuse it only later, with an error
  // event that no one listens for yet: remembered, so the index is then built on the page.
  worker.addEventListener("error", () => {
    started.failed = true;
  }, { once: true });
  spare = started;
}

/** The worker {@link prestartClusterWorker} started, else a new one; null where none may start. */
export function startClusterWorker(): Worker | null {
  const started = spare;
  spare = null;
  if (!started) return newClusterWorker();
  if (!started.failed) return started.worker;
  started.worker.terminate();
  return null;
}
