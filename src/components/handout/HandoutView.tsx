import type { Basemap } from "../../geo/basemap";
import type { BasemapDetail } from "../../geo/basemapFiles";
import type { Story } from "../../story/model";
import { HandoutCover } from "./HandoutCover";
import { HandoutStep } from "./HandoutStep";
import { useHandoutBasemap } from "./useHandoutBasemap";

interface HandoutViewProps {
  story: Story;
  /** The coarse world; null while it loads: the steps show without their maps until then. */
  basemap: Basemap | null;
  /** The 1:50m cells, loaded for the steps' maps; without them the maps use the coarse world. */
  detail?: BasemapDetail | null;
  /** The live map's absolute address, which the cover's QR code carries. */
  liveHref: string;
}

/** The briefing on paper: a cover, then each step on a page of its own, legible in black and white. */
export function HandoutView({ story, basemap: world, detail = null, liveHref }: HandoutViewProps) {
  const basemap = useHandoutBasemap(story, world, detail);
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
