import type { Draft } from "../../builder/draft";
import type { DraftAction } from "../../builder/draftActions";

interface EventsTableProps {
  draft: Draft;
  onChange: (action: DraftAction) => void;
}

const formatDate = ({ precision, start, end }: Draft["events"][number]["date"]) => (end && end !== start ? `${start} to ${end}` : start) + (precision === "week" ? " (week)" : "");

/** The events proposed from the text's dates: kept or not, and their titles, as the reader edits them. */
export function EventsTable({ draft, onChange }: EventsTableProps) {
  const names = new Map(draft.mentions.map((mention) => [mention.place.id, mention.place.name]));
  if (draft.events.length === 0) return <p className="muted">No sentence gives both a date and a place, so no events are proposed.</p>;
  return (
    <table className="events-table">
      <caption>Events from the text's dates. Kept events go into the story with their accepted places.</caption>
      <thead>
        <tr><th scope="col">Keep</th><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Places</th><th scope="col">From the text</th></tr>
      </thead>
      <tbody>
        {draft.events.map((event) => (
          <tr key={event.id} className={`events-table__row--${event.decision}`}>
            <td>
              <input
                type="checkbox"
                checked={event.decision === "accepted"}
                aria-label={`Keep “${event.title}”`}
                onChange={(change) => onChange({ kind: "event", event: event.id, change: { decision: change.target.checked ? "accepted" : "rejected" } })}
              />
              {event.decision === "proposed" && <span className="muted"> new</span>}
            </td>
            <td><span className="events-table__date">{formatDate(event.date)}</span> <span className="muted">“{event.date.asWritten}”{event.date.approximate ? ", about" : ""}</span></td>
            <td>
              <input value={event.title} aria-label={`Title of the event of ${formatDate(event.date)}`} onChange={(change) => onChange({ kind: "event", event: event.id, change: { title: change.target.value } })} />
            </td>
            <td>{event.placeIds.map((id) => names.get(id) ?? id).join(", ")}</td>
            <td className="events-table__sentence">{draft.text.slice(event.start, event.end)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
