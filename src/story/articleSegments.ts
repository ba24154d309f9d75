import type { Story } from "./model";

/** A run of a paragraph's text: plain, a mention of a place, and/or inside passages. */
export interface Segment {
  text: string;
  /** The place this run names, when it is one of the article's mentions of a place. */
  placeId: string | null;
  /** Passages whose quote covers this run. */
  passageIds: string[];
}

interface Span {
  start: number;
  end: number;
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Every occurrence of `needle` in `text`, as [start, end) offsets; with `wholeWords`, only where
 * it is not part of a longer word ("Central Asia" is not in "Central Asian Affairs").
 */
function occurrences(text: string, needle: string, wholeWords = false): Span[] {
  const spans: Span[] = [];
  for (let index = text.indexOf(needle); index !== -1; index = text.indexOf(needle, index + needle.length)) {
    const end = index + needle.length;
    const joined = WORD_CHARACTER.test(text[index - 1] ?? "") || WORD_CHARACTER.test(text[end] ?? "");
    if (!wholeWords || !joined) spans.push({ start: index, end });
  }
  return spans;
}

// A story of 100,000 places may mention only a hundred of them: each paragraph looks through
// those, found once per story, not through every place.
const mentionedPlaces = new WeakMap<Story, Story["places"]>();

function placesWithMentions(story: Story): Story["places"] {
  let places = mentionedPlaces.get(story);
  if (!places) {
    places = story.places.filter((place) => place.mentions.length > 0);
    mentionedPlaces.set(story, places);
  }
  return places;
}

/** Mentions of places in a paragraph; where two overlap (Baikonur Cosmodrome vs Baikonur), the longer wins. */
function mentionSpans(story: Story, paragraph: string): Array<Span & { placeId: string }> {
  const candidates = placesWithMentions(story)
    .flatMap((place) => place.mentions.flatMap((mention) => occurrences(paragraph, mention, true).map((span) => ({ ...span, placeId: place.id }))))
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Array<Span & { placeId: string }> = [];
  for (const candidate of candidates) {
    if (!kept.some((other) => candidate.start < other.end && other.start < candidate.end)) kept.push(candidate);
  }
  return kept;
}

/**
 * Splits a paragraph into runs at every edge of a place mention and of a passage quote, so the
 * text can show mentions as buttons and passages as highlights without touching the words.
 * @param story - the story the paragraph belongs to
 * @param paragraphNumber - counted from 1
 * @returns runs whose texts, joined, are the paragraph exactly
 * @example segmentParagraph(story, 3)[0] // { text: "\"We have people in place in ", placeId: null, passageIds: ["people-in-astana"] }
 */
export function segmentParagraph(story: Story, paragraphNumber: number): Segment[] {
  const paragraph = story.file.article?.paragraphs[paragraphNumber - 1] ?? "";
  const mentions = mentionSpans(story, paragraph);
  const passages = story.file.passages
    .filter((passage) => passage.paragraph === paragraphNumber)
    .flatMap((passage) => occurrences(paragraph, passage.quote).slice(0, 1).map((span) => ({ ...span, passageId: passage.id })));
  const edges = [...new Set([0, paragraph.length, ...mentions.flatMap((span) => [span.start, span.end]), ...passages.flatMap((span) => [span.start, span.end])])]
    .sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < edges.length - 1; index += 1) {
    const start = edges[index]!;
    const end = edges[index + 1]!;
    if (start === end) continue;
    segments.push({
      text: paragraph.slice(start, end),
      placeId: mentions.find((span) => span.start <= start && end <= span.end)?.placeId ?? null,
      passageIds: passages.filter((span) => span.start <= start && end <= span.end).map((span) => span.passageId),
    });
  }
  return segments;
}
