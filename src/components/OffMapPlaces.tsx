import type { Place } from "../story/model";

interface OffMapPlacesProps {
  places: readonly Place[];
  onSelect: (placeId: string) => void;
}

/** Places without a position (in orbit, never located), listed so none is silently left out. */
export function OffMapPlaces({ places, onSelect }: OffMapPlacesProps) {
  if (places.length === 0) return null;
  return (
    <nav className="off-map" aria-label="Places not on the map">
      <h2 className="off-map__title">Not on the map</h2>
      <ul>
        {places.map((place) => (
          <li key={place.id}>
            <button type="button" className="off-map__place" onClick={() => onSelect(place.id)}>
              {place.name}
              <span className="off-map__why">{place.precision === "off-earth" ? "in orbit" : "location unknown"}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
