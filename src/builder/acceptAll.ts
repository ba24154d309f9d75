import type { Draft } from "./draft";

/**
 * The draft with every open proposal, mention or event, accepted ("Accept all"). What the reader
 * rejected stays rejected: accepting all is a shortcut, not an undo.
 */
export function acceptAll(draft: Draft): Draft {
  return {
    ...draft,
    mentions: draft.mentions.map((mention) => (mention.decision === "proposed" ? { ...mention, decision: "accepted" } : mention)),
    events: draft.events.map((event) => (event.decision === "proposed" ? { ...event, decision: "accepted" } : event)),
  };
}
