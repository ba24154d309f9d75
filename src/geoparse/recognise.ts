import type { Gazetteer, GazetteerEntry } from "./gazetteer";

/** A run of text that names a place the gazetteer knows, with every place it could be. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  entries: readonly GazetteerEntry[];
}

interface Token {
  start: number;
  end: number;
  text: string;
}

/** Words, with abbreviations such as "U.S." kept whole and a possessive "’s" left off. */
function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const match of text.matchAll(/(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}’'-]*/gu)) {
    const word = match[0].replace(/[’']s$/u, "").replace(/[’'-]+$/u, "");
    found.push({ start: match.index, end: match.index + word.length, text: word });
  }
  return found;
}

/** Lower-case words that may join the words of one name: "Gulf of Mexico", "Rio de Janeiro". */
const CONNECTORS = new Set(["of", "de", "del", "la", "le", "du", "da", "upon", "on", "and", "the"]);
/** Capitalised words that start a sentence or name a date far more often than they name a place. */
const NOT_NAMES = new Set([
  "a", "an", "the", "this", "that", "these", "those", "it", "he", "she", "we", "they", "i", "in", "on", "at", "by", "for", "but", "and", "or", "if", "as",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "one", "no", "not", "many", "most", "some", "all", "any", "each", "every", "more", "over", "under", "after", "before", "when", "while", "where", "there", "here",
  "of", "to", "from", "with", "about", "his", "her", "their", "our", "its", "you", "what", "who", "how", "why", "yes",
  "still", "none", "much", "is", "god", "christmas", "hope", "nov", "dec", "jan", "feb", "aug", "sept", "oct",
]);
/** Nouns that name a kind of place or body, never one place on their own ("City Council", "the University"). */
const GENERIC = new Set([
  "city", "council", "county", "state", "states", "university", "college", "school", "court", "center", "centre", "street", "road", "avenue", "church", "hospital",
  "department", "office", "park", "river", "lake", "north", "south", "east", "west", "central", "national", "international", "union", "republic", "island", "valley",
]);
/** What follows a person's name far more often than a place's. */
const SPEAKS = /^ (said|says|told|added|asked|wrote|explained)\b/;
/** Words before a person's name: a place's name after them is a surname. */
const TITLES = new Set(["mr", "mrs", "ms", "dr", "police", "president", "governor", "senator", "mayor", "sheriff", "officer", "man", "woman"]);

/**
 * Whether a run that is not a place reads as a person's name: two to four words, none of them a
 * joining word or a generic noun ("University of Georgia", "Sudan Tribune" are not), ending in a
 * word that is at most a town's name, never a country's or a state's.
 */
function personLike(run: readonly Token[], gazetteer: Gazetteer): boolean {
  if (run.length < 2 || run.length > 4) return false;
  if (run.some((word) => CONNECTORS.has(word.text) || GENERIC.has(word.text.toLowerCase()))) return false;
  return gazetteer.lookup(run[run.length - 1]!.text).every((entry) => entry.kind === "city");
}

const capitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
/** Whether the words between two tokens are only a space or a hyphen: no punctuation splits a name. */
const joined = (text: string, left: Token, right: Token) => /^[ \t-]$/u.test(text.slice(left.end, right.start));

/**
 * Finds the runs of capitalised words (joined by "of", "de" and the like) and, in each, the
 * longest stretches the gazetteer knows, left to right.
 */
export function recognise(text: string, gazetteer: Gazetteer): Candidate[] {
  const words = tokens(text);
  const candidates: Candidate[] = [];
  /** The last words of runs that were not places: surnames, so that "Henry" alone later is the same person. */
  const names = new Set<string>();
  let index = 0;
  while (index < words.length) {
    if (!capitalised(words[index]!)) {
      index += 1;
      continue;
    }
    // The run: capitalised words, and connectors between two of them.
    let last = index;
    while (last + 1 < words.length && joined(text, words[last]!, words[last + 1]!)) {
      const next = words[last + 1]!;
      if (capitalised(next)) last += 1;
      else if (CONNECTORS.has(next.text) && last + 2 < words.length && capitalised(words[last + 2]!) && joined(text, next, words[last + 2]!)) last += 2;
      else break;
    }
    const found: Candidate[] = [];
    let at = index;
    while (at <= last) {
      let matched = 0;
      for (let length = Math.min(gazetteer.longestName, last - at + 1); length >= 1 && matched === 0; length -= 1) {
        const first = words[at]!;
        const end = words[at + length - 1]!;
        if (!capitalised(end)) continue;
        const span = text.slice(first.start, end.end);
        if (length === 1 && (NOT_NAMES.has(span.toLowerCase()) || TITLES.has(span.toLowerCase()) || GENERIC.has(span.toLowerCase()))) continue;
        const entries = gazetteer.lookup(span);
        // "Jones said": a town's name that speaks is a person's.
        if (length === 1 && entries.every((entry) => entry.kind === "city") && SPEAKS.test(text.slice(end.end, end.end + 12))) continue;
        if (entries.length > 0) {
          found.push({ start: first.start, end: end.end, text: span, entries });
          matched = length;
        }
      }
      at += Math.max(1, matched);
    }
    // A place's name inside a longer name is part of a person's or an organisation's name
    // ("Chiquita Raquel Henry", "Texas Rangers", "Mr Henry"), unless the rest of the run is only
    // joining words and sentence words ("Russia and China", "In Texas City on Monday").
    const outside = words.slice(index, last + 1).filter((word) => !found.some((each) => word.start >= each.start && word.end <= each.end));
    if (outside.every((word) => CONNECTORS.has(word.text) || NOT_NAMES.has(word.text.toLowerCase()))) {
      candidates.push(...found);
    } else {
      // Countries and states keep their place inside institutions' names ("U.S. House", "the
      // Georgia Bureau of Investigation", "Northeast Georgia"); towns do not.
      candidates.push(...found.filter((each) => each.entries.some((entry) => entry.kind !== "city")));
      if (personLike(words.slice(index, last + 1), gazetteer)) names.add(words[last]!.text);
    }
    index = last + 1;
  }
  return candidates.filter((candidate) => !names.has(candidate.text));
}
