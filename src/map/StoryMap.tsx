import type { LatLngTuple } from "leaflet";
import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from "react";
import { useMap } from "react-leaflet";
import type { Basemap } from "../geo/basemap";
import type { BasemapDetail } from "../geo/basemapFiles";
import type { BasemapWater } from "../geo/basemapWater";
import { CLUSTER_THRESHOLD, countPositioned } from "../geo/clusterPoints";
import { unionOfBoxes, type Bounds } from "../geo/bounds";
import type { InitialView } from "../state/initialView";
import type { Story } from "../story/model";
import { AfterPaint } from "../components/AfterPaint";
import { BasemapLayers } from "./BasemapLayers";
import { PlaceMarkers } from "./PlaceMarkers";
import { PlaceShapes } from "./PlaceShapes";
import type { ViewRequest } from "./useViewSync";
import { BASEMAP_MAX_ZOOM } from "./zoomLimits";
import { MapFrame } from "./MapFrame";
import { labelPriorityIn } from "./markerLayout";
import type { MapView } from "../state/mapView";

export interface Selection {
  placeId: string;
  /** Where the popup points, when it is not the place's marker (a click inside a country). */
  at?: LatLngTuple;
  /** Chosen outside the map (the text, a list): the map then brings the place into view. */
  fromOutside?: boolean;
  /** Tells apart two choices of the same place, so choosing it again flies there again. */
  serial?: number;
}

interface StoryMapProps {
  story: Story;
  /** When a date range narrows the map: the places to show; null shows all. */
  visibleIds: ReadonlySet<string> | null;
  basemap: Basemap | null;
  water: BasemapWater | null;
  /** The 1:50m cells the map draws where it is, from the detail zoom on. */
  basemapDetail: BasemapDetail | null;
  initialView: InitialView;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  onClose: (placeId: string) => void;
  /** Renders a place's popup content. */
  renderDetails: (placeId: string) => ReactNode;
  /** Extra panels shown as map controls in the lower left. */
  lowerLeft?: ReactNode;
  /** Buttons shown as a map control in the upper right. */
  upperRight?: ReactNode;
  /** Whether OpenStreetMap's online tiles are drawn over the offline basemap. */
  onlineTiles: boolean;
  onTilesUnavailable: () => void;
  /** The colour scheme showing, for what CSS cannot colour. */
  scheme: "light" | "dark";
  /** Zoom buttons, "show all" and the upper-right buttons; off for a bare embed. */
  controls: boolean;
  /** False fixes the view, as in print: no panning or zooming, though places still open. */
  movable: boolean;
  /** Whether the view is kept in the page's `#map=` hash. */
  viewInHash: boolean;
  onViewChange?: (view: MapView) => void;
  viewRequest: ViewRequest | null;
  /** Whether opening a popup may pan the map (default); a briefing's steps set the view themselves. */
  popupsPanMap?: boolean;
}

/** Only stories of more than CLUSTER_THRESHOLD places need it, so it stays out of the first view's script. */
const ClusteredMarkers = lazy(() => import("./ClusteredMarkers").then((module) => ({ default: module.ClusteredMarkers })));
/** The popup, buttons, scale, online tiles and view sync: the first markers show without them. */
const MapExtras = lazy(() => import("./MapExtras").then((module) => ({ default: module.MapExtras })));

const NO_POSITIONS: ReadonlyMap<string, LatLngTuple> = new Map();

/** Names the focusable map container for screen readers and says how to move it. */
function MapName({ title }: { title: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-roledescription", "map");
    container.setAttribute("aria-label", `Map of the places in “${title}”. Arrow keys pan, plus and minus zoom; Tab reaches the places.`);
  }, [map, title]);
  return null;
}

