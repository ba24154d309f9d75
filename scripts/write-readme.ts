/** Rewrites the generated tables in README.md from the code's own tables and the story schema. */
import { readFileSync, writeFileSync } from "node:fs";
import { updateReadme } from "./readme";

const schema = JSON.parse(readFileSync("geodata/story.schema.json", "utf8"));
writeFileSync("README.md", updateReadme(readFileSync("README.md", "utf8"), schema));
console.log("README.md tables regenerated");
