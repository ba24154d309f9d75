/** What a key does in briefing mode. */
export type BriefingAction = "next" | "previous" | "first" | "last" | "blank" | "fullscreen" | "exit" | "presenter";

interface BriefingKey {
  action: BriefingAction;
  /** `KeyboardEvent.key` values, as presentation clickers send them. */
  keys: readonly string[];
  /** The keys as the help and the README show them. */
  label: string;
  description: string;
}

/**
 * The briefing's keys, declared once: the handler reads `keys`, and the shortcuts help and the
 * README read `label` and `description` (see SHORTCUTS). Clickers send PageDown/PageUp (most),
 * arrows, Space or Enter for next and previous, and "." or B for their blank-screen button.
 */
export const BRIEFING_KEYS: readonly BriefingKey[] = [
  { action: "next", keys: ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"], label: "Right, Down, Page Down, Space, Enter", description: "Next step." },
  { action: "previous", keys: ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"], label: "Left, Up, Page Up, Backspace", description: "Previous step." },
  { action: "first", keys: ["Home"], label: "Home", description: "First step." },
  { action: "last", keys: ["End"], label: "End", description: "Last step." },
  { action: "blank", keys: ["b", "B", "."], label: "B or .", description: "Blank the screen to black, and back." },
  { action: "fullscreen", keys: ["f", "F"], label: "F", description: "Full screen on or off." },
  { action: "presenter", keys: ["p", "P"], label: "P", description: "Open the presenter view (notes, next step, clock) in a second window; the two stay in step." },
  { action: "exit", keys: ["Escape"], label: "Escape", description: "Leave briefing mode (back to the map at the same place)." },
];

const BY_KEY = new Map(BRIEFING_KEYS.flatMap(({ action, keys }) => keys.map((key) => [key, action] as const)));

/** What pressing a key amounts to: an action, a digit typed towards "number then Enter", or nothing. */
export type BriefingKeyResult =
  | { kind: "action"; action: BriefingAction }
  | { kind: "jump"; step: number }
  | { kind: "digits"; digits: string }
  | { kind: "none" };

/**
 * Reads one key press in briefing mode. Digits collect until Enter, which then jumps to that
 * step instead of going to the next; any other key drops them.
 * @param key - `KeyboardEvent.key`
 * @param digits - the digits typed so far ("" when none)
 * @example readBriefingKey("Enter", "4") // { kind: "jump", step: 4 }
 */
export function readBriefingKey(key: string, digits: string): BriefingKeyResult {
  if (/^[0-9]$/.test(key)) return { kind: "digits", digits: (digits + key).slice(-3) };
  if (key === "Enter" && digits !== "") return { kind: "jump", step: Number(digits) };
  const action = BY_KEY.get(key);
  return action ? { kind: "action", action } : { kind: "none" };
}

/**
 * The step an action leads to, kept within the briefing.
 * @param index - the current step, from 0
 * @param count - how many steps there are
 */
export function stepAfter(action: "next" | "previous" | "first" | "last", index: number, count: number): number {
  const last = Math.max(0, count - 1);
  switch (action) {
    case "next":
      return Math.min(index + 1, last);
    case "previous":
      return Math.max(index - 1, 0);
    case "first":
      return 0;
    case "last":
      return last;
  }
}
