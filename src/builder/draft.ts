/**
 * A story in the making: the article's text and details, every place mention the geoparser
 * proposed with the reader's decision on it, and the events proposed from the text's dates. It is
 * plain JSON, so the builder keeps it in local storage and a reload loses nothing.
 */
import type { GazetteerKind } from "../geoparse/gazetteer";

/** A place a mention may stand for: a gazetteer entry, or a point the reader clicked on the map. */
export interface DraftPlace {
  /** The gazetteer entry's id, or `point-<lat>-<lng>` for a clicked point. */
  id: string;
  name: string;
  kind: GazetteerKind | "point";
  lat: number;
  lng: number;
  /** ISO 3166-1 alpha-2 of the country it lies in; null when unknown. */
  country: string | null;
}

/** The reader's word on a proposal: nothing yet, yes or no. */
export type Decision = "proposed" | "accepted" | "rejected";

/** One run of the text that names a place. */
export interface DraftMention {
  /** UTF-16 offsets into {@link Draft.text}, end exclusive. */
  start: number;
  end: number;
  /** The text's own words, `text.slice(start, end)`. */
  text: string;
  decision: Decision;
  /** The place it stands for now. */
  place: DraftPlace;
  /** Every place the gazetteer knows by this name, the likeliest first (includes {@link place}). */
  candidates: DraftPlace[];
  /** 0 to 1: how sure the geoparser was of {@link place}. */
  confidence: number;
}

/** A date the text gives, resolved against the publication date, in the story file's terms. */
export interface DraftDate {
  precision: "day" | "week" | "month" | "year" | "range";
  /** `YYYY-MM-DD`, `YYYY-MM` (month) or `YYYY` (year). */
  start: string;
  /** Last day, `YYYY-MM-DD`, for week and range. */
  end?: string;
  approximate?: boolean;
  /** The text's own words for the date, e.g. `last month`. */
  asWritten: string;
}

/** An event proposed from a dated sentence. */
export interface DraftEvent {
  id: string;
  title: string;
  date: DraftDate;
  /** The sentence that tells of it: UTF-16 offsets into {@link Draft.text}. */
  start: number;
  end: number;
  /** {@link DraftPlace.id}s of the places it happened at. */
  placeIds: string[];
  decision: Decision;
}

export interface Draft {
  version: 1;
  title: string;
  /** Who published the article. */
  source: string;
  /** Link to the article; empty when none. */
  sourceUrl: string;
  /** Publication date, `YYYY-MM-DD`; empty when not known. */
  published: string;
  /** The publication date is an estimate (the command line's guess from the file's date). */
  publishedApproximate?: boolean;
  /** The publication date the events' dates were read against, when the places were found. */
  datesReadAgainst?: string;
  text: string;
  mentions: DraftMention[];
  events: DraftEvent[];
}
