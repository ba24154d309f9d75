import type { ReactNode } from "react";
import { PRECISION_LABELS, type Story } from "../story/model";
import type { PlaceMatch } from "../story/placeSearch";
import { wholeNumber } from "../story/figures";

interface PlaceItemProps {
  match: PlaceMatch;
  idPrefix: string;
  counts: string | null;
  selected: boolean;
  dimmed: boolean;
  onSelect: (placeId: string) => void;
  /** In a virtual list: the row's index, where it sits in its group, and the ref that measures it. */
  row?: { index: number; position: number; setSize: number; measure: (element: HTMLElement | null) => void };
}

/** One place of the list: its name as a button, its kind, counts and notes as the button's description. */
export function PlaceItem({ match: { place, matched }, idPrefix, counts, selected, dimmed, onSelect, row }: PlaceItemProps) {
  const detailsId = `${idPrefix}-details`;
  const className = ["place-list__place", selected && "place-list__place--selected", dimmed && "place-list__place--dimmed"]
    .filter(Boolean)
    .join(" ");
  const notes: ReactNode[] = [];
  if (matched !== null && matched.field !== "name") {
    const lead = matched.field === "description" ? "description mentions" : "matched";
    notes.push(<>{lead} <mark className="place-list__mark">{matched.text}</mark></>);
  }
  if (place.geometry === null) notes.push("not on the map");
  if (dimmed) notes.push("no events in the chosen dates");
  return (
    // The button holds the name only, so its accessible name is all its visible text (WCAG 2.5.3);
    // the details beside it are its description, and the whole row is clickable through it.
    // A virtual list shows a slice of each group, so each row says where it stands in the whole.
    <li className={className} ref={row?.measure} data-index={row?.index} aria-posinset={row?.position} aria-setsize={row?.setSize}>
      <button
        type="button"
        className="place-list__button"
        data-place-id={place.id}
        aria-describedby={detailsId}
        aria-current={selected ? "true" : undefined}
        onClick={() => onSelect(place.id)}
      >
        <span className="place-list__name">{place.name}</span>
      </button>
      <span className="place-list__details" id={detailsId}>
        <span className="place-list__kind">
          {PRECISION_LABELS[place.precision]}
          {counts !== null && ` · ${counts}`}
        </span>
        {notes.length > 0 && (
          <span className="place-list__notes">
            {/* Spoken as a pause between the kind and the notes, which sighted readers see on their own line. */}
            <span className="place-list__visually-hidden">, </span>
            {notes.map((note, index) => (
              <span key={index} className="place-list__note">{index > 0 && " · "}{note}</span>
            ))}
          </span>
        )}
      </span>
    </li>
  );
}

/** "2 passages · 1 event", for places of a story with an article. */
export function countsText(story: Story, placeId: string): string {
  const passages = story.passagesForPlace(placeId).length;
  const events = story.eventsForPlace(placeId).length;
  return `${count(passages, "passage", "passages")} · ${count(events, "event", "events")}`;
}

/** "1 place", "100,000 places". */
export function count(n: number, one: string, many: string): string {
  return `${wholeNumber(n)} ${n === 1 ? one : many}`;
}
