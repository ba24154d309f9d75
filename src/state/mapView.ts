/** A map view as the URL carries it: `#map=<zoom>/<lat>/<lng>`, the OpenStreetMap convention. */
export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

const MAX_ZOOM = 22;

/**
 * Reads `map=<zoom>/<lat>/<lng>` from a URL hash.
 * @param hash - `location.hash`, with or without the leading `#`
 * @returns the view, `null` when the hash has no `map=`, or a problem sentence when it is malformed
 * @example parseMapHash("#map=6/48.2/67.5") // { zoom: 6, lat: 48.2, lng: 67.5 }
 */
export function parseMapHash(hash: string): MapView | null | { problem: string } {
  const value = new URLSearchParams(hash.replace(/^#/, "")).get("map");
  if (value === null) return null;
  const parts = value.split("/");
  const [zoom, lat, lng] = parts.map((part) => (/^-?\d+(\.\d+)?$/.test(part) ? Number(part) : Number.NaN));
  const problem = (rule: string) => ({ problem: `#map=${value} was ignored: ${rule}` });
  if (parts.length !== 3 || zoom === undefined || lat === undefined || lng === undefined || [zoom, lat, lng].some(Number.isNaN)) {
    return problem("it must be three numbers, zoom/latitude/longitude, such as #map=6/48.2/67.5");
  }
  if (zoom < 0 || zoom > MAX_ZOOM) return problem(`the zoom must be between 0 and ${MAX_ZOOM}`);
  if (lat < -90 || lat > 90) return problem("the latitude must be between -90 and 90");
  if (lng < -180 || lng > 180) return problem("the longitude must be between -180 and 180");
  return { zoom, lat, lng };
}

/**
 * Writes a view for the URL hash, with as many decimals as the zoom can show (as openstreetmap.org).
 * @param view - the map's current view
 * @returns `map=<zoom>/<lat>/<lng>`, without the `#`
 * @example formatMapHash({ zoom: 6, lat: 48.21234, lng: 67.5 }) // "map=6/48.21/67.50"
 */
export function formatMapHash(view: MapView): string {
  const zoom = Math.round(view.zoom * 100) / 100;
  const decimals = Math.max(0, Math.ceil((zoom * Math.LN2) / Math.LN10));
  return `map=${zoom}/${view.lat.toFixed(decimals)}/${wrapLongitude(view.lng).toFixed(decimals)}`;
}

function wrapLongitude(lng: number): number {
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}
