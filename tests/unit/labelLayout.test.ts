import { describe, expect, it } from "vitest";
import { layOutLabels, type LabelCandidate } from "../../src/geo/labelLayout";

const label = (id: string, x: number, y: number, priority = 1, width = 80): LabelCandidate => Object.freeze({ id, x, y, width, height: 16, priority });

describe("layOutLabels", () => {
  it("puts a lone label to the right of its dot", () => {
    expect(layOutLabels([label("aktobe", 100, 100)])).toEqual(new Map([["aktobe", "right"]]));
  });

  it("moves a second label to a free side instead of overlapping the first", () => {
    const sides = layOutLabels([label("washington", 100, 100, 2), label("rayburn", 120, 100, 1)]);
    // Washington's label on the right would cover Rayburn's dot, so it goes left.
    expect(sides.get("washington")).toBe("left");
    expect(sides.get("rayburn")).toBe("right");
  });

  it("gives a contested spot to the higher priority, whatever the input order", () => {
    const a = layOutLabels([label("low", 100, 100, 1), label("high", 100, 100, 5)]);
    const b = layOutLabels([label("high", 100, 100, 5), label("low", 100, 100, 1)]);
    expect(a).toEqual(b);
    expect(a.get("high")).toBe("right");
  });

  it("keeps labels inside the viewport, trying another side at the edge", () => {
    expect(layOutLabels([label("edge", 380, 100)], { width: 390, height: 800 }).get("edge")).toBe("left");
    expect(layOutLabels([label("left-edge", 5, 100)], { width: 390, height: 800 }).get("left-edge")).toBe("right");
    expect(layOutLabels([label("top-left", 5, 3, 1, 8)], { width: 390, height: 800 }).get("top-left")).toBe("below");
    expect(layOutLabels([label("wide", 195, 400, 1, 400)], { width: 390, height: 800 }).get("wide")).toBe("hidden");
    expect(layOutLabels([label("wide", 195, 400, 1, 400)]).get("wide")).toBe("right");
  });

  it("hides a label only when every side is taken", () => {
    // Dots sitting where each of the centre's four labels would go.
    const crowd = [label("centre", 200, 200, 0)];
    for (const [index, [x, y]] of [[250, 200], [150, 200], [200, 180], [200, 220]].entries()) crowd.push(label(`n${index}`, x ?? 0, y ?? 0, 9, 20));
    expect(layOutLabels(crowd).get("centre")).toBe("hidden");
    expect(layOutLabels(crowd.slice(0, 4)).get("centre")).toBe("below");
  });

  it("never returns two visible labels that overlap, nor a label over another dot", () => {
    const candidates: LabelCandidate[] = [];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let index = 0; index < 60; index += 1) candidates.push(label(`p${index}`, random() * 600, random() * 400, Math.floor(random() * 5), 40 + random() * 100));
    const sides = layOutLabels(candidates);
    const boxes = candidates.flatMap((candidate) => {
      const side = sides.get(candidate.id);
      const r = 10;
      const { x, y, width, height } = candidate;
      switch (side) {
        case "right": return [{ id: candidate.id, left: x + r, right: x + r + width, top: y - height / 2, bottom: y + height / 2 }];
        case "left": return [{ id: candidate.id, left: x - r - width, right: x - r, top: y - height / 2, bottom: y + height / 2 }];
        case "above": return [{ id: candidate.id, left: x - width / 2, right: x + width / 2, top: y - r - height, bottom: y - r }];
        case "below": return [{ id: candidate.id, left: x - width / 2, right: x + width / 2, top: y + r, bottom: y + r + height }];
        default: return [];
      }
    });
    expect(boxes.length).toBeGreaterThan(10);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a.id !== b.id) expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${a.id} / ${b.id}`).toBe(false);
      }
      for (const dot of candidates) {
        if (dot.id === a.id) continue;
        expect(a.left < dot.x + 7 && dot.x - 7 < a.right && a.top < dot.y + 7 && dot.y - 7 < a.bottom, `${a.id} over ${dot.id}`).toBe(false);
      }
    }
  });
});
