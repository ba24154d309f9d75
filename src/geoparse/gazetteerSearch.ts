import { nameKey, type GazetteerEntry } from "./gazetteer";
import type { NamedEntry } from "./gazetteerFile";

/** Larger kinds first among names that match equally well: "Georgia" the country before the town. */
const KIND_RANK: Record<string, number> = { country: 4, region: 3, "admin-area": 2 };

/**
 * Finds places by the start of any name they go by, for the builder's search box: exact names
 * first, then the larger kinds, then the more populous.
 */
export function gazetteerSearch(entries: readonly NamedEntry[]): (query: string, limit?: number) => GazetteerEntry[] {
  const keys: string[] = [];
  const owners: GazetteerEntry[] = [];
  for (const { entry, names } of entries) {
    for (const key of new Set(names.map(nameKey))) {
      keys.push(key);
      owners.push(entry);
    }
  }
  return (query, limit = 12) => {
    const wanted = nameKey(query);
    if (wanted === "") return [];
    const found = new Map<GazetteerEntry, boolean>();
    keys.forEach((key, index) => {
      if (!key.startsWith(wanted)) return;
      const owner = owners[index]!;
      found.set(owner, found.get(owner) === true || key === wanted);
    });
    const rank = (entry: GazetteerEntry) => (found.get(entry) ? 100 : 0) + (KIND_RANK[entry.kind] ?? 0) * 10 + Math.log10(entry.population + 1);
    return [...found.keys()].sort((a, b) => rank(b) - rank(a)).slice(0, limit);
  };
}
