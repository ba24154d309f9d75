import { useState } from "react";
import type { Draft } from "../../builder/draft";
import { saveDraft } from "../../builder/saveDraft";
import type { StoryProblem } from "../../story/problems";
import { download } from "../../browser/download";

type Outcome = { kind: "saved"; file: string; places: number; passages: number; events: number } | { kind: "problems"; problems: StoryProblem[] };

/** Saves the draft as a story file, validated first; a draft the validator refuses is explained, not saved. */
export function SaveStory({ draft }: { draft: Draft }) {
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const save = () => {
    const saved = saveDraft(draft);
    if (!saved.ok) return setOutcome({ kind: "problems", problems: saved.problems });
    const story = JSON.parse(saved.json) as { id: string; places: { features: unknown[] }; passages: unknown[]; events?: unknown[] };
    const file = `${story.id}.json`;
    download(new Blob([saved.json], { type: "application/json" }), file);
    setOutcome({ kind: "saved", file, places: story.places.features.length, passages: story.passages.length, events: story.events?.length ?? 0 });
  };
  return (
    <section className="builder-save" aria-labelledby="builder-save-heading">
      <h2 id="builder-save-heading">Save</h2>
      <p className="muted">The story file holds the accepted places, the sentences that name them, and the kept events. Open it in the map with “Open story”, or put it in the site's <code>geodata/</code> folder.</p>
      <button type="button" className="builder-primary" onClick={save}>Save story file</button>
      <div role="status">
        {outcome?.kind === "saved" && <p>Saved {outcome.file}: {outcome.places} places, {outcome.passages} passages and {outcome.events} events.</p>}
      </div>
      {outcome?.kind === "problems" && (
        <div className="builder-problem" role="alert">
          <p>The story file was not saved: the validator found {outcome.problems.length === 1 ? "a problem" : `${outcome.problems.length} problems`}.</p>
          <ul>{outcome.problems.map((problem) => <li key={problem.path + problem.message}>{problem.message}</li>)}</ul>
        </div>
      )}
    </section>
  );
}
