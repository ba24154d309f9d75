import { DOTTED, DOTTED_PLACES, dottedKey } from "./abbreviations";
import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import { FIRST_NAMES, TITLES } from "./people";

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
  "still", "none", "much", "is", "are", "was", "were", "god", "christmas", "hope", "nov", "dec", "jan", "feb", "aug", "sept", "oct",
]);
/** Nouns that name a kind of place or body, never one place on their own ("City Council", "the University"). */
const GENERIC = new Set([
  "city", "council", "county", "state", "states", "university", "college", "school", "court", "center", "centre", "street", "road", "avenue", "church", "hospital",
  "department", "office", "park", "river", "lake", "north", "south", "east", "west", "central", "national", "international", "union", "republic", "island", "valley",
  "congress", "senate", "parliament", "house", "assembly", "legislature", "government", "township",
]);
/** First words of a town's own bodies and places, after its name. */
const LOCAL_BODIES = new Set([
  "city", "town", "village", "area", "police", "fire", "public", "high", "council", "community", "regional", "municipal", "board", "mayor", "historical",
  "chamber", "district", "courthouse", "parks", "convention", "veterans", "utilities", "planning", "zoning", "water", "housing", "downtown", "recreation", "civic",
]);
/** What follows a person's name far more often than a place's. */
const SPEAKS = /^ (said|says|told|added|asked|wrote|explained)\b/;

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

/**
 * Where a person's name starts in a run of words, or -1: after a title ("Sheriff Moore", "State
 * Rep. Jay Roberts", "officer Jones" with the title just before the run), at a first name that is
 * not a country's or a state's ("Roy Jones", not "Georgia Power") with no generic noun after it,
 * or at the word before a middle initial ("Tyrise M. Bell"). The caller has checked that the run is
 * not one place's whole name ("Glen Carbon").
 */
function personStart(run: readonly Token[], before: Token | undefined, gazetteer: Gazetteer): number {
  if (run.length === 0 || run.length > 5) return -1;
  if (before && TITLES.has(before.text) && !capitalised(before)) return 0;
  const title = run.findIndex((word, at) => at < run.length - 1 && TITLES.has(word.text.toLowerCase()));
  if (title >= 0) return title + 1;
  const initial = run.findIndex((word, at) => at > 0 && at < run.length - 1 && /^\p{Lu}$/u.test(word.text));
  if (initial > 0) return initial - 1;
  const [first] = run;
  if (run.length < 2 || !FIRST_NAMES.has(first!.text) || run.some((word) => CONNECTORS.has(word.text) || GENERIC.has(word.text.toLowerCase()))) return -1;
  return gazetteer.lookup(first!.text).every((entry) => entry.kind === "city") ? 0 : -1;
}

/** The US state or city a dotted short form names ("W.Va.", "L.A."): states first. */
function dottedPlace(gazetteer: Gazetteer, span: string): readonly GazetteerEntry[] {
  const full = DOTTED_PLACES[dottedKey(span)];
  if (!full) return [];
  const inUs = gazetteer.lookup(full).filter((entry) => entry.country === "US");
  const states = inUs.filter((entry) => entry.kind === "admin-area");
  return states.length > 0 ? states : inUs;
}

const capitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
/**
 * Whether two tokens are words of one name: only a space or a hyphen between them, or the full
 * stop of an initial or an abbreviation ("Tyrise M. Bell", "St. Louis", "W.Va").
 */
function joined(text: string, left: Token, right: Token): boolean {
  const between = text.slice(left.end, right.start);
  if (/^[ \t-]$/u.test(between)) return true;
  return /^\. ?$/u.test(between) && (DOTTED.has(left.text.toLowerCase()) || /^\p{Lu}$/u.test(left.text));
}

/**
 * The longest stretches of a run of words that the gazetteer knows, left to right, less the
 * stretches that read as words, acronyms or people rather than places.
 */
