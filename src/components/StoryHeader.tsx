import { formatDate } from "../story/dates";
import type { Story } from "../story/model";
import { ExternalLink } from "./ExternalLink";

/** The article's headline, source and publication date above the map. */
export function StoryHeader({ story }: { story: Story }) {
  const { article } = story.file;
  return (
    <header className="story-header">
      <h1 className="story-header__title">{article.title}</h1>
      <p className="story-header__meta">
        <ExternalLink href={article.source.url}>{article.source.name}</ExternalLink>
        {" · "}
        <time dateTime={article.published.start}>{formatDate(article.published)}</time>
        {" · "}
        {story.places.length} places, {story.file.events.length} events
      </p>
    </header>
  );
}
