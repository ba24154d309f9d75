import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Story } from "../story/model";
import { groupMatches, normalizeForSearch, searchPlaces } from "../story/placeSearch";
import { useSearchIndex } from "./useSearchIndex";
import { count } from "./PlaceItem";
import { PLACE_BUTTON, PlaceGroups } from "./PlaceGroups";
import { VirtualPlaceGroups } from "./VirtualPlaceGroups";

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

/**
 * Past this many places shown, only the rows in view are drawn. Below it the whole list is in the
 * page, every place in the Tab order and found by the browser's own search; above it, drawing
 * every row would take seconds (100,000 places are 400,000 elements).
 */
const VIRTUAL_FROM = 500;

/**
 * The story's places as a searchable list, grouped by kind. Every place button drawn is in the Tab
 * order, as buttons in a list should be; Up and Down, Home and End are a quicker way through it.
 */
export function PlaceList({ story, selectedId, onSelect, visibleIds = null, headingLevel = 3 }: PlaceListProps) {
  const [query, setQuery] = useState("");
  // The box shows each key at once; the list follows when React has time, so a search over
  // 100,000 places never holds typing back.
  const listedQuery = useDeferredValue(query);
  const baseId = useId();
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const focusFirstVirtual = useRef<(() => void) | null>(null);
  const { index, all } = useSearchIndex(story.places);
  const searching = normalizeForSearch(listedQuery) !== "";
  // A large story's index is folded a slice at a time; a search typed before it is done waits for it.
  const preparing = searching && index === null;
  const matches = useMemo(() => (!searching ? all : index ? searchPlaces(index, listedQuery) : []), [searching, all, index, listedQuery]);
  const groups = useMemo(() => groupMatches(matches), [matches]);
  const virtual = matches.length > VIRTUAL_FROM;

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Escape" && query !== "") {
      // Only a box with something to clear keeps Escape; an empty one lets a panel close.
      event.preventDefault();
      event.stopPropagation();
      setQuery("");
    } else if (event.key === "ArrowDown" && matches.length > 0) {
      event.preventDefault();
      if (virtual) focusFirstVirtual.current?.();
      else root.current?.querySelector<HTMLElement>(PLACE_BUTTON)?.focus();
    }
  }

  const trimmed = listedQuery.trim();
  const status = !searching
    ? count(matches.length, "place", "places")
    : preparing
      ? `Preparing the search of ${count(all.length, "place", "places")}…`
      : matches.length === 0
        ? `No place matches “${trimmed}”`
        : `${count(matches.length, "place matches", "places match")} “${trimmed}”`;
  const groupsProps = {
    groups, baseId, headingLevel, story, selectedId, visibleIds, onSelect,
    onLeaveTop: () => input.current?.focus(),
  };

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
      {virtual ? <VirtualPlaceGroups {...groupsProps} focusFirst={focusFirstVirtual} /> : <PlaceGroups {...groupsProps} />}
    </div>
  );
}
