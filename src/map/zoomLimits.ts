/** The offline basemap is Natural Earth at 1:50m, which has little to show closer than this. */
export const BASEMAP_MAX_ZOOM = 10;

/** The deepest zoom OpenStreetMap serves, which the map may reach while its tiles are shown. */
export const OSM_MAX_ZOOM = 19;
