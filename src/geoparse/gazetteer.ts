/**
 * The places a geoparser can name, indexed by every name they go by. Pure data and lookups: the
 * entries come from GeoNames-derived packages (scripts/geoparse/gazetteerEntries.ts in Node).
 */

/** What a place is, as the story builder shows it. */
export type GazetteerKind = "country" | "admin-area" | "region" | "city";

export interface GazetteerEntry {
  /** GeoNames id for cities, ISO 3166-1 alpha-2 for countries, `<country>-<code>` for admin areas, a slug for regions. */
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
}

/**
 * @param entries - each place with all the names it goes by (its own first)
 */
export function buildGazetteer(entries: ReadonlyArray<{ entry: GazetteerEntry; names: readonly string[] }>): Gazetteer {
  const byName = new Map<string, GazetteerEntry[]>();
  let longestName = 1;
  for (const { entry, names } of entries) {
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
  return { lookup: (name) => byName.get(nameKey(name)) ?? [], longestName };
}
