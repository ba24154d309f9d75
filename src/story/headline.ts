import { formatDate } from "./dates";
import { wholeNumber } from "./figures";
import type { Story } from "./model";

/** What the header above the map says about a story, drawn by React and by the page's entry alike. */
export interface Headline {
  title: string;
  /** The article's source and date; null for GeoJSON places without an article. */
  article: { source: { name: string; url: string | undefined }; published: { dateTime: string; text: string } } | null;
  /** How many places and events, or what the places are when there is no article. */
  summary: string;
}

export function headlineOf(story: Story): Headline {
  const { article } = story.file;
  const places = `${wholeNumber(story.places.length)} places`;
  if (!article) return { title: story.title, article: null, summary: `GeoJSON places without an article · ${places}` };
  return {
    title: story.title,
    article: {
      source: { name: article.source.name, url: article.source.url },
      published: { dateTime: article.published.start, text: formatDate(article.published) },
    },
    summary: `${places}, ${wholeNumber(story.file.events.length)} events`,
  };
}
