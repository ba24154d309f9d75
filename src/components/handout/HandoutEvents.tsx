import { formatDate } from "../../story/dates";
import { sourcesOf } from "../../story/handout";
import type { EventData } from "../../story/schema";
import { ExternalLink } from "../ExternalLink";

/** A step's events, dated as the app dates them, then their sources, numbered as the events cite them. */
export function HandoutEvents({ events }: { events: readonly EventData[] }) {
  const { sources, indexes } = sourcesOf(events);
  return (
    <>
      <h3>Events</h3>
      <ul className="handout__events">
        {events.map((event) => (
          <li key={event.id} className="handout-event">
            <p className="handout-event__date">
              <time dateTime={event.date.start}>{formatDate(event.date)}</time>
              {event.date.asWritten && <span className="handout-event__as-written"> · the article: “{event.date.asWritten}”</span>}
            </p>
            <p className="handout-event__title">{event.title}</p>
            {event.summary && <p className="handout-event__summary">{event.summary}</p>}
            {event.sources.map((source, index) => (
              <p key={index} className="handout-event__check">
                {source.note && <><strong>Fact check:</strong> {source.note} </>}
                <span className="handout-event__source">Source [{indexes.get(event.id)![index]! + 1}]</span>
              </p>
            ))}
          </li>
        ))}
      </ul>
      {sources.length > 0 && (
        <>
          <h3>Sources</h3>
          {/* Addresses in full, since paper has no links. */}
          <ol className="handout__sources">
            {sources.map((source, index) => (
              <li key={index}>
                {source.publisher ? `${source.title} (${source.publisher})` : source.title}
                {source.url && <> · <span className="handout__url"><ExternalLink href={source.url}>{source.url}</ExternalLink></span></>}
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
