import { BRIEFING_KEYS } from "./briefingKeys";
import { BUILDER_KEYS } from "./builderKeys";

/** One keyboard shortcut: declared once here, read by the handlers, the help and the README. */
export interface Shortcut {
  /** Keys as a reader types them, e.g. `Enter` or `+` / `-`. */
  keys: string;
  /** Where the focus must be for the keys to work. */
  where: string;
  action: string;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: "?", where: "anywhere but a text field", action: "Show these keyboard shortcuts; Escape closes them." },
  { keys: "Tab / Shift+Tab", where: "anywhere", action: "Move between the map, the place markers, the controls and an open popup." },
  { keys: "Enter or Space", where: "a place marker", action: "Open the place's popup; focus moves into it." },
  { keys: "Enter or Space", where: "a cluster marker (stories of over 1,000 places)", action: "Zoom in to where the cluster splits; focus moves to the nearest marker." },
  { keys: "Escape", where: "an open popup or place panel", action: "Close it; focus returns to the marker or button that opened it." },
  { keys: "Arrow keys", where: "the map", action: "Pan the map." },
  { keys: "Arrow keys", where: "a place or cluster marker", action: "Move to the next (Right, Down) or previous (Left, Up) marker in view, west to east." },
  { keys: "+ / -", where: "the map", action: "Zoom in and out." },
  { keys: "Left / Right, Home / End", where: "the panel's tabs", action: "Switch between the article and the place list." },
  { keys: "Enter or Space", where: "a place name in the article", action: "Select the place: the map goes there and opens its popup." },
  { keys: "Up / Down, Home / End", where: "the place list", action: "Move between places (and back to the search box)." },
  { keys: "Escape", where: "the place search box", action: "Clear the search." },
  { keys: "Left / Right, Home / End", where: "the timeline's events", action: "Move between events in time order; Enter selects one and opens its place." },
  ...BRIEFING_KEYS.map(({ label, description }) => ({ keys: label, where: "briefing mode", action: description })),
  { keys: "a number, then Enter", where: "briefing mode", action: "Go to that step." },
  ...BUILDER_KEYS.map(({ label, description }) => ({ keys: label, where: "the story builder, outside its text fields", action: description })),
];
