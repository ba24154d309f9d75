import type { Basemap } from "../../geo/basemap";
import type { Story } from "../../story/model";
import { HandoutCover } from "./HandoutCover";
import { HandoutStep } from "./HandoutStep";

interface HandoutViewProps {
  story: Story;
  /** Null while the basemap loads: the steps show without their maps until then. */
  basemap: Basemap | null;
  /** The live map's absolute address, which the cover's QR code carries. */
  liveHref: string;
}

/** The briefing on paper: a cover, then each step on a page of its own, legible in black and white. */
export function HandoutView({ story, basemap, liveHref }: HandoutViewProps) {
  return (
    <main className="handout">
      <div className="handout__toolbar">
        <button type="button" onClick={() => window.print()}>Print</button>
        <p>Each step prints on a page of its own, after the cover.</p>
      </div>
      <HandoutCover story={story} liveHref={liveHref} />
      {story.briefing.steps.map((step, index) => (
        <HandoutStep key={step.id} story={story} step={step} number={index + 1} basemap={basemap} />
      ))}
    </main>
  );
}
