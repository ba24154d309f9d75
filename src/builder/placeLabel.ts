import type { DraftPlace } from "./draft";

const KIND_WORDS: Record<DraftPlace["kind"], string> = {
  country: "country",
  "admin-area": "state or province",
  region: "region",
  city: "town or city",
  landmark: "landmark",
  facility: "site or facility",
  point: "point on the map",
};

const regionNames = new Intl.DisplayNames(["en"], { type: "region" });

function countryName(code: string | null): string | null {
  if (code === null) return null;
  try {
    return regionNames.of(code) ?? null;
  } catch {
    return null;
  }
}

/** What a place is, for the builder's lists: "town or city in Kazakhstan", "country". */
export function placeKind(place: DraftPlace): string {
  const words = KIND_WORDS[place.kind] ?? place.kind;
  const country = place.kind === "country" ? null : countryName(place.country);
  return country ? `${words} in ${country}` : words;
}

/** "50.28° N, 57.21° E". */
export function placeCoordinates({ lat, lng }: Pick<DraftPlace, "lat" | "lng">): string {
  return `${Math.abs(lat).toFixed(2)}° ${lat >= 0 ? "N" : "S"}, ${Math.abs(lng).toFixed(2)}° ${lng >= 0 ? "E" : "W"}`;
}

/** "95% sure". */
export const sureness = (confidence: number) => `${Math.round(confidence * 100)}% sure`;
