/**
 * Paragraphs and sentences of an article, as UTF-16 spans into its text, so that passages can be
 * quoted verbatim and mentions and dates can be grouped by the sentence they stand in.
 */

export interface Span {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

export interface Sentence extends Span {
  /** Index of its paragraph in {@link paragraphSpans}' list, from 0. */
  paragraph: number;
}

/**
 * The paragraphs, trimmed: separated by blank lines when the text has any, otherwise one a line
 * (pasted text often comes with one or the other). Lines inside a blank-line paragraph stay in it.
 */
export function paragraphSpans(text: string): Span[] {
  const separator = /\n[^\S\n]*\n/.test(text) ? /\n(?:[^\S\n]*\n)+/g : /\n/g;
  const spans: Span[] = [];
  let from = 0;
  const push = (to: number) => {
    const piece = text.slice(from, to);
    const start = from + (piece.length - piece.trimStart().length);
    const end = to - (piece.length - piece.trimEnd().length);
    if (end > start) spans.push({ start, end });
  };
  for (const match of text.matchAll(separator)) {
    push(match.index);
    from = match.index + match[0].length;
  }
  push(text.length);
  return spans;
}

/** Words that end with a full stop without ending the sentence (titles, ranks, "St."). */
const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "gov", "sen", "rep", "rev", "pres", "sec",
  "st", "mt", "ft", "jr", "sr", "vs", "approx", "dept", "est", "fig", "inc", "corp", "ltd", "co", "bros",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
]);

/**
 * Words that start sentences far more often than they follow a dotted abbreviation inside one:
 * "in the U.S. The next day" ends a sentence, "the U.S. Army" does not.
 */
const SENTENCE_STARTERS = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "but", "and", "so", "yet",
  "in", "on", "at", "after", "before", "when", "while", "his", "her", "their", "its", "our", "officials", "some", "many", "one",
]);

// A terminator, closing quotes or brackets, the space after, and the next sentence's first letter.
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘([]*[\p{Lu}\p{N}])/gu;

/** Whether the full stop at `dot` in `paragraph` ends the word before it as an abbreviation. */
function abbreviationAt(paragraph: string, dot: number, next: string): boolean {
  const word = /(?:^|[\s("'“‘])([\p{L}.]+)$/u.exec(paragraph.slice(0, dot))?.[1] ?? "";
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !SENTENCE_STARTERS.has(next.toLowerCase()); // "U.S", "D.C"
  // "No. 5" but "the answer was no. Then".
  if (/^nos?$/i.test(word)) return /^\d/.test(next);
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Whether `index` lies inside a quotation that closes later in the paragraph: `"What happened? We
 * know," said Hanke.` is one sentence. A quote left open runs on into the next paragraph in news
 * style, so it does not hold the rest of this one together.
 */
function insideQuote(paragraph: string, index: number): boolean {
  const before = paragraph.slice(0, index);
  const after = paragraph.slice(index);
  const count = (text: string, mark: string) => text.split(mark).length - 1;
  if (count(before, '"') % 2 === 1 && after.includes('"')) return true;
  return count(before, "“") > count(before, "”") && after.includes("”");
}

/** Every sentence of the text, trimmed, in order; a sentence never crosses a paragraph. */
export function sentenceSpans(text: string): Sentence[] {
  return paragraphSpans(text).flatMap((paragraph, index) => {
    const body = text.slice(paragraph.start, paragraph.end);
    const sentences: Sentence[] = [];
    let from = 0;
    for (const match of body.matchAll(BOUNDARY)) {
      const [whole, stops = "", closers = "", space = ""] = match;
      const next = /^["'“‘([]*([\p{L}\p{N}]+)/u.exec(body.slice(match.index + whole.length))?.[1] ?? "";
      if (stops === "." && closers === "" && abbreviationAt(body, match.index, next)) continue;
      if (closers === "" && insideQuote(body, match.index)) continue;
      const end = match.index + whole.length - space.length;
      sentences.push({ start: paragraph.start + from, end: paragraph.start + end, paragraph: index });
      from = match.index + whole.length;
    }
    if (from < body.length) sentences.push({ start: paragraph.start + from, end: paragraph.end, paragraph: index });
    return sentences;
  });
}

/** The sentence a span starts in, or undefined when it starts between sentences. */
export function sentenceAt(sentences: readonly Sentence[], span: Span): Sentence | undefined {
  return sentences.find((sentence) => sentence.start <= span.start && span.start < sentence.end);
}
