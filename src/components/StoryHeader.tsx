import type { ReactNode } from "react";
import { headlineOf } from "../story/headline";
import type { Story } from "../story/model";
import { ExternalLink } from "./ExternalLink";

/** The article's headline, source and publication date above the map (a GeoJSON file's name alone). */
export function StoryHeader({ story, children }: { story: Story; children?: ReactNode }) {
  const { title, article, summary } = headlineOf(story);
  return (
    <header className="story-header">
      <h1 className="story-header__title">{title}</h1>
      <p className="story-header__meta">
        {article ? (
          <>
            <ExternalLink href={article.source.url}>{article.source.name}</ExternalLink>
            {" · "}
            <time dateTime={article.published.dateTime}>{article.published.text}</time>
            {" · "}
            {summary}
          </>
        ) : summary}
      </p>
      {children && <nav className="story-header__actions" aria-label="Views and help">{children}</nav>}
    </header>
  );
}
