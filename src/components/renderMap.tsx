import { startTransition, StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import type { Surface } from "./surface";

/** Draws the map app into a container, on whichever surface; the one start for all three. */
export function renderMap(container: Element, surface: Surface): Root {
  const root = createRoot(container);
  // A transition: when the story is already here, the first render draws the whole map, and React
  // then renders it in slices, yielding to the page between them, rather than in one long task.
  startTransition(() => root.render(
    <StrictMode>
      <ErrorBoundary>
        <App surface={surface} />
      </ErrorBoundary>
    </StrictMode>,
  ));
  return root;
}
