import { useEffect, useRef } from "react";
import { readBriefingKey, type BriefingAction } from "../../state/briefingKeys";

/**
 * Listens for the briefing's keys (BRIEFING_KEYS) on the whole page, before the map or a focused
 * button sees them, so a clicker works whatever has focus. Enter and Space on a focused button or
 * link are left to it; keys typed in a field are left alone.
 * @param onAction - an action, or a jump to a step counting from 1
 */
export function useBriefingKeys(onAction: (action: BriefingAction | { jump: number }) => void): void {
  const digits = useRef("");
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    const press = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      // A dialog over the briefing (the shortcuts help) has the keys, Escape first of all.
      if (document.querySelector("dialog[open]")) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest("input, textarea, select, [contenteditable]")) return;
      if ((event.key === "Enter" || event.key === " ") && target?.closest("button, a[href], summary") && digits.current === "") return;
      const result = readBriefingKey(event.key, digits.current);
      if (result.kind === "none") {
        digits.current = "";
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (result.kind === "digits") {
        digits.current = result.digits;
        return;
      }
      digits.current = "";
      latest.current(result.kind === "jump" ? { jump: result.step } : result.action);
    };
    document.addEventListener("keydown", press, true);
    return () => document.removeEventListener("keydown", press, true);
  }, []);
}
