/**
 * The places a geoparser can name, indexed by every name they go by. Pure data and lookups: the
 * entries come from GeoNames-derived packages (scripts/geoparse/gazetteerEntries.ts in Node).
 */

/** What a place is, as the story builder shows it. */
export type GazetteerKind = "country" | "admin-area" | "region" | "city" | "landmark" | "facility";

export interface GazetteerEntry {
  /** GeoNames id for cities, ISO 3166-1 alpha-2 for countries, `<country>-<code>` for admin areas, a slug for regions, landmarks and facilities. */
  id: string;
  name: string;
  kind: GazetteerKind;
  lat: number;
  lng: number;
  /** ISO 3166-1 alpha-2 of the country it lies in (its own code for a country); null for a region. */
  country: string | null;
  /** The admin area (state, province) it lies in, as `<country>-<code>`; null when unknown. */
  admin: string | null;
  population: number;
}

/** Folds case, accents and full stops, so "U.S." finds "US" and "Zürich" finds "Zurich". */
export function nameKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").replace(/[.’']/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}

export interface Gazetteer {
  /** Every entry that goes by this name, by {@link nameKey}. */
  lookup(name: string): readonly GazetteerEntry[];
  /** The longest name, in words, that any entry goes by: how far a match may reach. */
  longestName: number;
  /** The country a misspelt one-word name means ("Kazahktan"), if one is that close; else none. */
  misspeltCountry(word: string): readonly GazetteerEntry[];
}

/** Edits (insert, delete, substitute, swap two neighbours) from one word to another. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * A typo keeps a name's first letter, its last two and about its length; a demonym does not
 * ("Australian", "Canadian"). Two edits only in nine letters or more: "Several" is two from "Senegal".
 */
function misspeltCountries(countries: ReadonlyMap<string, GazetteerEntry>) {
  const shape = (name: string) => name[0]! + name.slice(-2);
  const byShape = new Map<string, Array<[string, GazetteerEntry]>>();
  for (const [name, country] of countries) byShape.set(shape(name), [...(byShape.get(shape(name)) ?? []), [name, country]]);
  return (word: string): readonly GazetteerEntry[] => {
    const key = nameKey(word);
    if (key.length < 7 || key.includes(" ")) return [];
    const close = byShape.get(shape(key))?.find(([name]) => Math.abs(name.length - key.length) <= 1 && editDistance(name, key) <= (key.length >= 9 ? 2 : 1));
    return close ? [close[1]] : [];
  };
}

/**
 * @param entries - each place with all the names it goes by (its own first)
 */
export function buildGazetteer(entries: ReadonlyArray<{ entry: GazetteerEntry; names: readonly string[] }>): Gazetteer {
  const byName = new Map<string, GazetteerEntry[]>();
  let longestName = 1;
  const countries = new Map<string, GazetteerEntry>();
  for (const { entry, names } of entries) {
    if (entry.kind === "country") for (const name of names) if (!/\s/.test(name) && name.length >= 7) countries.set(nameKey(name), entry);
    for (const name of new Set(names.map(nameKey))) {
      if (name === "") continue;
      const list = byName.get(name);
      if (list) {
        if (!list.includes(entry)) list.push(entry);
      } else {
        byName.set(name, [entry]);
      }
      longestName = Math.max(longestName, name.split(" ").length);
    }
  }
  return { lookup: (name) => byName.get(nameKey(name)) ?? [], longestName, misspeltCountry: misspeltCountries(countries) };
}
