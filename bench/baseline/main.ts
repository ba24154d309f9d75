/**
 * The benchmark's baseline: the least a page can do to show the same story on the same basemap.
 * Plain TypeScript and Leaflet, no React and no panels. It fetches the story file and the same
 * basemap files as the app (the coarse world, then the 1:50m cells under the story's view, made
 * by scripts/vite-basemap.ts), draws their land on a canvas and one DOM marker per place with a
 * position. Built by bench/run.ts with Vite's `build()` API; never part of the app.
 */
import "leaflet/dist/leaflet.css";
import { canvas, divIcon, geoJSON, map as leafletMap, marker } from "leaflet";
import type { Geometry } from "geojson";
import type { Topology } from "topojson-specification";
import { cellUrls, worldUrl } from "virtual:basemap";
import { decodeCell, decodeWorld, type LandPiece, type WorldFile } from "../../src/geo/basemapFiles";
import { cellsForView } from "../../src/geo/basemapGrid";

/** The same story file the app's catalogue names as its default, or the large story `?story=` names (relative to the page). */
const STORY_URL = new URLSearchParams(location.search).get("story") ?? "geodata/aktobe-2016/story.json";
/** The app's mark (src/components/useStoryLoader.ts); here the story is only parsed, not validated. */
const STORY_READY_MARK = "article-map:story-ready";

/** The few fields of a story file the baseline reads (src/story/schema.ts has the whole format). */
interface StoryFile {
  view?: { bounds?: [number, number, number, number] };
  places: { features: Array<{ id: string; geometry: Geometry | null; properties: { name: string; labelPoint?: [number, number] } }> };
}

const map = leafletMap("map", { minZoom: 1, maxZoom: 10 });
map.setView([20, 0], 2);

// Same pane name as the app's land (src/map/BasemapLayers.tsx), so one selector finds both canvases.
map.createPane("basemap-land").style.zIndex = "250";
const landRenderer = canvas({ pane: "basemap-land", padding: 0.5 });

/** Where a place's marker stands: a point's own position, else the story's label point. */
function positionOf(place: StoryFile["places"]["features"][number]): [number, number] | null {
  if (place.geometry?.type === "Point") return [place.geometry.coordinates[1]!, place.geometry.coordinates[0]!];
  const label = place.properties.labelPoint;
  return label ? [label[1], label[0]] : null;
}

async function showStory(): Promise<void> {
  const story = (await (await fetch(STORY_URL)).json()) as StoryFile;
  performance.mark(STORY_READY_MARK);
  const placed = story.places.features.flatMap((place) => {
    const position = positionOf(place);
    return position === null ? [] : [{ position, name: place.properties.name }];
  });
  // A generated story has no first view: like the app, fit every place then.
  const bounds = story.view?.bounds;
  if (bounds) map.fitBounds([[bounds[1], bounds[0]], [bounds[3], bounds[2]]]);
  else if (placed.length > 0) map.fitBounds(placed.map((place) => place.position));
  for (const { position, name } of placed) {
    const icon = divIcon({ className: "baseline-marker", iconSize: [12, 12], iconAnchor: [6, 6] });
    marker(position, { icon, title: name }).addTo(map);
  }
}

function drawLand(land: readonly LandPiece[]): void {
  geoJSON(land.map(({ geometry }) => ({ type: "Feature" as const, properties: {}, geometry })), {
    interactive: false,
    style: { renderer: landRenderer, stroke: false, fillColor: "#e8e4d8", fillOpacity: 1 },
  }).addTo(map);
}

const fetchJson = async (url: string) => (await fetch(url)).json() as Promise<unknown>;

/** The coarse world, then the cells under the story's view, as the app draws them (without its layer-a-task pacing). */
async function showLand(): Promise<void> {
  const world = decodeWorld((await fetchJson(worldUrl)) as WorldFile);
  drawLand(world.basemap.countries);
  await storyShown;
  const view = map.getBounds();
  const cells = cellsForView([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], map.getZoom(), new Set(Object.keys(cellUrls)));
  await Promise.all(cells.map(async (key) => drawLand(decodeCell((await fetchJson(cellUrls[key]!)) as Topology).land)));
}

const storyShown = showStory();
void showLand();
