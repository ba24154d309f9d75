import { useEffect, useRef, type KeyboardEvent } from "react";
import type { Story } from "../story/model";
import type { PlaceGroup, PlaceMatch } from "../story/placeSearch";
import { PlaceItem, countsText } from "./PlaceItem";

/** What both renderings of the list's groups take: the plain one below and VirtualPlaceGroups. */
export interface PlaceGroupsProps {
  groups: readonly PlaceGroup<PlaceMatch>[];
  /** Prefix of the ids of headings and details, unique to the list. */
  baseId: string;
  headingLevel: 2 | 3 | 4;
  story: Story;
  selectedId: string | null;
  visibleIds: ReadonlySet<string> | null;
  onSelect: (placeId: string) => void;
  /** Up on the first place: back to the search box. */
  onLeaveTop: () => void;
}

export const PLACE_BUTTON = "button[data-place-id]";

/** Keys that move between places, and whether they are left to the browser. */
export const movesBetweenPlaces = (event: KeyboardEvent): boolean =>
  ["ArrowDown", "ArrowUp", "Home", "End"].includes(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;

/** Props of one place's row, the same in both renderings. */
export function itemProps({ baseId, story, selectedId, visibleIds, onSelect }: PlaceGroupsProps, match: PlaceMatch) {
  return {
    match,
    idPrefix: `${baseId}-${match.place.id}`,
    counts: story.file.article !== null ? countsText(story, match.place.id) : null,
    selected: match.place.id === selectedId,
    dimmed: visibleIds !== null && !visibleIds.has(match.place.id),
    onSelect,
  };
}

/** Every group and place in the page, for lists short enough to draw whole. */
export function PlaceGroups(props: PlaceGroupsProps) {
  const { groups, baseId, headingLevel, selectedId, onLeaveTop } = props;
  const root = useRef<HTMLDivElement>(null);
  const Heading = `h${headingLevel}` as const;

  // A place picked on the map comes into view here too, without taking the reader's focus.
  useEffect(() => {
    if (selectedId === null) return;
    const button = root.current?.querySelector<HTMLElement>(`${PLACE_BUTTON}[aria-current="true"]`);
    button?.scrollIntoView?.({ block: "nearest" });
  }, [selectedId]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = Array.from(root.current?.querySelectorAll<HTMLElement>(PLACE_BUTTON) ?? []);
    const index = buttons.indexOf(event.target as HTMLElement);
    if (index < 0 || !movesBetweenPlaces(event)) return;
    // At either end the key still belongs to the list, so the panel does not scroll instead.
    event.preventDefault();
    const targets: Record<string, HTMLElement | undefined> = { ArrowDown: buttons[index + 1], ArrowUp: buttons[index - 1], Home: buttons[0], End: buttons.at(-1) };
    if (event.key === "ArrowUp" && index === 0) onLeaveTop();
    else targets[event.key]?.focus();
  }

  return (
    <div className="place-list__groups" ref={root} onKeyDown={onKeyDown}>
      {groups.map((group) => {
        const headingId = `${baseId}-${group.key}`;
        return (
          <div key={group.key} className="place-list__group">
            <Heading id={headingId} className="place-list__heading">{group.label}</Heading>
            <ul className="place-list__items" aria-labelledby={headingId}>
              {group.items.map((match) => <PlaceItem key={match.place.id} {...itemProps(props, match)} />)}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
