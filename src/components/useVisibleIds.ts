import { useEffect, useMemo, useState } from "react";
import { isOpenRange, type DayRange } from "../story/dayRange";
import type { Story } from "../story/model";
import type { placesWithEventsInRange } from "../story/timeline";

type Narrow = typeof placesWithEventsInRange;

const NONE_YET: ReadonlySet<string> = new Set();

/**
 * The places a date range leaves on the map and in the lists, or null to show them all.
 * The timeline's code loads only once a range is set (most readers never set one), so an open
 * range costs the first view nothing. Until it has arrived, a set range shows no place rather
 * than every place for a moment; if it cannot load, every place shows.
 */
export function useVisibleIds(story: Story | null, range: DayRange): ReadonlySet<string> | null {
  const [narrow, setNarrow] = useState<Narrow | "unavailable" | null>(null);
  const needed = story !== null && !isOpenRange(range);
  useEffect(() => {
    if (!needed || narrow !== null) return;
    import("../story/timeline").then(
      (module) => setNarrow(() => module.placesWithEventsInRange),
      () => setNarrow("unavailable"),
    );
  }, [needed, narrow]);
  return useMemo(() => {
    if (!story || isOpenRange(range) || narrow === "unavailable") return null;
    return narrow === null ? NONE_YET : new Set(narrow(story, range));
  }, [story, range, narrow]);
}
