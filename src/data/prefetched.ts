/**
 * Requests the page's first script (src/boot/prefetch.ts) made before the app's scripts arrived,
 * handed to the fetch that wants them (fetchChecked.ts), so each file is requested once.
 * By absolute URL; each is taken once.
 */
const started = new Map<string, Promise<Response>>();

export function prefetch(url: string): void {
  if (started.has(url)) return;
  const response = fetch(url);
  // A failure is reported by whoever takes it; until then it is not an unhandled rejection.
  response.catch(() => undefined);
  started.set(url, response);
}

export function takePrefetched(url: string): Promise<Response> | null {
  const response = started.get(url) ?? null;
  started.delete(url);
  return response;
}
