import { describe, expect, it } from "vitest";
import { BRIEFING_KEYS, readBriefingKey, stepAfter } from "../../src/state/briefingKeys";
import { SHORTCUTS } from "../../src/state/shortcuts";

describe("briefing keys", () => {
  it("reads every key a clicker sends for next and previous", () => {
    for (const key of ["ArrowRight", "ArrowDown", "PageDown", " ", "Enter"]) expect(readBriefingKey(key, ""), key).toEqual({ kind: "action", action: "next" });
    for (const key of ["ArrowLeft", "ArrowUp", "PageUp", "Backspace"]) expect(readBriefingKey(key, ""), key).toEqual({ kind: "action", action: "previous" });
    expect(readBriefingKey("Home", "")).toEqual({ kind: "action", action: "first" });
    expect(readBriefingKey("End", "")).toEqual({ kind: "action", action: "last" });
    for (const key of ["b", "B", "."]) expect(readBriefingKey(key, ""), key).toEqual({ kind: "action", action: "blank" });
    expect(readBriefingKey("F", "")).toEqual({ kind: "action", action: "fullscreen" });
    expect(readBriefingKey("Escape", "")).toEqual({ kind: "action", action: "exit" });
    expect(readBriefingKey("x", "")).toEqual({ kind: "none" });
  });

  it("collects digits until Enter jumps to that step", () => {
    expect(readBriefingKey("1", "")).toEqual({ kind: "digits", digits: "1" });
    expect(readBriefingKey("2", "1")).toEqual({ kind: "digits", digits: "12" });
    expect(readBriefingKey("Enter", "12")).toEqual({ kind: "jump", step: 12 });
    // Only the last three digits count: a held key does not build a huge number.
    expect(readBriefingKey("9", "999")).toEqual({ kind: "digits", digits: "999" });
  });

  it("keeps steps within the briefing", () => {
    expect(stepAfter("next", 2, 8)).toBe(3);
    expect(stepAfter("next", 7, 8)).toBe(7);
    expect(stepAfter("previous", 0, 8)).toBe(0);
    expect(stepAfter("last", 0, 8)).toBe(7);
    expect(stepAfter("first", 5, 8)).toBe(0);
    expect(stepAfter("next", 0, 0)).toBe(0);
  });

  it("are in the shortcuts help, once each", () => {
    const briefing = SHORTCUTS.filter((shortcut) => shortcut.where === "briefing mode");
    expect(briefing.map((shortcut) => shortcut.keys)).toEqual([...BRIEFING_KEYS.map((key) => key.label), "a number, then Enter"]);
    const keys = BRIEFING_KEYS.flatMap((key) => key.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
