import { useEffect, useRef } from "react";
import { formatDate } from "../story/dates";
import { PRECISION_LABELS, type Place, type Story } from "../story/model";
import type { EventData, SourceData } from "../story/schema";
import { ExternalLink } from "./ExternalLink";

interface PlaceDetailsProps {
  story: Story;
  place: Place;
  /** Move keyboard focus to the heading when shown, so keyboard and screen-reader users land in it. */
  takeFocus?: boolean;
}

/** What the article says about a place, word for word, and what happened there. */
export function PlaceDetails({ story, place, takeFocus = false }: PlaceDetailsProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Only while the map's page has the focus: an embed that opens with ?place= must not take it
    // from the page around it (the host's article, or the Share dialog's preview's dialog).
    if (takeFocus && heading.current?.ownerDocument.hasFocus()) heading.current.focus({ preventScroll: true });
  }, [takeFocus]);
  const passages = story.passagesForPlace(place.id);
  const events = story.eventsForPlace(place.id);
  const headingId = `place-${place.id}-heading`;
  return (
    <article className="place-details" aria-labelledby={headingId} data-place-id={place.id}>
      <header>
        <h2 id={headingId} tabIndex={-1} ref={heading}>{place.name}</h2>
        <p className="place-details__kind">
          <span>{PRECISION_LABELS[place.precision]}</span>
          {place.origin === "other-sources" && <span className="tag">From other sources, not named in the article</span>}
          {place.geometry === null && <span className="tag">Not on the map</span>}
        </p>
        {place.description && <p className="place-details__description">{place.description}</p>}
      </header>
      {story.file.article && (
        <section aria-label="In the article">
          <h3>In the article</h3>
          {passages.length === 0 ? (
            <p className="muted">The article does not mention this place directly.</p>
          ) : (
            passages.map((passage) => (
              <figure key={passage.id} className="passage" data-passage-id={passage.id}>
                <blockquote>{passage.quote}</blockquote>
                <figcaption>Paragraph {passage.paragraph}</figcaption>
              </figure>
            ))
          )}
        </section>
      )}
      {place.properties.length > 0 && (
        <section aria-label="Properties">
          <h3>Properties</h3>
          <dl className="properties">
            {place.properties.map(([key, value]) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {events.length > 0 && (
        <section aria-label="Events">
          <h3>Events</h3>
          <ul className="events">
            {events.map((event) => <EventItem key={event.id} event={event} />)}
          </ul>
        </section>
      )}
      {place.sources.length > 0 && (
        <p className="place-details__sources">Location: {place.sources.map((source, index) => (
          <span key={index}>{index > 0 && "; "}<SourceLink source={source} /></span>
        ))}</p>
      )}
    </article>
  );
}

function EventItem({ event }: { event: EventData }) {
  return (
    <li className="event" data-event-id={event.id}>
      <p className="event__date">
        <time dateTime={event.date.start}>{formatDate(event.date)}</time>
        {event.date.asWritten && <span className="event__as-written"> · the article: “{event.date.asWritten}”</span>}
      </p>
      <p className="event__title">{event.title}</p>
      {event.summary && <p className="event__summary">{event.summary}</p>}
      {event.sources.map((source, index) => (
        <p key={index} className="fact-check">
          {source.note && <><strong>Fact check:</strong> {source.note} </>}
          <span className="fact-check__source">Source: <SourceLink source={source} /></span>
        </p>
      ))}
    </li>
  );
}

function SourceLink({ source }: { source: SourceData }) {
  const label = source.publisher ? `${source.title} (${source.publisher})` : source.title;
  return <ExternalLink href={source.url}>{label}</ExternalLink>;
}
