/** Page-relative URLs of the basemap's files, made at build time (scripts/vite-basemap.ts). */
declare module "virtual:basemap" {
  /** The coarse world (src/geo/basemapFiles.ts `WorldFile`). */
  export const worldUrl: string;
  /** Each 1:50m cell's file, by key (src/geo/basemapGrid.ts); open ocean has none. */
  export const cellUrls: Readonly<Record<string, string>>;
}

/** The catalogue's default story as the build read it (scripts/vite-geodata.ts). */
declare module "virtual:catalog" {
  /** `defaultStory` from geodata/catalog.json, relative to the catalogue; null when it named none. */
  export const builtDefaultStory: string | null;
  /** That story validated at build time (src/story/validatedStory.ts), page-relative; null when it named none or it does not load. */
  export const validatedDefaultStory: string | null;
}

/** The story builder's gazetteer file, made at build time (scripts/vite-gazetteer.ts). */
declare module "virtual:gazetteer" {
  /** Page-relative URL of src/geoparse/gazetteerFile.ts `GazetteerFile`. */
  export const gazetteerUrl: string;
}
