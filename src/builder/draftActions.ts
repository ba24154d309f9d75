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
      // A mention the reader rejected ("Jordan" the person) stays rejected where it stood.
      const same = (index: number) => {
        const other = draft.mentions[index]!;
        return index === action.mention || (other.decision !== "rejected" && other.text === chosen.text && other.place.id === chosen.place.id);
      };
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

/**
 * A new draft of a changed text, with the reader's decisions on the old one carried over: a
 * mention of the same words takes its decision and place, an event of the same sentence and date
 * its decision and title. Fixing a typo must not undo an hour's checking.
 */
export function carryDecisions(old: Draft | null, next: Draft): Draft {
  if (!old) return next;
  const byWords = new Map(old.mentions.filter((mention) => mention.decision !== "proposed").map((mention) => [mention.text, mention]));
  const sentence = (draft: Draft, event: DraftEvent) => `${draft.text.slice(event.start, event.end)}|${event.date.asWritten}`;
  const events = new Map(old.events.filter((event) => event.decision !== "proposed").map((event) => [sentence(old, event), event]));
  return {
    ...next,
    mentions: next.mentions.map((mention) => {
      const decided = byWords.get(mention.text);
      if (!decided) return mention;
      const candidates = mention.candidates.some((place) => place.id === decided.place.id) ? mention.candidates : [decided.place, ...mention.candidates];
      return { ...mention, decision: decided.decision, place: decided.place, candidates, confidence: decided.confidence };
    }),
    events: next.events.map((event) => {
      const decided = events.get(sentence(next, event));
      return decided ? { ...event, decision: decided.decision, title: decided.title } : event;
    }),
  };
}
