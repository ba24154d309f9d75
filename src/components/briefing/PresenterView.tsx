import { useEffect, useState } from "react";
import { stepAfter } from "../../state/briefingKeys";
import type { Story } from "../../story/model";
import { StepPassages } from "./StepPassages";
import { useBriefingState } from "./useBriefingState";

interface PresenterViewProps {
  story: Story;
  initialStep: number;
  onStep: (step: number) => void;
  storyKey: string;
}

const twoDigits = (value: number) => String(value).padStart(2, "0");

function elapsed(since: number, now: number): string {
  const seconds = Math.max(0, Math.floor((now - since) / 1000));
  const hours = Math.floor(seconds / 3600);
  return `${hours > 0 ? `${hours}:` : ""}${twoDigits(Math.floor(seconds / 60) % 60)}:${twoDigits(seconds % 60)}`;
}

/**
 * The speaker's window: this step and the next, the notes, time since the briefing began and the
 * clock. It steers the briefing window, and follows it, through useBriefingSync.
 */
export function PresenterView({ story, initialStep, onStep, storyKey }: PresenterViewProps) {
  const { steps } = story.briefing;
  const { state, go } = useBriefingState({ count: steps.length, initialStep, onStep, storyKey });
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(tick);
  }, []);

  const step = steps[state.step] ?? steps[0]!;
  const next = steps[state.step + 1];
  const clock = new Date(now);
  return (
    <main className="presenter">
      <header className="presenter__bar">
        <p className="presenter__progress"><span aria-hidden="true">{state.step + 1} / {steps.length}</span><span className="visually-hidden">Step {state.step + 1} of {steps.length}</span></p>
        <p className="presenter__time">
          <span>Elapsed <time aria-label="Elapsed time">{elapsed(started, now)}</time></span>
          <span>Clock <time aria-label="Clock">{twoDigits(clock.getHours())}:{twoDigits(clock.getMinutes())}</time></span>
        </p>
        {state.blank && <p className="presenter__blank" role="status">The audience screen is blank (B to show it)</p>}
      </header>
      <section className="presenter__current" aria-labelledby="presenter-current">
        <h1 id="presenter-current">{step.title}</h1>
        <h2 className="presenter__label">Notes</h2>
        <div className="presenter__notes">
          {step.notes === "" ? <p className="muted">No notes for this step.</p> : step.notes.split(/\n+/).map((line, index) => <p key={index}>{line}</p>)}
        </div>
        <StepPassages story={story} passageIds={step.passages} className="presenter__passages" />
      </section>
      <aside className="presenter__next" aria-labelledby="presenter-next">
        <h2 id="presenter-next" className="presenter__label">Next</h2>
        <p className="presenter__next-title">{next ? next.title : "End of the briefing"}</p>
      </aside>
      <nav className="presenter__nav" aria-label="Briefing">
        <button type="button" onClick={() => go(stepAfter("previous", state.step, steps.length))} disabled={state.step === 0}>← Previous</button>
        <button type="button" onClick={() => go(stepAfter("next", state.step, steps.length))} disabled={!next}>Next →</button>
      </nav>
    </main>
  );
}
