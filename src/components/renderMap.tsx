import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";
import { ErrorBoundary } from "./ErrorBoundary";
import type { Surface } from "./surface";

/** Draws the map app into a container, on whichever surface; the one start for all three. */
export function renderMap(container: Element, surface: Surface): Root {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <App surface={surface} />
      </ErrorBoundary>
    </StrictMode>,
  );
  return root;
}
