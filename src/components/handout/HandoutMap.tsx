import { useMemo } from "react";
import type { Basemap } from "../../geo/basemap";
import { frameFor, geometryPath, projectPoint, staticBasemap } from "../../geo/staticMap";
import { layOutStaticMarkers, staticMarkerOptions, type StaticMarker } from "../../geo/staticMapMarkers";
import type { BriefingStep } from "../../story/briefing";
import type { Place, Story } from "../../story/model";
import { stepBox, stepMapPlaces } from "../../story/handout";

/** The picture's size in SVG units; CSS scales it to the text width, so only the aspect ratio matters on paper. */
export const HANDOUT_MAP_SIZE = { width: 720, height: 420 } as const;
const { width: WIDTH, height: HEIGHT } = HANDOUT_MAP_SIZE;

/** As on the live map: a dot for a town, a diamond for a site, just a name for an area. */
function symbolOf(place: Place): StaticMarker["symbol"] {
  if (place.precision === "country" || place.precision === "region") return "none";
  return place.precision === "site" || place.precision === "building" ? "diamond" : "dot";
}

/** A step's map for print: the basemap in greys, its places in black, the step's place ringed. */
export function HandoutMap({ story, step, basemap }: { story: Story; step: BriefingStep; basemap: Basemap }) {
  const drawn = useMemo(() => {
    const frame = frameFor(stepBox(story, step), { width: WIDTH, height: HEIGHT });
    const places = stepMapPlaces(story, step).filter((place) => {
      const [x, y] = projectPoint(frame, place.anchor!);
      return x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT;
    });
    // A country that is a place on this map is named as the place, not a second time by the basemap.
    const hiddenLabels = new Set(places.filter((place) => place.countryIds.length === 1).flatMap((place) => place.countryIds));
    const base = staticBasemap(basemap, frame, story.file.view?.focusCountries ?? [], hiddenLabels);
    const markers = places.map((place): StaticMarker => {
      const [x, y] = projectPoint(frame, place.anchor!);
      const priority = (place.origin === "article" ? 1000 : 0) + story.passagesForPlace(place.id).length + story.eventsForPlace(place.id).length;
      return { id: place.id, name: place.name, x, y, symbol: symbolOf(place), emphasised: place.id === step.place, priority };
    });
    const laidOut = layOutStaticMarkers(markers, frame, base.labels);
    const emphasised = step.place ? story.placeById.get(step.place) : undefined;
    const outline = emphasised && symbolOf(emphasised) === "none" ? geometryPath(frame, emphasised.geometry) : "";
    return { base, outline, ...laidOut };
  }, [story, step, basemap]);
  const { symbolRadius, ringRadius } = staticMarkerOptions;
  // A square turned 45 degrees, corners on the dot's circle, so a diamond looks no bigger than a dot.
  const half = symbolRadius * Math.SQRT1_2;
  const names = drawn.markers.map((marker) => marker.name).join(", ");
  return (
    <svg className="handout-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Map of ${step.title}${names ? `: ${names}` : ""}`}>
      <rect className="handout-map__sea" width={WIDTH} height={HEIGHT} />
      <path className="handout-map__land" d={drawn.base.land} />
      <path className="handout-map__focus" d={drawn.base.focus} />
      <path className="handout-map__coast" d={drawn.base.coastlines} />
      <path className="handout-map__border" d={drawn.base.borders} />
      {drawn.outline && <path className="handout-map__outline" d={drawn.outline} />}
      {drawn.countries.map((country) => (
        <text key={country.id} className="handout-map__country" x={country.x} y={country.y} textAnchor="middle" dominantBaseline="central">{country.name}</text>
      ))}
      {drawn.markers.map(({ id, x, y, at, symbol, emphasised }) => (
        <g key={id} className="handout-map__place">
          {(at[0] !== x || at[1] !== y) && <line className="handout-map__leader" x1={x} y1={y} x2={at[0]} y2={at[1]} />}
          {symbol === "dot" && <circle cx={at[0]} cy={at[1]} r={symbolRadius} />}
          {symbol === "diamond" && <rect x={at[0] - half} y={at[1] - half} width={half * 2} height={half * 2} transform={`rotate(45 ${at[0]} ${at[1]})`} />}
          {emphasised && symbol !== "none" && <circle className="handout-map__ring" cx={at[0]} cy={at[1]} r={ringRadius} />}
        </g>
      ))}
      {drawn.markers.map(({ id, name, label, symbol, emphasised }) => label && (
        <text
          key={id}
          className={`handout-map__name${symbol === "none" ? " handout-map__name--area" : ""}${emphasised ? " handout-map__name--emphasised" : ""}`}
          x={label.x}
          y={label.y}
          textAnchor={label.anchor}
        >
          {name}
        </text>
      ))}
    </svg>
  );
}
