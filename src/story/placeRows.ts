import type { PlaceGroup } from "./placeSearch";

/** One row of the place list as a virtual list draws it: a group's heading, or one of its items. */
export type PlaceRow<T> =
  | { kind: "heading"; group: PlaceGroup<T> }
  | { kind: "item"; group: PlaceGroup<T>; item: T; /** 1-based, within its group. */ position: number };

/** The list's rows, and where each item sits among them. */
export interface PlaceRows<T> {
  rows: PlaceRow<T>[];
  /** The items in the order shown, across groups. */
  items: T[];
  /** The row of each of `items`, by the same index. */
  itemRows: number[];
}

/**
 * Flattens the list's groups into rows, each heading before its items, so that a virtual list can
 * draw any slice of them and keys like Down or End can move by item rather than by row.
 * @param groups - the groups, in the order shown
 * @returns the rows and, for each item in order, its row
 * @example
 * placeRows([{ key: "city", label: "City or town", items: [a, b] }]).rows.map((row) => row.kind)
 * // ["heading", "item", "item"]
 */
export function placeRows<T>(groups: readonly PlaceGroup<T>[]): PlaceRows<T> {
  const rows: PlaceRow<T>[] = [];
  const items: T[] = [];
  const itemRows: number[] = [];
  for (const group of groups) {
    rows.push({ kind: "heading", group });
    group.items.forEach((item, index) => {
      items.push(item);
      itemRows.push(rows.length);
      rows.push({ kind: "item", group, item, position: index + 1 });
    });
  }
  return { rows, items, itemRows };
}
