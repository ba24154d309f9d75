/**
 * A new draft from a pasted article: the geoparser's places and the events its dated sentences
 * tell of, all proposed and waiting for the reader's word.
 */
import type { Gazetteer, GazetteerEntry } from "../geoparse/gazetteer";
import { geoparse } from "../geoparse/geoparse";
import { findDates } from "./dates";
import type { Draft, DraftEvent, DraftMention, DraftPlace } from "./draft";
import { slug, uniqueIds } from "./ids";
import { paragraphSpans, sentenceAt, sentenceSpans } from "./sentences";

export interface Article {
  text: string;
  /** The headline; when empty, a headline line at the top of the text is taken (see {@link articleParts}). */
  title?: string;
  source?: string;
  sourceUrl?: string;
  /** `YYYY-MM-DD`, or empty when not known. */
  published?: string;
}

/** A photo credit above the headline, as pasted from a news page: "| Reuters", "Photo: AP". */
const CREDIT_LINE = /^(?:\||©|\(c\)|(?:photo|image|picture)s?(?:\s+credit)?\s*[:|]|credits?\s*:)/i;
const HEADLINE_MAX = 200;

/**
 * Splits a pasted article into its headline and body. Leading photo-credit lines are dropped;
 * then the first paragraph is the headline when it is one line of at most 200 characters that
 * does not end as a sentence does, and more text follows. A given title wins: a headline line is
 * then dropped only when it repeats that title. The body starts at its first character, so every
 * offset in the draft is into the body, which becomes the story's paragraphs.
 */
export function articleParts(text: string, title = ""): { title: string; body: string } {
  const paragraphs = paragraphSpans(text);
  let first = 0;
  const line = (index: number) => {
    const span = paragraphs[index];
    return span ? text.slice(span.start, span.end) : "";
  };
  while (first < paragraphs.length - 1 && !line(first).includes("\n") && CREDIT_LINE.test(line(first))) first += 1;
  const top = line(first);
  const isHeadline = first < paragraphs.length - 1 && !top.includes("\n") && top.length <= HEADLINE_MAX && !/[.!?:;,"”’)]$/.test(top);
  const normal = (words: string) => words.replace(/\s+/g, " ").trim().toLowerCase();
  const given = title.trim();
  const dropTop = isHeadline && (given === "" || normal(given) === normal(top));
  const bodyStart = paragraphs[dropTop ? first + 1 : first]?.start ?? text.length;
  return { title: given === "" && isHeadline ? top : given, body: text.slice(bodyStart) };
}

export function placeFromEntry(entry: GazetteerEntry): DraftPlace {
  return { id: entry.id, name: entry.name, kind: entry.kind, lat: entry.lat, lng: entry.lng, country: entry.country };
}

const TITLE_MIN = 25;
const TITLE_MAX = 60;

/**
 * A short title for an event from the sentence that tells of it: its opening clauses until they
 * say enough (25 characters), cut on a word boundary at 60, double quotes and end punctuation left off.
 * @example eventTitle("In a June 9 testimony, Daniel Rosenblum, the Deputy Assistant Secretary of State, said…") // "In a June 9 testimony, Daniel Rosenblum"
 */
export function eventTitle(sentence: string): string {
  // Double quotes go: cut at a clause, a quotation would be left open.
  const clauses = sentence.replace(/["“”]/g, "").replace(/^['‘([\s]+/, "").split(/(?=[,;:—–]|\s-\s)/);
  let title = "";
  for (const clause of clauses) {
    title += clause;
    if (title.trim().length >= TITLE_MIN) break;
  }
  title = title.replace(/\s+/g, " ").trim();
  if (title.length > TITLE_MAX) {
    const cut = title.slice(0, TITLE_MAX + 1);
    const boundary = cut.lastIndexOf(" ");
    title = `${(boundary > 0 ? cut.slice(0, boundary) : title.slice(0, TITLE_MAX)).replace(/[\s,;:—–-]+$/, "")}…`;
  }
  return title.replace(/[\s,;:.!?"'”’)\]—–-]+$/, "") || sentence.trim().slice(0, TITLE_MAX);
}

/**
 * Makes a draft: every place the geoparser finds, and an event for each sentence that has both a
 * date and a place (its first date; its places in the order the sentence names them).
 * @param gazetteer - the geoparser's places (`nodeGazetteer()` in Node)
 * @throws when `published` is given but is not a day written `YYYY-MM-DD`
 */
export function newDraft(article: Article, gazetteer: Gazetteer): Draft {
  const { title, body } = articleParts(article.text, article.title);
  const published = article.published?.trim() ?? "";
  const mentions: DraftMention[] = geoparse(body, gazetteer).map((mention) => ({
    start: mention.start,
    end: mention.end,
    text: body.slice(mention.start, mention.end),
    decision: "proposed",
    place: placeFromEntry(mention.entry),
    candidates: [mention.entry, ...mention.entries.filter((entry) => entry !== mention.entry)].map(placeFromEntry),
    confidence: mention.confidence,
  }));
  const sentences = sentenceSpans(body);
  const dates = findDates(body, published);
  const eventId = uniqueIds();
  const events: DraftEvent[] = sentences.flatMap((sentence) => {
    const date = dates.find((found) => sentenceAt([sentence], found));
    const placeIds = [...new Set(mentions.filter((mention) => sentenceAt([sentence], mention)).map((mention) => mention.place.id))];
    if (!date || placeIds.length === 0) return [];
    const eventTitleText = eventTitle(body.slice(sentence.start, sentence.end));
    return [{ id: eventId(slug(eventTitleText, "event")), title: eventTitleText, date: date.date, start: sentence.start, end: sentence.end, placeIds, decision: "proposed" as const }];
  });
  return {
    version: 1,
    title,
    source: article.source?.trim() ?? "",
    sourceUrl: article.sourceUrl?.trim() ?? "",
    published,
    text: body,
    mentions,
    events,
  };
}
