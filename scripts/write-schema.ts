/** Writes geodata/story.schema.json, the JSON Schema of the story format, from src/story/schema.ts. */
import { writeFileSync } from "node:fs";
import { storyJsonSchemaText } from "../src/story/jsonSchema";

const file = "geodata/story.schema.json";
writeFileSync(file, storyJsonSchemaText());
console.log(`${file} written`);
