import { parseMapHash, type MapView } from "./mapView";

/** Where an option lives in the URL. */
type OptionPlace = "query" | "hash";

/** One URL option: declared once here, read by the code and copied into the README. */
export interface UrlOption {
  name: string;
  in: OptionPlace;
  /** Form of the value, as the README shows it. */
  value: string;
  example: string;
  description: string;
}

export const URL_OPTIONS: readonly UrlOption[] = [
  {
    name: "place",
    in: "query",
    value: "<place id>",
    example: "?place=baikonur",
    description: "Opens that place's popup when the map loads and centres on it. An unknown id shows a message naming it.",
  },
  {
    name: "map",
    in: "hash",
    value: "<zoom>/<lat>/<lng>",
    example: "#map=6/48.20/67.50",
    description: "The map view (OpenStreetMap convention). Kept up to date as you pan and zoom; a URL carrying it restores that view.",
  },
];

export interface UrlState {
  place: string | null;
  view: MapView | null;
  /** Sentences about options that were malformed and ignored. */
  problems: string[];
}

/**
 * Reads every URL option the app understands.
 * @param search - `location.search`
 * @param hash - `location.hash`
 * @returns the options, and a sentence for each one that was ignored
 */
export function readUrlState(search: string, hash: string): UrlState {
  const query = new URLSearchParams(search);
  const problems: string[] = [];
  const place = query.get("place");
  const view = parseMapHash(hash);
  if (view && "problem" in view) problems.push(view.problem);
  return {
    place: place === null || place === "" ? null : place,
    view: view && !("problem" in view) ? view : null,
    problems,
  };
}
