import { describe, expect, it } from "vitest";
import { layOutStaticMarkers, staticMarkerOptions, type StaticMarker } from "../../src/geo/staticMapMarkers";

const SIZE = { width: 400, height: 300 };
const marker = (id: string, x: number, y: number, extra: Partial<StaticMarker> = {}): StaticMarker => ({
  id, name: id, x, y, symbol: "dot", emphasised: false, priority: 1, ...extra,
});
const byId = (markers: ReturnType<typeof layOutStaticMarkers>["markers"]) => new Map(markers.map((each) => [each.id, each]));

describe("layOutStaticMarkers", () => {
  it("puts a name right of its symbol, or left of it at the picture's right edge", () => {
    const { markers } = layOutStaticMarkers([marker("Aktobe", 100, 100), marker("Balkhash", 390, 200)], SIZE, []);
    const placed = byId(markers);
    expect(placed.get("Aktobe")!.label).toMatchObject({ anchor: "start", x: 100 + staticMarkerOptions.symbolRadius + staticMarkerOptions.gap });
    expect(placed.get("Balkhash")!.label).toMatchObject({ anchor: "end" });
    expect(placed.get("Aktobe")!.at).toEqual([100, 100]);
  });

  it("spreads symbols on the same spot apart, each keeping its true position and its name", () => {
    const { markers } = layOutStaticMarkers([marker("town", 200, 150), marker("pad", 201, 150, { symbol: "diamond" })], SIZE, []);
    const [town, pad] = [byId(markers).get("town")!, byId(markers).get("pad")!];
    expect(Math.hypot(town.at[0] - pad.at[0], town.at[1] - pad.at[1])).toBeGreaterThanOrEqual(staticMarkerOptions.spread - 0.01);
    expect([town.x, pad.x]).toEqual([200, 201]);
    expect(town.label).not.toBeNull();
    expect(pad.label).not.toBeNull();
  });

  it("centres an area's name on its point, or a line off it when that is taken", () => {
    const alone = layOutStaticMarkers([marker("Central Asia", 200, 150, { symbol: "none" })], SIZE, []).markers[0]!;
    expect(alone.label).toMatchObject({ anchor: "middle", x: 200 });
    const crowded = byId(layOutStaticMarkers([
      marker("Central Asia", 200, 150, { symbol: "none", priority: 100 }),
      marker("Baikonur", 170, 150),
    ], SIZE, []).markers);
    // The point's name is placed first: an area's name can go anywhere on the area.
    expect(crowded.get("Baikonur")!.label).toMatchObject({ anchor: "start" });
    expect(crowded.get("Central Asia")!.label!.y).not.toBe(alone.label!.y);
  });

  it("gives the emphasised place its spot first, and leaves out a name with no room", () => {
    const names = byId(layOutStaticMarkers([
      marker("a", 20, 20, { name: "A name far too long to fit anywhere in this picture at all", priority: 5 }),
      marker("b", 200, 150, { priority: 1, emphasised: true }),
    ], { width: 220, height: 170 }, []).markers);
    expect(names.get("a")!.label).toBeNull();
    expect(names.get("b")!.label).not.toBeNull();
  });

  it("keeps every name inside the picture, on the side away from the edge", () => {
    const placed = byId(layOutStaticMarkers([
      marker("West", 10, 150), marker("East", 390, 150), marker("Top", 200, 3), marker("Bottom", 200, 297),
    ], SIZE, []).markers);
    expect(placed.get("West")!.label!.anchor).toBe("start");
    expect(placed.get("East")!.label!.anchor).toBe("end");
    expect(placed.get("Top")!.label!.y).toBeGreaterThan(3);
    expect(placed.get("Bottom")!.label!.y).toBeLessThan(297);
    // In a corner no side has room: no name rather than one cut off.
    expect(layOutStaticMarkers([marker("Corner", 2, 2)], SIZE, []).markers[0]!.label).toBeNull();
  });

  it("draws a country's name only where it touches no place or other name", () => {
    const { countries } = layOutStaticMarkers([marker("Aktobe", 100, 100)], SIZE, [
      { id: "398", name: "Kazakhstan", x: 150, y: 100 },
      { id: "643", name: "Russia", x: 200, y: 40 },
    ]);
    expect(countries.map((country) => country.name)).toEqual(["Russia"]);
  });
});
