import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { PRECISION_LABELS, type Story } from "../story/model";
import { groupMatches, normalizeForSearch, searchPlaces, type PlaceMatch } from "../story/placeSearch";

export interface PlaceListProps {
  story: Story;
  /** The place open on the map; marked with aria-current and scrolled into view. */
  selectedId: string | null;
  /** Called when the reader picks a place (click, Enter or Space on it). */
  onSelect: (placeId: string) => void;
  /**
   * The places left on the map when a time range narrows it. The others stay listed, and
   * selectable, but dimmed and marked "no events in the chosen dates". Null or absent: all shown.
   */
  visibleIds?: ReadonlySet<string> | null;
  /** Level of the group headings, to fit under the heading of the panel the list sits in. */
  headingLevel?: 2 | 3 | 4;
}

const PLACE_BUTTON = "button[data-place-id]";

/**
 * The story's places as a searchable list, grouped by kind. Every place button stays in the Tab
 * order, as buttons in a list should; Up and Down, Home and End are a quicker way through it.
 */
export function PlaceList({ story, selectedId, onSelect, visibleIds = null, headingLevel = 3 }: PlaceListProps) {
  const [query, setQuery] = useState("");
  const baseId = useId();
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => searchPlaces(story.places, query), [story.places, query]);
  const groups = useMemo(() => groupMatches(matches), [matches]);
  const searching = normalizeForSearch(query) !== "";
  const hasArticle = story.file.article !== null;
  const Heading = `h${headingLevel}` as const;

  // A place picked on the map comes into view here too, without taking the reader's focus.
  useEffect(() => {
    if (selectedId === null) return;
    const button = root.current?.querySelector<HTMLElement>(`${PLACE_BUTTON}[aria-current="true"]`);
    button?.scrollIntoView?.({ block: "nearest" });
  }, [selectedId]);

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape" && query !== "") {
      // Only a box with something to clear keeps Escape; an empty one lets a panel close.
      event.preventDefault();
      event.stopPropagation();
      setQuery("");
    } else if (event.key === "ArrowDown") {
      const first = root.current?.querySelector<HTMLElement>(PLACE_BUTTON);
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  }

  function onListKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = Array.from(root.current?.querySelectorAll<HTMLElement>(PLACE_BUTTON) ?? []);
    const index = buttons.indexOf(event.target as HTMLElement);
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const targets: Partial<Record<string, HTMLElement | null | undefined>> = {
      ArrowDown: buttons[index + 1],
      ArrowUp: index === 0 ? input.current : buttons[index - 1],
      Home: buttons[0],
      End: buttons[buttons.length - 1],
    };
    if (!Object.hasOwn(targets, event.key)) return;
    // At either end the key still belongs to the list, so the panel does not scroll instead.
    event.preventDefault();
    targets[event.key]?.focus();
  }

  const trimmed = query.trim();
  const status = !searching
    ? count(matches.length, "place", "places")
    : matches.length === 0
      ? `No place matches “${trimmed}”`
      : `${count(matches.length, "place matches", "places match")} “${trimmed}”`;

  return (
    <div className="place-list" ref={root}>
      <div className="place-list__search" role="search">
        <label className="place-list__label" htmlFor={`${baseId}-query`}>Find a place</label>
        <input
          ref={input}
          id={`${baseId}-query`}
          className="place-list__input"
          type="search"
          placeholder="Name, old name or spelling"
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={onSearchKeyDown}
          aria-describedby={`${baseId}-status`}
        />
        <p className="place-list__status" id={`${baseId}-status`} role="status" aria-live="polite" aria-atomic="true">
          {status}
        </p>
      </div>
      <div className="place-list__groups" onKeyDown={onListKeyDown}>
        {groups.map((group) => {
          const headingId = `${baseId}-${group.key}`;
          return (
            <div key={group.key} className="place-list__group">
              <Heading id={headingId} className="place-list__heading">{group.label}</Heading>
              <ul className="place-list__items" aria-labelledby={headingId}>
                {group.items.map((match) => (
                  <PlaceItem
                    key={match.place.id}
                    match={match}
                    idPrefix={`${baseId}-${match.place.id}`}
                    counts={hasArticle ? countsText(story, match.place.id) : null}
                    selected={match.place.id === selectedId}
                    dimmed={visibleIds !== null && !visibleIds.has(match.place.id)}
                    onSelect={onSelect}
                  />
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  );
}

interface PlaceItemProps {
  match: PlaceMatch;
  idPrefix: string;
  counts: string | null;
  selected: boolean;
  dimmed: boolean;
  onSelect: (placeId: string) => void;
}

function PlaceItem({ match: { place, matched }, idPrefix, counts, selected, dimmed, onSelect }: PlaceItemProps) {
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
    <li className={className}>
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

function countsText(story: Story, placeId: string): string {
  const passages = story.passagesForPlace(placeId).length;
  const events = story.eventsForPlace(placeId).length;
  return `${count(passages, "passage", "passages")} · ${count(events, "event", "events")}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
