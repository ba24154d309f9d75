/** Page-relative URLs of the basemap's files, made at build time (scripts/vite-basemap.ts). */
declare module "virtual:basemap" {
  /** The coarse world (src/geo/basemapFiles.ts `WorldFile`). */
  export const worldUrl: string;
  /** Each 1:50m cell's file, by key (src/geo/basemapGrid.ts); open ocean has none. */
  export const cellUrls: Readonly<Record<string, string>>;
}
