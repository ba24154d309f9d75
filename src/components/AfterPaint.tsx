import { useEffect, useState, type ReactNode } from "react";
import { inTurns } from "../browser/inTurns";

/**
 * False until the frame after the component first rendered has been painted: for what the first
 * view can show a moment after the story's markers (layers, panels, buttons), so the markers are
 * not held back by them, nor by fetching and running their code.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => inTurns([() => setPainted(true)]), []);
  return painted;
}

/** Its children from the frame after it first showed (see {@link useAfterPaint}); `fallback` until then. */
export function AfterPaint({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  return useAfterPaint() ? children : fallback;
}
