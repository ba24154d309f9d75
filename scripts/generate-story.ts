/**
 * `npm run story:generate -- --places 100000 --out /tmp/x.json`: writes a story of the N most
 * populous places of GeoNames (scripts/gazetteerStory.ts), as compact JSON, since a 100,000-place
 * file indented would pass the app's 20,000,000-character limit.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { gazetteerStory } from "./gazetteerStory.ts";

const { values } = parseArgs({ options: { places: { type: "string" }, out: { type: "string" } } });
if (values.places === undefined || values.out === undefined) {
  console.error("usage: npm run story:generate -- --places <how many> --out <file.json>");
  process.exit(2);
}
const text = JSON.stringify(gazetteerStory(Number(values.places)));
writeFileSync(values.out, text);
console.log(`${values.out}: ${Number(values.places).toLocaleString("en")} places, ${(text.length / 1e6).toFixed(1)} million characters`);
