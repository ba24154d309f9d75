import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { updateReadme } from "../../scripts/readme";
import { storyJsonSchemaText } from "../../src/story/jsonSchema";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");

describe("generated files", () => {
  it("geodata/story.schema.json is what src/story/schema.ts generates (run npm run schema)", () => {
    expect(read("geodata/story.schema.json")).toBe(storyJsonSchemaText());
  });

  it("the README's tables are what the code's tables generate (run npm run docs)", () => {
    const readme = read("README.md");
    expect(updateReadme(readme, JSON.parse(read("geodata/story.schema.json")))).toBe(readme);
    expect(readme).toContain("`?place=<place id>`");
    expect(readme).toContain("`places.features[].properties.precision`");
  });

  it("the JSON Schema, read by an independent validator, accepts the first story and rejects a broken one", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(read("geodata/story.schema.json")));
    const story = JSON.parse(read("geodata/aktobe-2016/story.json"));
    expect(validate(story), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    story.places.features[0].geometry.coordinates[1] = 95;
    story.events[0].date.precision = "fortnight";
    expect(validate(story)).toBe(false);
    expect(validate.errors?.map((error) => error.instancePath)).toEqual(
      expect.arrayContaining(["/places/features/0/geometry/coordinates/1", "/events/0/date/precision"]),
    );
  });
});
