import type { GazetteerEntry } from "./gazetteer";
import type { Candidate } from "./recognise";

/** A place the text names, resolved to one gazetteer entry. */
export interface Resolved extends Candidate {
  /** The best of `entries`, which are ranked best first. */
  entry: GazetteerEntry;
  /** 0 to 1: how sure the choice is, from how far it is ahead of the next candidate. */
  confidence: number;
}

/**
 * A country, region or state outranks a town of the same name on population and country alone (at
 * most 3.5 + 1.5): "Georgia" is the state or the country unless the text names the town's own state
 * or places near it. Tuned on the development set, as is {@link NEAR_KM}.
 */
const KIND_WEIGHT: Record<GazetteerEntry["kind"], number> = { country: 5.5, region: 5, "admin-area": 5, landmark: 2, facility: 2, city: 0 };
/** How close another name's place must be to vouch for a place (50 to 100 km do about as well). */
const NEAR_KM = 70;

/** Great-circle distance in km. */
function distanceKm(a: GazetteerEntry, b: GazetteerEntry): number {
  const radians = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * radians) / 2) ** 2 + Math.cos(a.lat * radians) * Math.cos(b.lat * radians) * Math.sin(((b.lng - a.lng) * radians) / 2) ** 2;
  return 12_742 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Places with a point that means where they are: towns, counties, facilities (not countries or regions). */
const local = (entry: GazetteerEntry) => entry.kind === "city" || entry.kind === "facility" || entry.kind === "landmark" || (entry.kind === "admin-area" && entry.admin !== entry.id);

/**
 * Chooses each candidate's place: a country or a state before a town of the same name, then the
 * places inside the countries and states the text names elsewhere or near the other places it
 * names (local news: "Paris" beside Texas towns is Paris, Texas), then the more populous.
 */
export function resolve(candidates: readonly Candidate[]): Resolved[] {
  // The text's own context: the countries and admin areas it names without doubt, or as the one
  // country or state among towns of the same name ("Indiana" the state, not Indiana, Pennsylvania),
  // or as the country all of a name's places are in; each with the names that put it there, so
  // that no name is its own context ("Lebanon" the country does not vouch for itself).
  const countries = new Map<string, Set<string>>();
  const admins = new Map<string, Set<string>>();
  const note = (context: Map<string, Set<string>>, key: string | null, name: string) => {
    if (key) context.set(key, (context.get(key) ?? new Set()).add(name));
  };
  for (const { entries, text } of candidates) {
    const wide = entries.filter((entry) => entry.kind === "country" || (entry.kind === "admin-area" && entry.admin === entry.id));
    const sure = entries.length === 1 ? entries[0] : wide.length === 1 ? wide[0] : undefined;
    if (sure) {
      note(countries, sure.country, text);
      note(admins, sure.kind === "admin-area" ? (sure.admin ?? sure.id) : sure.admin, text);
    } else if (entries.every((entry) => entry.country === entries[0]!.country)) {
      note(countries, entries[0]!.country, text);
    }
  }
  const named = (context: Map<string, Set<string>>, key: string | null, own: string) => {
    const names = key === null ? undefined : context.get(key);
    return names !== undefined && (names.size > 1 || !names.has(own));
  };
  // Each other name's local places, for nearness: a name with fewer places counts for more.
  const byName = new Map<string, readonly GazetteerEntry[]>();
  for (const candidate of candidates) byName.set(candidate.text, candidate.entries.filter(local));
  const nearness = (entry: GazetteerEntry, own: string) => {
    if (!local(entry)) return 0;
    let total = 0;
    for (const [name, places] of byName) {
      if (name === own || places.length === 0) continue;
      // A degree of latitude is 111 km: the cheap test first.
      if (places.some((place) => place !== entry && Math.abs(place.lat - entry.lat) * 111 < NEAR_KM && distanceKm(entry, place) < NEAR_KM)) total += 1 / Math.sqrt(places.length);
    }
    return Math.min(2, total);
  };
  return candidates.map((candidate) => {
    const score = (entry: GazetteerEntry) =>
      KIND_WEIGHT[entry.kind] +
      Math.log10(entry.population + 1) / 2 +
      (named(countries, entry.country, candidate.text) ? 1.5 : 0) +
      (named(admins, entry.admin, candidate.text) ? 2 : 0) +
      (candidate.entries.length > 1 ? nearness(entry, candidate.text) : 0);
    const scored = candidate.entries.map((entry) => ({ entry, score: score(entry) })).sort((a, b) => b.score - a.score);
    const [best, next] = scored;
    const margin = next ? best!.score - next.score : Infinity;
    return { ...candidate, entries: scored.map(({ entry }) => entry), entry: best!.entry, confidence: margin === Infinity ? 0.95 : Math.min(0.9, 0.5 + margin / 4) };
  });
}
