import type { MapView } from "../state/mapView";
import type { Theme } from "../state/urlOptions";

/** What `mountArticleMap` accepts: the URL options as typed fields. */
export interface ArticleMapOptions {
  /** A story file, relative to the host page or absolute; the site's default story without it. */
  story?: string;
  place?: string;
  theme?: Theme;
  /** YYYY-MM-DD */
  from?: string;
  to?: string;
  panel?: boolean;
  controls?: boolean;
  static?: boolean;
  title?: boolean;
  view?: MapView;
}

/** The `<article-map>` attributes: the URL options, with `map` for the view as `zoom/lat/lng`. */
export const ELEMENT_ATTRIBUTES = ["story", "place", "theme", "from", "to", "panel", "controls", "static", "title", "map"] as const;
export type ElementAttribute = (typeof ELEMENT_ATTRIBUTES)[number];

const SWITCHES: ReadonlySet<string> = new Set(["panel", "controls", "static", "title"]);

/**
 * The options as the app's URL would carry them, so that one parser (readUrlState) checks all
 * three ways in and a bad value gets the same message whichever way it came.
 * @param base - the host page's URL, against which a relative story resolves
 */
export function optionsToHref(options: ArticleMapOptions, base: string): string {
  const values: Partial<Record<ElementAttribute, string>> = {};
  for (const [name, value] of Object.entries(options) as Array<[keyof ArticleMapOptions, unknown]>) {
    if (name === "view") {
      const view = value as MapView | undefined;
      if (view) values.map = `${view.zoom}/${view.lat}/${view.lng}`;
    } else if (typeof value === "boolean") {
      values[name] = value ? "1" : "0";
    } else if (typeof value === "string") {
      values[name] = value;
    }
  }
  return attributesToHref(values, base);
}

/**
 * An element's attributes as a URL. A switch written bare (`<article-map static>`) or as "true"
 * is on and "false" is off, as HTML readers expect; other values go on for the parser to judge.
 */
export function attributesToHref(attributes: Partial<Record<ElementAttribute, string>>, base: string): string {
  const url = new URL(base);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(attributes) as Array<[ElementAttribute, string]>) {
    if (name === "map") continue;
    query.set(name, SWITCHES.has(name) ? ({ "": "1", true: "1", false: "0" } as Record<string, string>)[value] ?? value : value);
  }
  url.search = query.toString();
  url.hash = attributes.map ? `map=${attributes.map}` : "";
  return url.href;
}
