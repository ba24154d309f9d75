import type { StoryProblem } from "../story/problems";
import { ProblemsPanel } from "./ProblemsPanel";

interface SkippedItemsProps {
  skipped: readonly StoryProblem[];
  onDismiss: () => void;
}

/**
 * Lists what the loader left out of a story that otherwise loaded, so nothing is dropped silently.
 * It counts problems, not items: one bad place can have several.
 */
export function SkippedItems({ skipped, onDismiss }: SkippedItemsProps) {
  if (skipped.length === 0) return null;
  const count = skipped.length === 1 ? "1 problem" : `${skipped.length} problems`;
  return (
    <ProblemsPanel title="Some of this story was left out" problems={skipped.map((problem) => problem.message)} onDismiss={onDismiss}>
      <p className="problems-panel__intro">The rest of the story loaded, but the file has {count}, and what {skipped.length === 1 ? "it concerns" : "they concern"} is not shown:</p>
    </ProblemsPanel>
  );
}
