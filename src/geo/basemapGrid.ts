/**
 * The grid the detailed basemap is cut into (scripts/vite-basemap.ts), and which of its cells a
 * view needs. The whole world ships coarse (Natural Earth 1:110m); from {@link gridOptions.detailMinZoom}
 * the map fetches the 1:50m cells under the view, so a first view over one region carries one
 * region's detail, not the world's.
 */

/** [west, south, east, north] in degrees. */
export type GridBounds = readonly [number, number, number, number];

export const gridOptions = {
  /**
   * Degrees per cell side. 30° measured best: at the story's first view (zoom 4.5 over
   * Kazakhstan) six 30° cells weigh 40 KB gzip, where four 45° cells weigh 70 KB (they reach
   * into Europe and China) and 15° cells would need twenty requests.
   */
  cellDegrees: 30,
  /** From this zoom 1:110m looks coarse (the Caspian's coast in steps), so the 1:50m cells load. */
  detailMinZoom: 4,
  /**
   * Share of the view's width and height added on each side when choosing cells, so that a small
   * pan finds its cell drawn. None: a cell is already 340 pixels or more wide, the coarse world
   * shows meanwhile, and at the story's first view (south edge at 30.1°N) a margin of 0.05
   * fetched a row of cells for a sliver of view, 109 KB gzip of basemap instead of 80.
   */
  margin: 0,
} as const;

/**
 * The key of the cell whose south-west corner is at the given degrees, as the build names its files.
 * @example cellKey(60, 30) // "60_30"
 */
export function cellKey(west: number, south: number): string {
  return `${west}_${south}`;
}

/**
 * The bounds of a cell.
 * @param key - from {@link cellKey}
 * @returns [west, south, east, north]
 * @example cellBounds("60_30") // [60, 30, 90, 60]
 */
export function cellBounds(key: string): GridBounds {
  const [west, south] = key.split("_").map(Number) as [number, number];
  return [west, south, west + gridOptions.cellDegrees, south + gridOptions.cellDegrees];
}

/**
 * Keys of every cell of the grid that the bounds touch, within the one world the basemap draws
 * (longitudes past ±180 are clamped: the map shows no copies of the world).
 * @param bounds - [west, south, east, north] in degrees
 * @returns keys west to east, then south to north
 * @example cellsCovering([40, 32, 94, 62]) // ["30_30", "30_60", "60_30", "60_60", "90_30", "90_60"]
 */
export function cellsCovering(bounds: GridBounds): string[] {
  const size = gridOptions.cellDegrees;
  const clamp = (value: number, limit: number) => Math.min(limit, Math.max(-limit, value));
  const [west, south, east, north] = [clamp(bounds[0], 180), clamp(bounds[1], 90), clamp(bounds[2], 180), clamp(bounds[3], 90)];
  if (west >= east || south >= north) return [];
  // A bound on a cell's edge does not reach into the next cell.
  const first = (value: number) => Math.floor(value / size) * size;
  const last = (value: number) => Math.ceil(value / size) * size - size;
  const keys: string[] = [];
  for (let column = first(west); column <= last(east); column += size) {
    for (let row = first(south); row <= last(north); row += size) keys.push(cellKey(column, row));
  }
  return keys;
}

/**
 * The detail cells a view needs: none below the detail zoom, else those under the view and a
 * small margin that the build made (open ocean has no cell).
 * @param view - the map's bounds, [west, south, east, north] in degrees
 * @param zoom - the map's zoom
 * @param available - keys of the cells the build made
 * @returns keys to load and draw
 * @example cellsForView([40, 32, 94, 62], 4.5, new Set(["60_30"])) // ["60_30"]
 */
export function cellsForView(view: GridBounds, zoom: number, available: ReadonlySet<string>): string[] {
  if (zoom < gridOptions.detailMinZoom) return [];
  const [west, south, east, north] = view;
  const x = (east - west) * gridOptions.margin;
  const y = (north - south) * gridOptions.margin;
  return cellsCovering([west - x, south - y, east + x, north + y]).filter((key) => available.has(key));
}
