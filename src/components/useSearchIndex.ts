import { useEffect, useMemo, useState } from "react";
import type { Place } from "../story/model";
import { listAll, placeSearchIndex, searchEntry, type PlaceSearchIndex, type SearchEntry } from "../story/placeSearch";

/**
 * Places folded per task. Folding a name takes a few microseconds, so a slice stays well under
 * a frame's budget, while 100,000 places folded at once held the page for over half a second.
 */
const PLACES_PER_SLICE = 2_000;

/**
 * The place list's search index. A story of up to one slice gets it at once; a larger one is
 * folded a slice per task after the list shows, and is null until done.
 * @returns the index (or null while a large story's is being built), and the blank-query list,
 *   which never waits
 */
export function useSearchIndex(places: readonly Place[]): { index: PlaceSearchIndex | null; all: PlaceSearchIndex["all"] } {
  const small = places.length <= PLACES_PER_SLICE;
  const immediate = useMemo(() => (small ? placeSearchIndex(places) : null), [places, small]);
  const all = useMemo(() => immediate?.all ?? listAll(places), [immediate, places]);
  const [built, setBuilt] = useState<{ places: readonly Place[]; index: PlaceSearchIndex } | null>(null);

  useEffect(() => {
    if (small) return;
    const entries: SearchEntry[] = [];
    let timer = 0;
    const slice = () => {
      const end = Math.min(places.length, entries.length + PLACES_PER_SLICE);
      for (let at = entries.length; at < end; at++) entries.push(searchEntry(places[at]!));
      if (end < places.length) timer = window.setTimeout(slice, 0);
      else setBuilt({ places, index: { entries, all } });
    };
    timer = window.setTimeout(slice, 0);
    return () => window.clearTimeout(timer);
  }, [places, small, all]);

  return { index: immediate ?? (built?.places === places ? built.index : null), all };
}
