import type { Place } from "./model";

/** Which of a place's texts a search hit matched. */
export type MatchField = "name" | "alias" | "mention" | "description";

/** How the query sits in the matched text, best first. */
export type MatchKind = "exact" | "prefix" | "word" | "substring";

/** What a search hit matched, so the list can say "Astana — matched Nur-Sultan". */
export interface PlaceMatchDetail {
  field: MatchField;
  /** The matched name as the story writes it; for a description, just the words that matched. */
  text: string;
  kind: MatchKind;
}

/** One place found by {@link searchPlaces}. */
export interface PlaceMatch {
  place: Place;
  /** Null when the query is blank and every place is listed. */
  matched: PlaceMatchDetail | null;
}

/** The list's sections; also their order when nothing is searched. */
export type PlaceGroupKey = "city" | "site" | "country" | "region" | "other" | "off-map";

/** One section of the place list: a heading and its places (or matches), in the order given. */
export interface PlaceGroup<T> {
  key: PlaceGroupKey;
  label: string;
  items: T[];
}

const GROUP_LABELS: ReadonlyArray<readonly [PlaceGroupKey, string]> = [
  ["city", "City or town"],
  ["site", "Site"],
  ["country", "Country"],
  ["region", "Region"],
  ["other", "Other"],
  ["off-map", "Not on the map"],
];

const KIND_RANK: Record<MatchKind, number> = { exact: 0, prefix: 1, word: 2, substring: 3 };
const FIELD_RANK: Record<MatchField, number> = { name: 0, alias: 1, mention: 2, description: 3 };

// Letters that Unicode does not decompose into a base letter plus a mark, so stripping marks
// alone would leave "Łódź" unfindable as "lodz".
const UNDECOMPOSED: Record<string, string> = {
  ł: "l", ø: "o", đ: "d", ħ: "h", ı: "i", ß: "ss", æ: "ae", œ: "oe", þ: "th", ŀ: "l",
};

/**
 * Folds text for comparison: no case, no diacritics, no punctuation. Apostrophes and dots are
 * dropped (so "Gagarin's" is "gagarins" and "D.C." is "dc"); other punctuation, such as the
 * hyphen of "Nur-Sultan", becomes a space, so "nur sultan" finds it.
 * @param text - a name, alias, description or query
 * @returns lowercase letters and digits separated by single spaces
 * @example
 * normalizeForSearch("Aqtöbe") // "aqtobe"
 * normalizeForSearch("Washington, D.C.") // "washington dc"
 */
