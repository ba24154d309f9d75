/**
 * Spreads overlapping map markers apart so each stays visible and clickable.
 *
 * Places a few kilometres apart (Baikonur town, its cosmodrome and launch pad; the White House
 * and the Capitol) share the same pixels at low zoom. Markers closer than a minimum distance are
 * moved onto a circle around the centre of their group, like a fanned-out hand of cards.
 */

export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/**
 * Moves markers that lie closer than `minDistance` onto evenly spaced circles.
 *
 * Groups are single-linkage: a marker joins a group when it is too close to any one member.
 * Each group of two or more is laid out on a circle around the centroid of its members' original
 * positions, sorted by id and starting at the top, with a radius of at least `minDistance` and
 * large enough that neighbours on the circle are `minDistance` apart. When a circle then lands too
 * close to another marker or circle, the two groups merge and are laid out again, so every pair
 * of markers ends up at least `minDistance` apart. Markers that are never grouped keep their position.
 *
 * @param points - Marker positions in screen pixels; ids must be unique. Not modified.
 * @param minDistance - Smallest allowed distance between two markers, in pixels.
 * @returns Position for every id: the original one, or its place on the group's circle.
 * @example
 * const spread = fanOutOverlaps(
 *   [{ id: "town", x: 100, y: 100 }, { id: "pad", x: 104, y: 101 }, { id: "far", x: 400, y: 50 }],
 *   20,
 * );
 * // "pad" goes to the top of a 20 px circle around (102, 100.5), "town" to its bottom;
 * // "far" stays at (400, 50).
 */
export function fanOutOverlaps(
  points: ReadonlyArray<ScreenPoint>,
  minDistance: number,
): Map<string, { x: number; y: number }> {
  const groups = new Groups(points.length);
  linkCloserThan(points, groups, minDistance);
  let layout = layOut(points, groups, minDistance);
  // Groups only ever merge, so this stops after at most one pass per point.
  while (linkCloserThan(layout, groups, minDistance)) layout = layOut(points, groups, minDistance);
  return new Map(layout.map(({ id, x, y }) => [id, { x, y }]));
}

/** Joins the groups of every pair closer than minDistance; reports whether any groups merged. */
function linkCloserThan(points: ReadonlyArray<ScreenPoint>, groups: Groups, minDistance: number): boolean {
  let merged = false;
  for (let first = 0; first < points.length; first += 1) {
    for (let second = first + 1; second < points.length; second += 1) {
      const a = points[first]!;
      const b = points[second]!;
      if (Math.hypot(a.x - b.x, a.y - b.y) < minDistance && groups.union(first, second)) merged = true;
    }
  }
  return merged;
}

/** Positions every point: alone where it was, in a group on the group's circle. */
function layOut(points: ReadonlyArray<ScreenPoint>, groups: Groups, minDistance: number): ScreenPoint[] {
  const layout = points.map((point) => ({ ...point }));
  for (const members of groups.members()) {
    if (members.length < 2) continue;
    const centerX = members.reduce((sum, index) => sum + points[index]!.x, 0) / members.length;
    const centerY = members.reduce((sum, index) => sum + points[index]!.y, 0) / members.length;
    const radius = circleRadius(members.length, minDistance);
    // Sorting by id keeps each marker's slot stable however the caller orders its input.
    const byId = [...members].sort((a, b) => compareIds(points[a]!.id, points[b]!.id));
    byId.forEach((index, slot) => {
      // Screen y grows downwards, so -π/2 is the top of the circle and slots go clockwise.
      const angle = -Math.PI / 2 + (2 * Math.PI * slot) / byId.length;
      layout[index] = { id: points[index]!.id, x: centerX + radius * Math.cos(angle), y: centerY + radius * Math.sin(angle) };
    });
  }
  return layout;
}

/**
 * Radius at which `count` evenly spaced points are `minDistance` apart from their neighbours
 * (chord 2r·sin(π/count)), but never below `minDistance` so the fan clearly leaves its centre.
 */
function circleRadius(count: number, minDistance: number): number {
  return Math.max(minDistance, minDistance / (2 * Math.sin(Math.PI / count)));
}

function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Union–find over point indices. */
class Groups {
  private readonly parent: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, index) => index);
  }

  /** Merges the groups of a and b; returns false when they were already one group. */
  union(a: number, b: number): boolean {
    const rootA = this.root(a);
    const rootB = this.root(b);
    if (rootA === rootB) return false;
    this.parent[rootB] = rootA;
    return true;
  }

  /** Point indices of every group. */
  members(): number[][] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, index) => {
      const root = this.root(index);
      const group = byRoot.get(root);
      if (group === undefined) byRoot.set(root, [index]);
      else group.push(index);
    });
    return [...byRoot.values()];
  }

  private root(index: number): number {
    let current = index;
    while (this.parent[current] !== current) current = this.parent[current]!;
    return current;
  }
}
