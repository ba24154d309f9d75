import { useEffect, useRef } from "react";
import type { MapChannel } from "../embed/channel";
import type { ViewRequest } from "../map/useViewSync";
import type { Story } from "../story/model";
import type { DayRange } from "../story/dayRange";

interface HostChannelOptions {
  story: Story | null;
  selectedId: string | null;
  select: (placeId: string) => void;
  close: (placeId: string) => void;
  changeRange: (range: DayRange) => void;
  requestView: (request: ViewRequest) => void;
}

/**
 * Connects the map to its host: obeys the host's commands once the story has loaded, says
 * "ready" then, and reports each change of the selected place. The view is reported by the
 * map itself (StoryMap's onViewChange), which knows when a pan ends.
 */
export function useHostChannel(channel: MapChannel | null, options: HostChannelOptions): void {
  const { story, selectedId } = options;
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    if (!channel || !story) return;
    const stop = channel.onCommand((command) => {
      const { selectedId: current, select, close, changeRange, requestView } = latest.current;
      if (command.type === "select") {
        if (command.place === null) {
          if (current !== null) close(current);
        } else if (story.placeById.has(command.place)) {
          select(command.place);
        } else {
          console.warn(`article-map: there is no place "${command.place.slice(0, 60)}" in “${story.title}”, so none was selected`);
        }
      } else if (command.type === "set-view") {
        requestView({ kind: "view", view: command.view, serial: Date.now() });
      } else {
        changeRange(command.range);
      }
    });
    channel.emit({ type: "ready" });
    return stop;
  }, [channel, story]);

  const reported = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!channel || !story || reported.current === selectedId) return;
    // The first report is the starting selection (?place=), which the host already knows.
    if (reported.current !== undefined) channel.emit({ type: "select", place: selectedId });
    reported.current = selectedId;
  }, [channel, story, selectedId]);
}
