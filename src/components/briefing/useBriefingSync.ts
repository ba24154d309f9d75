import { useEffect, useRef } from "react";
import { briefingChannelName, readSyncMessage } from "../../state/briefingSync";

export interface BriefingState {
  step: number;
  blank: boolean;
}

/**
 * Keeps the briefing window and the presenter window in the same state, both ways, through a
 * BroadcastChannel: no server. A window tells the other what changed here; what it hears from the
 * other it applies without echoing back. A window that opens asks for the state ("hello").
 */
export function useBriefingSync(storyKey: string, state: BriefingState, apply: (state: BriefingState) => void): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const latest = useRef(state);
  const heard = useRef<BriefingState | null>(null);
  const applyLatest = useRef(apply);
  useEffect(() => {
    latest.current = state;
    applyLatest.current = apply;
  });

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const line = new BroadcastChannel(briefingChannelName(storyKey));
    channel.current = line;
    line.onmessage = (event: MessageEvent) => {
      const message = readSyncMessage(event.data);
      if (message?.type === "hello") line.postMessage({ type: "state", ...latest.current });
      else if (message) {
        heard.current = { step: message.step, blank: message.blank };
        applyLatest.current(heard.current);
      }
    };
    line.postMessage({ type: "hello" });
    return () => {
      line.close();
      channel.current = null;
    };
  }, [storyKey]);

  // The state a window opens with is not news: only later changes are told.
  const opening = useRef(true);
  useEffect(() => {
    if (opening.current) {
      opening.current = false;
      return;
    }
    const from = heard.current;
    if (from && from.step === state.step && from.blank === state.blank) return;
    heard.current = null;
    channel.current?.postMessage({ type: "state", step: state.step, blank: state.blank });
  }, [state.step, state.blank]);
}
