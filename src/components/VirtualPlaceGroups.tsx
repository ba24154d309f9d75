import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useMemo, useRef, type KeyboardEvent, type RefObject } from "react";
import { placeRows, type PlaceRow } from "../story/placeRows";
import type { PlaceMatch } from "../story/placeSearch";
import { PlaceItem } from "./PlaceItem";
import { PLACE_BUTTON, itemProps, movesBetweenPlaces, type PlaceGroupsProps } from "./PlaceGroups";

/** First guesses of row heights, corrected as rows are measured: a heading, a place of two lines. */
const HEADING_HEIGHT = 34;
const PLACE_HEIGHT = 58;
/** Rows drawn past each edge of the box, so that a short scroll or Tab shows no blank. */
const OVERSCAN = 10;

interface VirtualPlaceGroupsProps extends PlaceGroupsProps {
  /** Filled with a function that moves the focus to the first place (Down in the search box). */
  focusFirst: RefObject<(() => void) | null>;
}

/** Consecutive drawn rows of one group: drawn as its heading and a list of those rows. */
interface Run {
  rows: Array<{ row: PlaceRow<PlaceMatch>; index: number }>;
  start: number;
}

/**
 * The groups of a long list, only the rows in and near view drawn. Each drawn stretch of a group
 * keeps its heading (hidden from sight when scrolled past, still naming the list for screen
 * readers) and each place says where it stands in its group. Up, Down, Home and End move by place
 * over the whole list, scrolling the next one in before focusing it.
 */
export function VirtualPlaceGroups(props: VirtualPlaceGroupsProps) {
  const { groups, baseId, headingLevel, selectedId, onLeaveTop, focusFirst } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const { rows, items, itemRows } = useMemo(() => placeRows(groups), [groups]);
  const orderOf = useMemo(() => new Map(items.map((match, index) => [match.place.id, index])), [items]);
  const pendingFocus = useRef<string | null>(null);
  const Heading = `h${headingLevel}` as const;

  // No React Compiler runs here; the virtualizer re-renders this component itself as it scrolls.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (rows[index]?.kind === "heading" ? HEADING_HEIGHT : PLACE_HEIGHT),
    getItemKey: (index) => {
      const row = rows[index];
      return row?.kind === "item" ? row.item.place.id : `heading-${row?.group.key ?? index}`;
    },
    overscan: OVERSCAN,
  });

  /** Focuses the place waiting for it, if its row is drawn yet. */
  const focusPending = () => {
    const buttons = scroller.current?.querySelectorAll<HTMLElement>(PLACE_BUTTON) ?? [];
    const button = Array.from(buttons).find((each) => each.dataset.placeId === pendingFocus.current);
    if (!button) return;
    pendingFocus.current = null;
    button.focus({ preventScroll: true });
  };
  // The focus follows a key press once the row it goes to is drawn.
  useLayoutEffect(focusPending);

  const focusPlace = (order: number) => {
    const match = items[order];
    if (!match) return;
    pendingFocus.current = match.place.id;
    virtualizer.scrollToIndex(itemRows[order]!, { align: "auto" });
    focusPending();
  };

  useEffect(() => {
    focusFirst.current = () => focusPlace(0);
    return () => {
      focusFirst.current = null;
    };
  });

  // A place picked on the map comes into view here too, without taking the reader's focus.
  const selectedOrder = selectedId === null ? undefined : orderOf.get(selectedId);
  useEffect(() => {
    if (selectedOrder !== undefined) virtualizer.scrollToIndex(itemRows[selectedOrder]!, { align: "auto" });
  }, [selectedOrder, itemRows, virtualizer]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const order = orderOf.get((event.target as HTMLElement).dataset.placeId ?? "");
    if (order === undefined || !(event.target as HTMLElement).matches(PLACE_BUTTON) || !movesBetweenPlaces(event)) return;
    // At either end the key still belongs to the list, so the panel does not scroll instead.
    event.preventDefault();
    if (event.key === "ArrowUp" && order === 0) onLeaveTop();
    else focusPlace({ ArrowDown: Math.min(order + 1, items.length - 1), ArrowUp: order - 1, Home: 0, End: items.length - 1 }[event.key] ?? order);
  }

  const runs: Run[] = [];
  for (const virtual of virtualizer.getVirtualItems()) {
    const row = rows[virtual.index]!;
    const last = runs.at(-1);
    if (last && last.rows.at(-1)?.row.group === row.group) last.rows.push({ row, index: virtual.index });
    else runs.push({ rows: [{ row, index: virtual.index }], start: virtual.start });
  }

  return (
    <div className="place-list__groups place-list__groups--virtual" ref={scroller} onKeyDown={onKeyDown}>
      <div className="place-list__sizer" style={{ height: virtualizer.getTotalSize() }}>
        {runs.map((run) => {
          const group = run.rows[0]!.row.group;
          const headingId = `${baseId}-${group.key}`;
          const heading = run.rows[0]!.row.kind === "heading" ? run.rows[0]! : null;
          return (
            <div key={group.key} className="place-list__group place-list__run" style={{ transform: `translateY(${run.start}px)` }}>
              <Heading
                id={headingId}
                className={heading ? "place-list__heading" : "place-list__heading place-list__visually-hidden"}
                ref={heading ? virtualizer.measureElement : undefined}
                data-index={heading?.index}
              >
                {group.label}
              </Heading>
              <ul className="place-list__items" aria-labelledby={headingId}>
                {run.rows.flatMap(({ row, index }) => row.kind === "item"
                  ? [<PlaceItem key={row.item.place.id} {...itemProps(props, row.item)} row={{ index, position: row.position, setSize: group.items.length, measure: virtualizer.measureElement }} />]
                  : [])}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  );
}
