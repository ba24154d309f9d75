import { useEffect, useMemo, useState } from "react";
import { CircleMarker, MapContainer, Tooltip, useMap, useMapEvents } from "react-leaflet";
import { latLngBounds } from "leaflet";
import type { Draft, DraftPlace } from "../builder/draft";
import type { BasemapWorld } from "../geo/basemapFiles";
import type { BasemapDetail } from "../geo/basemapFiles";
import { BasemapLayers } from "./BasemapLayers";
import { storyMapOptions } from "./mapOptions";

interface BuilderMapProps {
  draft: Draft;
  /** The place of the selected mention, drawn larger; the map brings it into view. */
  selectedPlaceId: string | null;
  world: BasemapWorld | null;
  detail: BasemapDetail;
  scheme: "light" | "dark";
  /** Set while the next click places the selected mention. */
  onPick: ((lat: number, lng: number) => void) | null;
  /** A click on a place's dot: its first mention. */
  onSelectPlace: (placeId: string) => void;
}

const OPTIONS = storyMapOptions({ onlineTiles: false, controls: true, movable: true });
const NO_NAMES: ReadonlySet<string> = new Set();

interface DrawnPlace {
  place: DraftPlace;
  accepted: boolean;
  mentions: number;
}

/** One dot a place, accepted or not yet decided; rejected mentions draw nothing. */
function placesOf(draft: Draft): DrawnPlace[] {
  const byId = new Map<string, DrawnPlace>();
  for (const mention of draft.mentions) {
    if (mention.decision === "rejected") continue;
    const drawn = byId.get(mention.place.id) ?? { place: mention.place, accepted: false, mentions: 0 };
    drawn.accepted ||= mention.decision === "accepted";
    drawn.mentions++;
    byId.set(mention.place.id, drawn);
  }
  return [...byId.values()];
}

function FitPlaces({ places }: { places: readonly DrawnPlace[] }) {
  const map = useMap();
  // Refitted when places come or go, not on every decision.
  const key = places.map(({ place }) => place.id).sort().join(" ");
  useEffect(() => {
    if (places.length === 0) return;
    map.fitBounds(latLngBounds(places.map(({ place }) => [place.lat, place.lng])), { padding: [24, 24], maxZoom: 7, animate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the places' ids
  }, [map, key]);
  return null;
}

function FlyToSelected({ place }: { place: DraftPlace | undefined }) {
  const map = useMap();
  useEffect(() => {
    if (place && !map.getBounds().pad(-0.1).contains([place.lat, place.lng])) map.panTo([place.lat, place.lng], { animate: false });
  }, [map, place]);
  return null;
}

function PickOnClick({ onPick }: { onPick: ((lat: number, lng: number) => void) | null }) {
  const map = useMapEvents({ click: (event) => onPick?.(event.latlng.lat, event.latlng.lng) });
  useEffect(() => {
    map.getContainer().classList.toggle("builder-map--picking", onPick !== null);
  }, [map, onPick]);
  return null;
}

/** The draft's places on the offline basemap; clicked, in picking mode, it places a mention. */
export function BuilderMap({ draft, selectedPlaceId, world, detail, scheme, onPick, onSelectPlace }: BuilderMapProps) {
  const places = useMemo(() => placesOf(draft), [draft]);
  const [ready, setReady] = useState(false);
  const selected = places.find(({ place }) => place.id === selectedPlaceId)?.place;
  return (
    <MapContainer className="builder-map" center={[30, 20]} zoom={2} {...OPTIONS} whenReady={() => setReady(true)}>
      {world && <BasemapLayers basemap={world.basemap} water={world.water} detail={detail} focusCountries={[]} hiddenLabels={NO_NAMES} scheme={scheme} />}
      {ready && <FitPlaces places={places} />}
      <FlyToSelected place={selected} />
      <PickOnClick onPick={onPick} />
      {places.map(({ place, accepted, mentions }) => (
        <CircleMarker
          key={`${place.id}-${accepted}-${place.id === selectedPlaceId}`}
          center={[place.lat, place.lng]}
          radius={place.id === selectedPlaceId ? 10 : 6}
          className={`builder-dot builder-dot--${accepted ? "accepted" : "proposed"}${place.id === selectedPlaceId ? " builder-dot--selected" : ""}`}
          eventHandlers={{ click: () => onSelectPlace(place.id) }}
        >
          <Tooltip>{place.name} ({mentions} {mentions === 1 ? "mention" : "mentions"}{accepted ? "" : ", not decided"})</Tooltip>
        </CircleMarker>
      ))}
    </MapContainer>
  );
}
