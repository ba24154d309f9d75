import { acceptAll } from "./acceptAll";
import type { Decision, Draft, DraftEvent, DraftPlace } from "./draft";

/** What the reader can do to a draft; the builder's one reducer applies it. */
export type DraftAction =
  /** The mention, and the undecided others of the same words and place, take the decision. */
  | { kind: "decide"; mention: number; decision: Decision }
  /** Every mention and event still proposed becomes accepted; rejected ones stay rejected. */
  | { kind: "accept-all" }
  /** The mention and every other of the same words and place now stand for `place`. */
  | { kind: "place"; mention: number; place: DraftPlace }
  | { kind: "details"; details: Partial<Pick<Draft, "title" | "source" | "sourceUrl" | "published">> }
  | { kind: "event"; event: string; change: Partial<Pick<DraftEvent, "title" | "decision">> };

export function applyDraftAction(draft: Draft, action: DraftAction): Draft {
  switch (action.kind) {
    case "decide": {
      // The same words for the same place, still undecided, go with it: "AMI" is no place anywhere in the text.
      const chosen = draft.mentions[action.mention];
      if (!chosen) return draft;
      return {
        ...draft,
        mentions: draft.mentions.map((mention, index) =>
          index === action.mention || (mention.decision === "proposed" && mention.text === chosen.text && mention.place.id === chosen.place.id) ? { ...mention, decision: action.decision } : mention),
      };
    }
    case "accept-all":
      return acceptAll(draft);
    case "place": {
      const chosen = draft.mentions[action.mention];
      if (!chosen) return draft;
      const same = (index: number) => index === action.mention || (draft.mentions[index]!.text === chosen.text && draft.mentions[index]!.place.id === chosen.place.id);
      const candidates = (list: DraftPlace[]) => (list.some((place) => place.id === action.place.id) ? list : [action.place, ...list]);
      return {
        ...draft,
        mentions: draft.mentions.map((mention, index) =>
          same(index) ? { ...mention, place: action.place, candidates: candidates(mention.candidates), decision: "accepted", confidence: 1 } : mention),
        // An event keeps its places: one that stood at the old place now stands at the new one.
        events: draft.events.map((event) => ({ ...event, placeIds: [...new Set(event.placeIds.map((id) => (id === chosen.place.id && !stillUsed(draft, chosen.place.id, same) ? action.place.id : id)))] })),
      };
    }
    case "details":
      return { ...draft, ...action.details };
    case "event":
      return { ...draft, events: draft.events.map((event) => (event.id === action.event ? { ...event, ...action.change } : event)) };
  }
}

/** Whether a mention other than those being moved still stands for the place. */
function stillUsed(draft: Draft, placeId: string, moving: (index: number) => boolean): boolean {
  return draft.mentions.some((mention, index) => !moving(index) && mention.place.id === placeId);
}

/** A point the reader clicked on the map, as a place for a mention. */
export function clickedPlace(name: string, lat: number, lng: number): DraftPlace {
  const fixed = (value: number) => value.toFixed(4);
  return { id: `point-${fixed(lat)}-${fixed(lng)}`, name, kind: "point", lat: Number(fixed(lat)), lng: Number(fixed(lng)), country: null };
}

/** How many mentions have each decision. */
export function decisionCounts(draft: Draft): Record<Decision, number> {
  const counts: Record<Decision, number> = { proposed: 0, accepted: 0, rejected: 0 };
  for (const mention of draft.mentions) counts[mention.decision]++;
  return counts;
}
