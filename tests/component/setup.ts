import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

// Vitest runs without `globals`, so Testing Library cannot register its own cleanup.
afterEach(() => {
  cleanup();
});
