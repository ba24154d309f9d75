import { useEffect, useRef } from "react";
import { readBuilderKey, type BuilderAction } from "../../state/builderKeys";

const TYPING = "input, textarea, select, [contenteditable]";

/** Listens for the builder's keys (BUILDER_KEYS) on the page, except while the reader types. */
export function useBuilderKeys(onAction: (action: BuilderAction) => void): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    const listen = (event: KeyboardEvent) => {
      if (event.target instanceof Element && event.target.closest(TYPING)) return;
      const action = readBuilderKey(event);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    window.addEventListener("keydown", listen);
    return () => window.removeEventListener("keydown", listen);
  }, []);
}
