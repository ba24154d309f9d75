/**
 * What a briefing window and its presenter window tell each other over BroadcastChannel: the
 * step and whether the screen is blanked, and "hello" from a window that has just opened, which
 * the other answers with its state. Another tab could post anything on the channel, so every
 * message is checked before it is obeyed.
 */
export type BriefingSyncMessage =
  | { type: "state"; step: number; blank: boolean }
  | { type: "hello" };

/** The channel for one story's briefing, so two stories briefed in two tabs do not steer each other. */
export const briefingChannelName = (storyKey: string) => `article-map-briefing:${storyKey}`;

/**
 * @returns the message, or null for anything else (ignored without a word: the channel is private
 *   to the page's origin, and a stale window's noise is not worth a warning)
 */
export function readSyncMessage(data: unknown): BriefingSyncMessage | null {
  if (typeof data !== "object" || data === null) return null;
  const { type, step, blank } = data as Record<string, unknown>;
  if (type === "hello") return { type };
  if (type === "state" && Number.isInteger(step) && (step as number) >= 0 && (step as number) < 10_000 && typeof blank === "boolean") {
    return { type, step: step as number, blank };
  }
  return null;
}