export function normalizeForSearch(text: string): string {
  // NFKD rather than NFD: it also unpacks compatibility forms such as full-width letters.
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[łøđħıßæœþŀ]/g, (letter) => UNDECOMPOSED[letter] ?? letter)
    .replace(/['’ʼ‘`´.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A place's texts, folded once per story so that each keystroke only compares. */
export interface SearchEntry {
  place: Place;
  /** Name, aliases and mentions in that order, each as written and folded. */
  names: ReadonlyArray<readonly [MatchField, string, string]>;
  /** The description's words as written, and folded. */
  words: readonly string[];
  foldedWords: readonly string[];
}

/** The story's places, prepared for {@link searchPlaces}. */
export interface PlaceSearchIndex {
  entries: readonly SearchEntry[];
  /** What a blank query lists: every place, in order. */
  all: readonly PlaceMatch[];
}

/**
 * Folds every name, alias, mention and description word of the places once, so that a search
 * over 100,000 places compares strings and never normalises them again.
 * @param places - the story's places, in the order to keep on ties
 * @returns the index to search
 * @example
 * const index = placeSearchIndex(story.places);
 */
export function placeSearchIndex(places: readonly Place[]): PlaceSearchIndex {
  return { entries: places.map(searchEntry), all: listAll(places) };
}

/** What a blank query lists: every place, in order. Cheap, unlike the folded texts. */
export function listAll(places: readonly Place[]): readonly PlaceMatch[] {
  return places.map((place) => ({ place, matched: null }));
}

/**
 * One place's texts, folded: {@link placeSearchIndex} for one place, so that a large story's index
 * can be built a slice at a time.
 */
export function searchEntry(place: Place): SearchEntry {
  const texts: Array<[MatchField, string]> = [
    ["name", place.name],
    ...place.aliases.map((alias): [MatchField, string] => ["alias", alias]),
    ...place.mentions.map((mention): [MatchField, string] => ["mention", mention]),
  ];
  // The same separators as normalizeForSearch, so folded words line up with the written ones.
  const words = place.description?.split(/[^\p{L}\p{N}\p{M}'’ʼ‘`´.]+/u).filter((word) => normalizeForSearch(word) !== "") ?? [];
  return { place, names: texts.map(([field, text]) => [field, text, normalizeForSearch(text)] as const), words, foldedWords: words.map(normalizeForSearch) };
}

/**
 * Finds the places whose name, aliases or the article's words for them (mentions) contain the
 * query, ignoring case, diacritics and punctuation; a description matches only where one of its
 * words starts with the query. Exact matches come first, then prefixes, then matches at the start
 * of a later word, then other substrings, then descriptions; on a tie the name beats an alias,
 * an alias a mention, and otherwise the places keep their order.
 * @param index - the story's places, from {@link placeSearchIndex}
 * @param query - what the reader typed
 * @returns every place (with `matched: null`) for a blank query, else the hits, best first
 * @example
 * searchPlaces(placeSearchIndex(story.places), "nur sultan")[0]
 * // { place: Astana, matched: { field: "alias", text: "Nur-Sultan", kind: "exact" } }
 */
export function searchPlaces(index: PlaceSearchIndex, query: string): readonly PlaceMatch[] {
  const folded = normalizeForSearch(query);
  if (folded === "") return index.all;
  const hits: Array<{ match: PlaceMatch & { matched: PlaceMatchDetail }; score: number; index: number }> = [];
  index.entries.forEach((entry, position) => {
    const matched = bestMatch(entry, folded);
    if (matched) hits.push({ match: { place: entry.place, matched }, score: scoreOf(matched), index: position });
  });
  hits.sort(
    (a, b) =>
      a.score - b.score ||
      FIELD_RANK[a.match.matched.field] - FIELD_RANK[b.match.matched.field] ||
      a.index - b.index,
  );
  return hits.map((hit) => hit.match);
}

// Any name, however loosely matched, says more than a word in a description.
const DESCRIPTION_SCORE = KIND_RANK.substring + 1;

function scoreOf(match: PlaceMatchDetail): number {
  return match.field === "description" ? DESCRIPTION_SCORE : KIND_RANK[match.kind];
}

function bestMatch(entry: SearchEntry, query: string): PlaceMatchDetail | null {
  let best: PlaceMatchDetail | null = null;
  for (const [field, text, folded] of entry.names) {
    const kind = kindOf(folded, query);
    // Candidates run name, aliases, mentions: on equal kinds the earlier one stays.
    if (kind && (!best || KIND_RANK[kind] < KIND_RANK[best.kind])) best = { field, text, kind };
  }
  return best ?? descriptionMatch(entry, query);
}

function kindOf(text: string, query: string): MatchKind | null {
  if (text === query) return "exact";
  if (text.startsWith(query)) return "prefix";
  if (` ${text}`.includes(` ${query}`)) return "word";
  return text.includes(query) ? "substring" : null;
}

// Shorter queries would match a word start in nearly every description and bury the names.
const MIN_DESCRIPTION_QUERY = 3;

function descriptionMatch({ words, foldedWords }: SearchEntry, query: string): PlaceMatchDetail | null {
  if (words.length === 0 || query.length < MIN_DESCRIPTION_QUERY) return null;
  for (let start = 0; start < words.length; start += 1) {
    let joined = "";
    for (let end = start; end < words.length; end += 1) {
      joined = joined === "" ? (foldedWords[end] ?? "") : `${joined} ${foldedWords[end] ?? ""}`;
      if (joined.startsWith(query)) {
        const text = words.slice(start, end + 1).join(" ").replace(/^['’ʼ‘`´.]+|['’ʼ‘`´.]+$/gu, "");
        return { field: "description", text, kind: "word" };
      }
      if (!query.startsWith(joined)) break;
    }
  }
  return null;
}

/**
 * Which section of the list a place belongs in: places without geometry go under "Not on the
 * map" whatever their precision, since the reader cannot find them on the map.
 * @param place - any place
 * @returns the key of its group
 * @example
 * groupKeyOf(iss) // "off-map"
 */
export function groupKeyOf(place: Place): PlaceGroupKey {
  if (place.geometry === null) return "off-map";
  switch (place.precision) {
    case "city":
      return "city";
    case "site":
    case "building":
      return "site";
    case "country":
      return "country";
    case "region":
      return "region";
    default:
      // "unspecified" (plain GeoJSON), and "off-earth" should such a place ever have a geometry.
      return "other";
  }
}

/**
 * Sorts places into the list's sections: City or town, Site (sites and buildings), Country,
 * Region, Other, then Not on the map (no geometry, whatever the precision). Empty sections are
 * left out; places keep their order within a section.
 * @param places - the places to list
 * @returns the non-empty groups, each with its heading label
 * @example
 * groupPlaces(story.places).map((group) => group.label)
 * // ["City or town", "Site", "Country", "Region", "Not on the map"]
 */
export function groupPlaces(places: readonly Place[]): PlaceGroup<Place>[] {
  return groupBy(places, (place) => place);
}

/**
 * Groups search hits like {@link groupPlaces}. While searching, a section comes before another
 * when it holds a better hit, so the best match is never pushed below the fold by its kind;
 * with a blank query (every `matched` null) the sections keep their usual order.
 * @param matches - the result of {@link searchPlaces}, best first
 * @returns the non-empty groups of matches, each keeping the ranking within it
 * @example
 * groupMatches(searchPlaces(story.places, "russia"))[0]?.label // "Country"
 */
export function groupMatches(matches: readonly PlaceMatch[]): PlaceGroup<PlaceMatch>[] {
  const groups = groupBy(matches, (match) => match.place);
  if (matches.every((match) => match.matched === null)) return groups;
  const rank = new Map(groups.map((group) => [group, group.items[0] ? matches.indexOf(group.items[0]) : Infinity]));
  return groups.sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity));
}

function groupBy<T>(items: readonly T[], placeOf: (item: T) => Place): PlaceGroup<T>[] {
  const byKey = new Map<PlaceGroupKey, T[]>();
  for (const item of items) {
    const key = groupKeyOf(placeOf(item));
    // Pushed, not copied: 100,000 places must not make 100,000 growing arrays.
    const group = byKey.get(key);
    if (group) group.push(item);
    else byKey.set(key, [item]);
  }
  return GROUP_LABELS.flatMap(([key, label]) => {
    const grouped = byKey.get(key);
    return grouped ? [{ key, label, items: grouped }] : [];
  });
}
