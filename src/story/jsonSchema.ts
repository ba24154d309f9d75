import * as z from "zod";
import { StorySchema } from "./schema";

/** Where the published schema says it lives; story files point at it with `$schema`. */
export const STORY_SCHEMA_FILE = "story.schema.json";

/**
 * The JSON Schema of the story format, derived from the zod schema so the two never drift.
 * Checks beyond a schema's reach (verbatim quotes, references, dates) are in checkStory.
 * @returns the schema as indented JSON text ending in a newline
 */
export function storyJsonSchemaText(): string {
  const schema = z.toJSONSchema(StorySchema, { target: "draft-2020-12", io: "input" });
  const published = {
    ...schema,
    $id: STORY_SCHEMA_FILE,
    title: "Article map story",
    description:
      "A news article, the places it names (a GeoJSON FeatureCollection), verbatim passages about them and dated events. " +
      "Loaders also check that quotes are verbatim, ids unique and referenced ids present, rings closed, and dates fit their precision.",
  };
  return `${JSON.stringify(published, null, 2)}\n`;
}
