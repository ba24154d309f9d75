/**
 * Where the symbols and names of places go on a static map: as on the live map, symbols that would
 * overlap are spread apart and names are put beside their symbol where nothing else is, but here
 * once, for a picture of fixed size, with no browser to measure text.
 */
import { fanOutOverlaps } from "./overlapFanOut";

export const staticMarkerOptions = {
  /** Size of a place's name in picture pixels; country names are smaller, so places stand out. */
  fontSize: 13,
  countryFontSize: 11,
  /** Average width of a character as a share of the font size: a generous guess, so names rarely touch. */
  characterWidth: 0.6,
  /** Half the size of a dot or diamond, and of the ring around the emphasised place. */
  symbolRadius: 4.5,
  ringRadius: 9,
  /** Space between a symbol and its name. */
  gap: 3,
  /** Symbols closer than this are spread apart, each joined to its true position by a line. */
  spread: 13,
};

export interface StaticMarker {
  id: string;
  name: string;
  /** The place in the picture, in pixels. */
  x: number;
  y: number;
  /** A dot for a town, a diamond for a site or building; an area has no symbol, its name stands on its own. */
  symbol: "dot" | "diamond" | "none";
  /** The step's own place, ringed; its name goes first. */
  emphasised: boolean;
  /** Higher first, so the more important name wins a contested spot. */
  priority: number;
}

export interface TextPosition {
  x: number;
  /** The baseline, as SVG text wants it. */
  y: number;
  anchor: "start" | "middle" | "end";
}

export interface PlacedMarker extends StaticMarker {
  /** Where the symbol is drawn: the place itself, or off a crowd of others. */
  at: [number, number];
  /** Where its name goes; null when it has no free spot. */
  label: TextPosition | null;
}

export interface CountryName {
  id: string;
  name: string;
  x: number;
  y: number;
}

interface Box { left: number; top: number; right: number; bottom: number }

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function around(x: number, y: number, radius: number): Box {
  return { left: x - radius, right: x + radius, top: y - radius, bottom: y + radius };
}

/** The box of a name and where its text starts, beside a symbol or centred on an area's point. */
function textCandidates(marker: { x: number; y: number; name: string; radius: number; centred: boolean }, fontSize: number): Array<{ box: Box; text: TextPosition }> {
  const { x, y, radius } = marker;
  const width = marker.name.length * fontSize * staticMarkerOptions.characterWidth;
  const height = fontSize * 1.2;
  const offset = radius + staticMarkerOptions.gap;
  const beside: Array<[Box, TextPosition["anchor"]]> = [
    [{ left: x + offset, right: x + offset + width, top: y - height / 2, bottom: y + height / 2 }, "start"],
    [{ left: x - offset - width, right: x - offset, top: y - height / 2, bottom: y + height / 2 }, "end"],
    [{ left: x - width / 2, right: x + width / 2, top: y - offset - height, bottom: y - offset }, "middle"],
    [{ left: x - width / 2, right: x + width / 2, top: y + offset, bottom: y + offset + height }, "middle"],
  ];
  // An area's name belongs on its point, but a line or a few above or below it still names the area.
  const centred = [0, -1, 1, -2, 2, -3, 3].map((lines): [Box, TextPosition["anchor"]] => {
    const middle = y + lines * height;
    return [{ left: x - width / 2, right: x + width / 2, top: middle - height / 2, bottom: middle + height / 2 }, "middle"];
  });
  const boxes = marker.centred ? centred : beside;
  return boxes.map(([box, anchor]) => ({
    box,
    // The baseline sits 0.3 font sizes above the box's bottom, which leaves room for descenders.
    text: { x: anchor === "start" ? box.left : anchor === "end" ? box.right : x, y: box.bottom - fontSize * 0.3, anchor },
  }));
}

/**
 * Lays out the places of a static map, then the country names that still fit.
 * @param markers - places in the picture, in pixels; ids unique
 * @param size - the picture; no name sticks out of it
 * @param countries - country names centred on their points, drawn only where they touch nothing
 * @returns every marker with where its symbol and name go, and the country names that fit
 * @example layOutStaticMarkers([{ id: "a", name: "Aktobe", x: 50, y: 50, symbol: "dot", emphasised: false, priority: 1 }], { width: 300, height: 200 }, []).markers[0].label?.anchor // "start"
 */
export function layOutStaticMarkers(
  markers: readonly StaticMarker[],
  size: { width: number; height: number },
  countries: readonly CountryName[],
): { markers: PlacedMarker[]; countries: CountryName[] } {
  const options = staticMarkerOptions;
  const symbols = markers.filter((marker) => marker.symbol !== "none");
  const spread = fanOutOverlaps(symbols.map(({ id, x, y }) => ({ id, x, y })), options.spread);
  const at = (marker: StaticMarker): [number, number] => {
    const moved = spread.get(marker.id);
    return moved ? [moved.x, moved.y] : [marker.x, marker.y];
  };
  const radius = (marker: StaticMarker) => (marker.emphasised ? options.ringRadius : options.symbolRadius);
  const symbolBoxes = symbols.map((marker) => ({ id: marker.id, box: around(...at(marker), radius(marker)) }));
  const inPicture = (box: Box) => box.left >= 0 && box.top >= 0 && box.right <= size.width && box.bottom <= size.height;
  const taken: Box[] = [];
  const free = (box: Box, own: string | null) =>
    inPicture(box) && !taken.some((other) => overlaps(box, other)) && !symbolBoxes.some((symbol) => symbol.id !== own && overlaps(box, symbol.box));

  // A point's name has four spots beside its symbol; an area's can go anywhere on it, so it gives way.
  const rank = (marker: StaticMarker) => (marker.emphasised ? 2 : marker.symbol === "none" ? 0 : 1);
  const ordered = [...markers].sort((a, b) => rank(b) - rank(a) || b.priority - a.priority || a.id.localeCompare(b.id));
  const labels = new Map<string, TextPosition | null>();
  for (const marker of ordered) {
    const [x, y] = at(marker);
    const candidates = textCandidates({ x, y, name: marker.name, radius: radius(marker), centred: marker.symbol === "none" }, options.fontSize);
    const chosen = candidates.find((candidate) => free(candidate.box, marker.id));
    if (chosen) taken.push(chosen.box);
    labels.set(marker.id, chosen?.text ?? null);
  }
  const fitting = countries.filter((country) => {
    // Only on its point: a country's name off it could be read as its neighbour's.
    const [candidate] = textCandidates({ ...country, radius: 0, centred: true }, options.countryFontSize);
    if (!free(candidate!.box, null)) return false;
    taken.push(candidate!.box);
    return true;
  });
  return {
    markers: markers.map((marker) => ({ ...marker, at: at(marker), label: labels.get(marker.id) ?? null })),
    countries: fitting,
  };
}
