/**
 * The benchmark's second floor: the same page as the bare-Leaflet baseline (bench/baseline/main.ts),
 * written the plain react-leaflet way: React renders a MapContainer, one <Marker> per place and
 * one <GeoJSON> per piece of land, from the story file and basemap files fetched at run time. No
 * panels, no validation, no deferred loading. It shows what React and react-leaflet alone cost on
 * top of bare Leaflet. Built by bench/run.ts; never part of the app.
 */
import "leaflet/dist/leaflet.css";
import { canvas, divIcon, type LatLngBoundsExpression, type LatLngTuple } from "leaflet";
import type { Geometry } from "geojson";
import { useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import { GeoJSON, MapContainer, Marker, Pane, useMap } from "react-leaflet";
import type { Topology } from "topojson-specification";
import { cellUrls, worldUrl } from "virtual:basemap";
import { decodeCell, decodeWorld, type LandPiece, type WorldFile } from "../../src/geo/basemapFiles";
import { cellsForView } from "../../src/geo/basemapGrid";

/** The story file the baseline reads (relative to the page), or the one `?story=` names. */
const STORY_URL = new URLSearchParams(location.search).get("story") ?? "geodata/aktobe-2016/story.json";
const STORY_READY_MARK = "article-map:story-ready";

interface StoryFile {
  view?: { bounds?: [number, number, number, number] };
  places: { features: Array<{ id: string; geometry: Geometry | null; properties: { name: string; labelPoint?: [number, number] } }> };
}

interface Placed {
  id: string;
  name: string;
  position: LatLngTuple;
}

const fetchJson = async (url: string) => (await fetch(url)).json() as Promise<unknown>;
const icon = divIcon({ className: "baseline-marker", iconSize: [12, 12], iconAnchor: [6, 6] });
const landStyle = { stroke: false, fillColor: "#e8e4d8", fillOpacity: 1 };

function placed(story: StoryFile): Placed[] {
  return story.places.features.flatMap((place) => {
    const geometry = place.geometry;
    const label = place.properties.labelPoint;
    const position: LatLngTuple | null = geometry?.type === "Point"
      ? [geometry.coordinates[1]!, geometry.coordinates[0]!]
      : label ? [label[1], label[0]] : null;
    return position ? [{ id: place.id, name: place.properties.name, position }] : [];
  });
}

/** Fits the story's view, or every place, as the baseline does. */
function FitStory({ story, places }: { story: StoryFile; places: readonly Placed[] }) {
  const map = useMap();
  useEffect(() => {
    const bounds = story.view?.bounds;
    if (bounds) map.fitBounds([[bounds[1], bounds[0]], [bounds[3], bounds[2]]]);
    else if (places.length > 0) map.fitBounds(places.map((place) => place.position) as LatLngBoundsExpression);
  }, [map, story, places]);
  return null;
}

/** The coarse world, then the cells under the story's view once it is set. */
function Land({ storyShown }: { storyShown: boolean }) {
  const map = useMap();
  const renderer = useMemo(() => canvas({ pane: "basemap-land", padding: 0.5 }), []);
  const [land, setLand] = useState<LandPiece[][]>([]);
  useEffect(() => {
    void fetchJson(worldUrl).then((file) => setLand((current) => [decodeWorld(file as WorldFile).basemap.countries, ...current]));
  }, []);
  useEffect(() => {
    if (!storyShown) return;
    const view = map.getBounds();
    const cells = cellsForView([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], map.getZoom(), new Set(Object.keys(cellUrls)));
    for (const key of cells) {
      void fetchJson(cellUrls[key]!).then((file) => setLand((current) => [...current, decodeCell(file as Topology).land]));
    }
  }, [map, storyShown]);
  return land.flat().map((piece, index) => (
    <GeoJSON key={index} data={piece.geometry} interactive={false} style={{ ...landStyle, renderer } as object} />
  ));
}

function Page() {
  const [story, setStory] = useState<StoryFile | null>(null);
  useEffect(() => {
    void fetchJson(STORY_URL).then((file) => {
      performance.mark(STORY_READY_MARK);
      setStory(file as StoryFile);
    });
  }, []);
  const places = useMemo(() => (story ? placed(story) : []), [story]);
  return (
    <MapContainer center={[20, 0]} zoom={2} minZoom={1} maxZoom={10}>
      {/* Before the land, so the view is set when the land asks for the cells under it. */}
      {story && <FitStory story={story} places={places} />}
      <Pane name="basemap-land" style={{ zIndex: 250 }}>
        <Land storyShown={story !== null} />
      </Pane>
      {places.map((place) => <Marker key={place.id} position={place.position} icon={icon} title={place.name} />)}
    </MapContainer>
  );
}

createRoot(document.getElementById("root")!).render(<Page />);
