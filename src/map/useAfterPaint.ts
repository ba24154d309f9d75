import { useEffect, useState } from "react";
import { inTurns } from "./basemapDrawing";

/**
 * False until the frame after the component first rendered has been painted: for layers the first
 * view can draw a moment after the story's markers, so those markers are not held back by them.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => inTurns([() => setPainted(true)]), []);
  return painted;
}
