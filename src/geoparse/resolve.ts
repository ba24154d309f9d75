import type { GazetteerEntry } from "./gazetteer";
import type { Candidate } from "./recognise";

/** A place the text names, resolved to one gazetteer entry. */
export interface Resolved extends Candidate {
  entry: GazetteerEntry;
  /** 0 to 1: how sure the choice is, from how far it is ahead of the next candidate. */
  confidence: number;
}

const KIND_WEIGHT: Record<GazetteerEntry["kind"], number> = { country: 4, region: 3.5, "admin-area": 3, city: 0 };

/**
 * Chooses each candidate's place: a country or a state before a town of the same name, then the
 * places inside the countries and states the text names elsewhere, then the more populous.
 */
export function resolve(candidates: readonly Candidate[]): Resolved[] {
  // The text's own context: the countries and admin areas it names without doubt.
  const countries = new Set<string>();
  const admins = new Set<string>();
  for (const candidate of candidates) {
    const [only] = candidate.entries;
    if (candidate.entries.length !== 1 || !only) continue;
    if (only.country) countries.add(only.country);
    if (only.kind === "admin-area") admins.add(only.id);
    else if (only.admin) admins.add(only.admin);
  }
  const score = (entry: GazetteerEntry) =>
    KIND_WEIGHT[entry.kind] + Math.log10(entry.population + 1) / 2 + (entry.country && countries.has(entry.country) ? 1.5 : 0) + (entry.admin && admins.has(entry.admin) ? 2 : 0);
  return candidates.map((candidate) => {
    const ranked = [...candidate.entries].sort((a, b) => score(b) - score(a));
    const best = ranked[0]!;
    const margin = ranked.length === 1 ? Infinity : score(best) - score(ranked[1]!);
    return { ...candidate, entry: best, confidence: margin === Infinity ? 0.95 : Math.min(0.9, 0.5 + margin / 4) };
  });
}
