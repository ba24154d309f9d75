/**
 * Fills in the geometry of every place that names its `shapeFrom` countries, in each story
 * file given (default: every geodata/<story>/story.json). Run after editing those fields.
 */
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import type { Topology } from "topojson-specification";
import { shapeOfCountries } from "../src/geo/countryShapes";

/** Indented JSON, except that coordinate arrays stay on one line so shapes do not take 50,000 lines. */
function formatStory(story: { places: { features: Array<{ geometry: { coordinates?: unknown } | null }> } }): string {
  const coordinates: string[] = [];
  const text = JSON.stringify(story, (key, value) => {
    if (key !== "coordinates") return value;
    coordinates.push(JSON.stringify(value));
    return `@@coordinates-${coordinates.length - 1}@@`;
  }, 2);
  return text.replace(/"@@coordinates-(\d+)@@"/g, (_, index: string) => coordinates[Number(index)] ?? "");
}

const require = createRequire(import.meta.url);
const countries50m = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2)
  : readdirSync("geodata").map((name) => join("geodata", name, "story.json")).filter((file) => existsSync(file));

for (const file of files) {
  const story = JSON.parse(readFileSync(file, "utf8"));
  let count = 0;
  for (const place of story.places.features) {
    const from = place.properties.shapeFrom;
    if (!from) continue;
    place.geometry = shapeOfCountries(countries50m, from.countries);
    count += 1;
  }
  writeFileSync(file, `${formatStory(story)}\n`);
  console.log(`${file}: ${count} shapes written`);
}
