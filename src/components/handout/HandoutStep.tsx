import type { Basemap } from "../../geo/basemap";
import type { BriefingStep } from "../../story/briefing";
import { stepEvents } from "../../story/handout";
import type { Story } from "../../story/model";
import { StepPassages } from "../briefing/StepPassages";
import { HandoutEvents } from "./HandoutEvents";
import { HandoutMap } from "./HandoutMap";

interface HandoutStepProps {
  story: Story;
  step: BriefingStep;
  /** Counting from 1. */
  number: number;
  basemap: Basemap | null;
}

/** One printed page: a step's map, its passages word for word, and what happened there, with sources. */
export function HandoutStep({ story, step, number, basemap }: HandoutStepProps) {
  const events = stepEvents(story, step);
  const headingId = `handout-step-${number}`;
  return (
    <section className="handout__step" aria-labelledby={headingId} data-step-id={step.id}>
      <header className="handout__step-header">
        <p className="handout__step-number">Step {number} of {story.briefing.steps.length}</p>
        <h2 id={headingId}>{step.title}</h2>
      </header>
      {/* Focusable, since on a phone it scrolls sideways: keys must reach what a finger does. */}
      <div className="handout__map" tabIndex={0}>
        {basemap ? <HandoutMap story={story} step={step} basemap={basemap} /> : <p className="handout-map handout-map--loading">Map loading…</p>}
      </div>
      {/* On paper the article's words and the events stand side by side, so a step fits its page. */}
      <div className="handout__columns">
        {step.passages.length > 0 && (
          <div>
            <h3>In the article</h3>
            <StepPassages story={story} passageIds={step.passages} className="handout__passages" />
          </div>
        )}
        {events.length > 0 && <div><HandoutEvents events={events} /></div>}
      </div>
    </section>
  );
}
