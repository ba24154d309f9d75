/** What a key does in the story builder, outside its text fields. */
export type BuilderAction = "next" | "previous" | "accept" | "reject" | "stop-placing";

interface BuilderKey {
  action: BuilderAction;
  /** `KeyboardEvent.key` values. */
  keys: readonly string[];
  /** The keys as the help and the README show them. */
  label: string;
  description: string;
}

/** The builder's keys, declared once: its handler reads `keys`, its help and the README the rest (see SHORTCUTS). */
export const BUILDER_KEYS: readonly BuilderKey[] = [
  { action: "next", keys: ["j", "J"], label: "J", description: "Select the next place mention in the text." },
  { action: "previous", keys: ["k", "K"], label: "K", description: "Select the previous place mention." },
  { action: "accept", keys: ["a", "A"], label: "A", description: "Accept the selected mention's place." },
  { action: "reject", keys: ["r", "R"], label: "R", description: "Reject the selected mention: it is not a place, or not one for the map." },
  { action: "stop-placing", keys: ["Escape"], label: "Escape", description: "Stop placing the selected mention by clicking the map." },
];

const BY_KEY = new Map(BUILDER_KEYS.flatMap(({ action, keys }) => keys.map((key) => [key, action] as const)));

/** The action a key press stands for, or null; keys with Ctrl, Alt or Meta are the browser's. */
export function readBuilderKey(event: Pick<KeyboardEvent, "key" | "ctrlKey" | "altKey" | "metaKey">): BuilderAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  return BY_KEY.get(event.key) ?? null;
}
