/**
 * Runs each step in a task of its own, so that no one task holds the page long: putting the
 * whole coarse world on the map at once took 90-140 ms, most of it Leaflet projecting each
 * layer and making its canvas. The first step waits for the next frame, so what the same render
 * put on the map (the story's markers) is painted before the basemap's work begins.
 * @returns a function that cancels the steps not yet run
 */
export function inTurns(steps: ReadonlyArray<() => void>): () => void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    steps[next++]?.();
    if (next < steps.length) timer = setTimeout(run, 0);
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