function longestMatches(text: string, run: readonly Token[], gazetteer: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  // A run of one word just after a sentence's end.
  const opensSentence = run.length === 1 && /(^|[.!?]["”’']?\s+)$/u.test(text.slice(Math.max(0, run[0]!.start - 4), run[0]!.start));
  let at = 0;
  while (at < run.length) {
    let matched = 0;
    for (let length = Math.min(gazetteer.longestName, run.length - at); length >= 1 && matched === 0; length -= 1) {
      const first = run[at]!;
      const end = run[at + length - 1]!;
      if (!capitalised(end)) continue;
      const span = text.slice(first.start, end.end);
      if (length === 1 && (span.length === 1 || NOT_NAMES.has(span.toLowerCase()) || TITLES.has(span.toLowerCase()) || GENERIC.has(span.toLowerCase()))) continue;
      const dotted = span.endsWith(".") || text[end.end] === "." ? dottedPlace(gazetteer, span) : [];
      if (dotted.length > 0) {
        const stop = span.endsWith(".") ? end.end : end.end + 1;
        found.push({ start: first.start, end: stop, text: text.slice(first.start, stop), entries: dotted });
        matched = length;
        continue;
      }
      const known = gazetteer.lookup(span);
      const entries = known.length === 0 && length === 1 ? gazetteer.misspeltCountry(span) : known;
      // "UN", "EU", "AMI": a short all-capital word is an acronym unless it is a country's or a state's.
      if (length === 1 && /^(?:\p{Lu}{2,3}|(?:\p{Lu}\.){2,3})$/u.test(span) && entries.every((entry) => entry.kind === "city")) continue;
      // "Give", "Along", "Early": a lone word opening a sentence is a word, unless a town of 5,000 people or more is called so.
      if (length === 1 && opensSentence && entries.every((entry) => entry.kind === "city" && entry.population < 5_000)) continue;
      // "Jones said": a town's name that speaks is a person's.
      if (length === 1 && entries.every((entry) => entry.kind === "city") && SPEAKS.test(text.slice(end.end, end.end + 12))) continue;
      if (entries.length > 0) {
        found.push({ start: first.start, end: end.end, text: span, entries });
        matched = length;
      }
    }
    at += Math.max(1, matched);
  }
  return found;
}

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
      // "Democratic Republic of the Congo"
      else if (next.text === "of" && words[last + 2]?.text === "the" && last + 3 < words.length && capitalised(words[last + 3]!) && joined(text, words[last + 2]!, words[last + 3]!)) last += 3;
      else break;
    }
    const run = words.slice(index, last + 1);
    const found = longestMatches(text, run, gazetteer);
    const whole = found.length === 1 && found[0]!.start === run[0]!.start && found[0]!.end >= run[run.length - 1]!.end;
    const person = whole ? -1 : personStart(run, index > 0 && joined(text, words[index - 1]!, run[0]!) ? words[index - 1] : undefined, gazetteer);
    if (person >= 0) {
      const surname = run[run.length - 1]!.text;
      if (gazetteer.lookup(surname).every((entry) => entry.kind === "city")) names.add(surname);
      // "Texas Gov. Rick Perry": a state before the title stays.
      candidates.push(...found.filter((each) => each.end <= run[person]!.start && each.entries.some((entry) => entry.kind !== "city")));
      index = last + 1;
      continue;
    }
    // A place's name inside a longer name is part of a person's or an organisation's name
    // ("Chiquita Raquel Henry", "Texas Rangers", "Mr Henry"), unless the rest of the run is only
    // joining words and sentence words ("Russia and China", "In Texas City on Monday").
    const outside = run.filter((word) => !found.some((each) => word.start >= each.start && word.end <= each.end));
    if (outside.every((word) => CONNECTORS.has(word.text) || NOT_NAMES.has(word.text.toLowerCase()))) {
      candidates.push(...found);
    } else {
      // Countries and states keep their place inside institutions' names ("U.S. House", "the
      // Georgia Bureau of Investigation", "Northeast Georgia"); towns only as a local body's first
      // words ("Dublin City Council", "Paris High School", "Gainesville Police").
      const head = run.find((word) => !NOT_NAMES.has(word.text.toLowerCase()));
      const local = (each: Candidate) => {
        const next = run.find((word) => word.start > each.end);
        return each.start === head?.start && next !== undefined && LOCAL_BODIES.has(next.text.toLowerCase());
      };
      candidates.push(...found.filter((each) => each.entries.some((entry) => entry.kind !== "city") || local(each)));
      if (personLike(run, gazetteer)) names.add(words[last]!.text);
    }
    index = last + 1;
  }
  return candidates.filter((candidate) => !names.has(candidate.text));
}
