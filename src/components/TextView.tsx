import { formatDate } from "../story/dates";
import type { Story } from "../story/model";
import { eventInterval } from "../story/timeline";
import { PlaceDetails } from "./PlaceDetails";
import { wholeNumber } from "../story/figures";

/**
 * The whole story as a document, with no map: the article, every place with what the article
 * says there, and the events in time order. It makes sense to a screen reader, on paper, and on
 * a device too slow for the map.
 */
export function TextView({ story }: { story: Story }) {
  const article = story.file.article;
  const events = [...story.file.events].sort((a, b) => eventInterval(a.date).start - eventInterval(b.date).start);
  return (
    <main className="text-view">
      {article && (
        <section aria-labelledby="text-view-article">
          <h2 id="text-view-article">The article</h2>
          {article.paragraphs.map((paragraph, index) => (
            <p key={index} className="text-view__paragraph">
              <span className="text-view__number">{index + 1}. </span>
              {paragraph}
            </p>
          ))}
        </section>
      )}
      {events.length > 0 && (
        <section aria-labelledby="text-view-events">
          <h2 id="text-view-events">Events in time order</h2>
          <ol className="text-view__events">
            {events.map((event) => (
              <li key={event.id}>
                <strong>{formatDate(event.date)}</strong>: {event.title}
                {" ("}
                {event.places.map((id) => story.placeById.get(id)?.name ?? id).join(", ")}
                {")"}
              </li>
            ))}
          </ol>
        </section>
      )}
      <section aria-labelledby="text-view-places">
        <h2 id="text-view-places">Places ({wholeNumber(story.places.length)})</h2>
        {story.places.map((place) => (
          <div key={place.id} className="text-view__place">
            <PlaceDetails story={story} place={place} />
          </div>
        ))}
      </section>
    </main>
  );
}
