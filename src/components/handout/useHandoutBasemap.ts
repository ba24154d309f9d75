import { useEffect, useState } from "react";
import type { Basemap } from "../../geo/basemap";
import { basemapFromCells, type BasemapDetail } from "../../geo/basemapFiles";
import { cellsCovering } from "../../geo/basemapGrid";
import { frameFor } from "../../geo/staticMap";
import { stepBox } from "../../story/handout";
import type { Story } from "../../story/model";
import { HANDOUT_MAP_SIZE } from "./HandoutMap";

/**
 * The basemap the handout draws: paper deserves the 1:50m detail at every step, so the cells
 * under all of its maps are loaded here, in the handout's own chunk, never for the first view.
 * @param world - the coarse world, whose labels name the countries; null while it loads
 * @param detail - where the cells come from; without it (or when a cell fails) the coarse world is drawn
 * @returns null until there is a basemap to draw
 */
export function useHandoutBasemap(story: Story, world: Basemap | null, detail: BasemapDetail | null): Basemap | null {
  const [detailed, setDetailed] = useState<{ world: Basemap; basemap: Basemap } | null>(null);
  useEffect(() => {
    if (!world || !detail) return;
    let active = true;
    const keys = new Set(story.briefing.steps.flatMap((step) => cellsCovering(frameFor(stepBox(story, step), HANDOUT_MAP_SIZE).bounds)));
    Promise.all([...keys].filter((key) => detail.cells.has(key)).map(detail.load)).then(
      (cells) => active && setDetailed({ world, basemap: basemapFromCells(cells, world.labels) }),
      () => active && setDetailed({ world, basemap: world }),
    );
    return () => {
      active = false;
    };
  }, [story, world, detail]);
  if (!world) return null;
  if (!detail) return world;
  return detailed?.world === world ? detailed.basemap : null;
}
