/** Boxes around places, without turf: the first view only joins boxes that the story's validation made. */

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** The box around several boxes, or null for none. */
export function unionOfBoxes(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  return [
    Math.min(...boxes.map((box) => box[0])),
    Math.min(...boxes.map((box) => box[1])),
    Math.max(...boxes.map((box) => box[2])),
    Math.max(...boxes.map((box) => box[3])),
  ];
}
