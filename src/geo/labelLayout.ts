/** Where a marker's label goes relative to its dot, or nowhere when every side collides. */
export type LabelSide = "right" | "left" | "above" | "below" | "hidden";

export interface LabelCandidate {
  id: string;
  /** Marker centre in screen pixels. */
  x: number;
  y: number;
  /** Label size in pixels. */
  width: number;
  height: number;
  /** Higher places first, so the more important label wins a contested spot. */
  priority: number;
}

/** Trade-offs of the placement. */
export const labelLayoutOptions = {
  /** Half the size of a marker's dot; labels never cover another marker's dot. */
  markerRadius: 7,
  /** Space between a dot and its label. */
  gap: 3,
  /** Sides tried in order: right reads most naturally, left is its mirror, then above and below. */
  sides: ["right", "left", "above", "below"] as const,
};

interface Box { left: number; top: number; right: number; bottom: number }

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function labelBox(candidate: LabelCandidate, side: Exclude<LabelSide, "hidden">): Box {
  const { x, y, width, height } = candidate;
  const offset = labelLayoutOptions.markerRadius + labelLayoutOptions.gap;
  switch (side) {
    case "right": return { left: x + offset, right: x + offset + width, top: y - height / 2, bottom: y + height / 2 };
    case "left": return { left: x - offset - width, right: x - offset, top: y - height / 2, bottom: y + height / 2 };
    case "above": return { left: x - width / 2, right: x + width / 2, top: y - offset - height, bottom: y - offset };
    case "below": return { left: x - width / 2, right: x + width / 2, top: y + offset, bottom: y + offset + height };
  }
}

/**
 * Places marker labels so that none overlaps another label or another marker's dot: each label
 * tries right, left, above and below its dot, in priority order, staying inside the viewport; a label with no free side is
 * hidden (the marker stays, and shows its name on hover and focus).
 * @param candidates - markers with their label sizes, in screen pixels
 * @param viewport - the visible area from (0, 0); a label that would stick out of it tries another side
 * @returns the side chosen for each marker id
 * @example layOutLabels([{ id: "a", x: 0, y: 0, width: 50, height: 16, priority: 1 }]) // Map { "a" => "right" }
 */
export function layOutLabels(candidates: readonly LabelCandidate[], viewport?: { width: number; height: number }): Map<string, LabelSide> {
  const radius = labelLayoutOptions.markerRadius;
  const dots = candidates.map((candidate) => ({
    id: candidate.id,
    box: { left: candidate.x - radius, right: candidate.x + radius, top: candidate.y - radius, bottom: candidate.y + radius },
  }));
  const placed: Box[] = [];
  const sides = new Map<string, LabelSide>();
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id));
  for (const candidate of ordered) {
    const side = labelLayoutOptions.sides.find((each) => {
      const box = labelBox(candidate, each);
      const inView = !viewport || (box.left >= 0 && box.top >= 0 && box.right <= viewport.width && box.bottom <= viewport.height);
      return inView && !placed.some((other) => overlaps(box, other)) && !dots.some((dot) => dot.id !== candidate.id && overlaps(box, dot.box));
    });
    if (side) placed.push(labelBox(candidate, side));
    sides.set(candidate.id, side ?? "hidden");
  }
  return sides;
}
