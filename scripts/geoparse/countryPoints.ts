/**
 * GeoNames' points for the countries whose `world-countries` point (whole degrees, after the CIA
 * World Factbook) lies more than 100 km from it. News gazetteers and geoparsing corpora place a
 * country where GeoNames' country feature does (geonames.org, CC BY 4.0; e.g. the United States,
 * geonameid 6252001, at 39.76, -98.5), and the Factbook's point for the United States is 235 km off.
 * Numbers as GeoNames' country features give them, via the listing in Gerald Venzl's sample data
 * sets (CC BY 4.0). Japan keeps the Factbook's 36, 138 (GeoNames puts it on Tokyo), and Canada its
 * 60, -95: GeoNames has since moved Canada's point from about there to Alberta (60.1, -113.6).
 */
export const GEONAMES_COUNTRY_POINTS: Readonly<Record<string, readonly [number, number]>> = {
  AU: [-25, 135], // Australia
  BS: [25.04082, -77.37122], // Bahamas
  CD: [-2.5, 23.5], // DR Congo
  CO: [4, -73.25], // Colombia
  DE: [51.5, 10.5], // Germany
  EC: [-1.25, -78.25], // Ecuador
  ET: [9, 39.5], // Ethiopia
  FJ: [-18, 178], // Fiji
  GM: [13.5, -15.5], // Gambia
  IN: [22, 79], // India
  KW: [29.5, 47.75], // Kuwait
  LY: [28, 17], // Libya
  MH: [7.08971, 171.38027], // Marshall Islands
  ML: [18, -2], // Mali
  MM: [21, 96], // Myanmar
  MR: [20.25, -10.5], // Mauritania
  NE: [18, 9], // Niger
  NZ: [-42, 174], // New Zealand
  RS: [44.81892, 20.45998], // Serbia
  SD: [16, 30], // Sudan
  SO: [6, 48], // Somalia
  TH: [15.5, 101], // Thailand
  TV: [-8.51719, 179.14478], // Tuvalu
  US: [39.76, -98.5], // United States
  ZM: [-14.33333, 28.5], // Zambia
  ZW: [-19, 29.75], // Zimbabwe
};
