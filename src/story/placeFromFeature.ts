import { labelPointOf } from "../geo/labelPoint";
import { boundsOfGeometries } from "../geo/placeBounds";
import type { Place } from "./model";
import type { PlaceFeatureData } from "./schema";

/** A story file's place feature, flattened for the views. */
export function placeFromFeature(feature: PlaceFeatureData): Place {
  const { properties, geometry } = feature;
  return {
    id: feature.id,
    name: properties.name,
    precision: properties.precision,
    origin: properties.origin,
    aliases: properties.aliases ?? [],
    description: properties.description,
    geometry,
    box: boundsOfGeometries([geometry]),
    anchor: anchorOf(feature),
    sources: properties.sources ?? [],
    mentions: properties.mentions ?? [],
    countryIds: properties.shapeFrom?.countries ?? [],
    properties: [],
  };
}

function anchorOf(feature: PlaceFeatureData): [number, number] | null {
  const label = feature.properties.labelPoint;
  if (label) return [label[0], label[1]];
  return feature.geometry ? labelPointOf(feature.geometry) : null;
}