/** The map of a story: offline basemap, place shapes, markers and the selected place's popup. */
export function StoryMap(props: StoryMapProps) {
  const { story, visibleIds, basemap, water, basemapDetail, initialView, selection, onSelect, onClose, renderDetails, lowerLeft, upperRight, onlineTiles, onTilesUnavailable, scheme } = props;
  const { controls, movable, viewInHash, onViewChange, viewRequest, popupsPanMap = true } = props;
  const [positions, setPositions] = useState(NO_POSITIONS);
  const selectedId = selection?.placeId ?? null;
  // A place chosen outside the dates keeps its popup, at its own position, without a marker.
  const shownPlaces = useMemo(() => (visibleIds ? story.places.filter((place) => visibleIds.has(place.id)) : story.places), [story, visibleIds]);
  // Markers, not whole shapes: Russia's shape spans every longitude once cut at the antimeridian.
  const allBounds = useMemo(
    () => unionOfBoxes(story.places.flatMap((place): Bounds[] => (place.anchor ? [[...place.anchor, ...place.anchor]] : place.box ? [place.box] : []))),
    [story],
  );
  // Past the threshold, clusters replace the labelled markers, their label layout and fan-out.
  const clustered = useMemo(() => countPositioned(shownPlaces) > CLUSTER_THRESHOLD, [shownPlaces]);
  const focusCountries = useMemo(() => story.file.view?.focusCountries ?? [], [story]);
  const hiddenLabels = useMemo(
    () => new Set(story.places.filter((place) => place.countryIds.length === 1).flatMap((place) => place.countryIds)),
    [story],
  );
  const labelPriority = useMemo(() => labelPriorityIn(story), [story]);
  const select = useMemo(() => (placeId: string, at?: LatLngTuple) => onSelect(at ? { placeId, at } : { placeId }), [onSelect]);
  const selected = selection ? story.placeById.get(selection.placeId) : undefined;
  const anchor: LatLngTuple | undefined = selected?.anchor ? [selected.anchor[1], selected.anchor[0]] : undefined;
  // Clusters draw places at their own positions; positions left from labelled markers are stale.
  const popupAt = selection?.at ?? (selected ? (clustered ? undefined : positions.get(selected.id)) ?? anchor : undefined);
  const flight = selection?.fromOutside && anchor ? { key: `${selection.placeId}#${selection.serial ?? 0}`, at: anchor } : null;
  const popup = selected && popupAt
    ? { placeId: selected.id, label: selected.name, at: popupAt, flight, autoPan: popupsPanMap, content: renderDetails(selected.id) }
    : null;
  const settings = useMemo(() => ({ onlineTiles, controls, movable }), [onlineTiles, controls, movable]);

  return (
    <MapFrame story={story} settings={settings} initialView={initialView} onEarlyChoice={select}>
      {basemap && <BasemapLayers basemap={basemap} water={water} detail={basemapDetail} focusCountries={focusCountries} hiddenLabels={hiddenLabels} scheme={scheme} />}
      <PlaceShapes places={shownPlaces} selectedId={selectedId} onSelect={select} />
      {clustered
        ? <Suspense fallback={null}><ClusteredMarkers places={shownPlaces} selectedId={selectedId} onSelect={select} /></Suspense>
        : <PlaceMarkers places={shownPlaces} selectedId={selectedId} onSelect={select} onLayout={setPositions} labelPriority={labelPriority} />}
      <AfterPaint>
        <Suspense fallback={null}>
          <MapExtras
            popup={popup}
            onClose={onClose}
            allBounds={allBounds && controls && movable ? allBounds : null}
            lowerLeft={lowerLeft}
            upperRight={controls ? upperRight : undefined}
            onlineTiles={onlineTiles ? { basemapMaxZoom: BASEMAP_MAX_ZOOM, onUnavailable: onTilesUnavailable } : null}
            viewSync={{ hash: viewInHash, onChange: onViewChange, request: viewRequest }}
          />
        </Suspense>
      </AfterPaint>
      <MapName title={story.title} />
    </MapFrame>
  );
}
