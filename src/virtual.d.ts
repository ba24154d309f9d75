/** Page-relative URL of the lakes and rivers asset made at build time (scripts/vite-basemap-water.ts). */
declare module "virtual:basemap-water" {
  const url: string;
  export default url;
}
