import type { FetchRequest } from "../data/fetchChecked";
import type { Draft } from "../builder/draft";
import type { GazetteerEntry } from "../geoparse/gazetteer";

/** The messages between the story builder (src/data/geoparser.ts) and the worker that geoparses. */

/** What the reader typed about the article, with its text. */
export interface ArticleInput {
  text: string;
  title: string;
  source: string;
  sourceUrl: string;
  published: string;
}

/** Every request names the gazetteer file, which the worker fetches and indexes once. */
export type GeoparseRequest =
  | { id: number; kind: "draft"; gazetteer: FetchRequest; article: ArticleInput }
  | { id: number; kind: "search"; gazetteer: FetchRequest; query: string };

export type GeoparseReply =
  | { id: number; kind: "draft"; draft: Draft }
  | { id: number; kind: "found"; entries: GazetteerEntry[] }
  /** The message names what failed: the gazetteer's download, or the text. */
  | { id: number; kind: "failed"; message: string };
