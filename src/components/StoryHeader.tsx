import type { ReactNode } from "react";
import { formatDate } from "../story/dates";
import type { Story } from "../story/model";
import { ExternalLink } from "./ExternalLink";
import { wholeNumber } from "../story/figures";

/** The article's headline, source and publication date above the map (a GeoJSON file's name alone). */
export function StoryHeader({ story, children }: { story: Story; children?: ReactNode }) {
  const { article } = story.file;
  const counts = `${wholeNumber(story.places.length)} places, ${wholeNumber(story.file.events.length)} events`;
  return (
    <header className="story-header">
      <h1 className="story-header__title">{story.title}</h1>
      <p className="story-header__meta">
        {article ? (
          <>
            <ExternalLink href={article.source.url}>{article.source.name}</ExternalLink>
            {" · "}
            <time dateTime={article.published.start}>{formatDate(article.published)}</time>
            {" · "}
            {counts}
          </>
        ) : (
          `GeoJSON places without an article · ${wholeNumber(story.places.length)} places`
        )}
      </p>
      {children && <nav className="story-header__actions" aria-label="Views and help">{children}</nav>}
    </header>
  );
}
