import { useCallback, useState } from "react";
import { stepAfter, type BriefingAction } from "../../state/briefingKeys";
import { useBriefingKeys } from "./useBriefingKeys";
import { useBriefingSync, type BriefingState } from "./useBriefingSync";

interface BriefingStateOptions {
  /** How many steps the briefing has. */
  count: number;
  /** The step to open, counting from 0. */
  initialStep: number;
  /** Told each new step, wherever it came from (keys, buttons, the other window). */
  onStep: (step: number) => void;
  storyKey: string;
  /** Keys that are not about steps or the blank screen (full screen, presenter, exit), for the window that handles them. */
  onOtherKey?: (action: Exclude<BriefingAction, "next" | "previous" | "first" | "last" | "blank">) => void;
}

/**
 * The state a briefing window and a presenter window share: the step and the blank screen,
 * moved by the clicker's keys and kept in step with the other window.
 */
export function useBriefingState({ count, initialStep, onStep, storyKey, onOtherKey }: BriefingStateOptions) {
  const [state, setState] = useState<BriefingState>({ step: initialStep, blank: false });
  const go = useCallback((step: number) => {
    setState((current) => ({ ...current, step }));
    onStep(step);
  }, [onStep]);
  useBriefingSync(storyKey, state, (heard) => {
    setState(heard);
    onStep(heard.step);
  });
  useBriefingKeys((action) => {
    if (typeof action === "object") return go(Math.min(Math.max(action.jump, 1), count) - 1);
    switch (action) {
      case "next":
      case "previous":
      case "first":
      case "last":
        return go(stepAfter(action, state.step, count));
      case "blank":
        return setState((current) => ({ ...current, blank: !current.blank }));
      default:
        return onOtherKey?.(action);
    }
  });
  return { state, go };
}
