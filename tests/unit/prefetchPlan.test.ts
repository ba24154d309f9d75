import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filesToPrefetch } from "../../src/boot/prefetchPlan";
import { readStoryOption } from "../../src/state/storyOption";

const PAGE = "https://maps.example/site/";
const FILES = "geodata/catalog.json assets/story-e70601a37b.json";

describe("the prefetch script's choice of files", () => {
  it("requests the catalogue and the validated story for the default story, and nothing for another", () => {
    expect(filesToPrefetch("", FILES)).toEqual(["geodata/catalog.json", "assets/story-e70601a37b.json"]);
    expect(filesToPrefetch("?place=astana&story=", FILES)).toHaveLength(2);
    expect(filesToPrefetch("?story=stories/other.json", FILES)).toEqual([]);
    expect(filesToPrefetch("?story=javascript:alert(1)", FILES)).toEqual([]);
  });

  it("prefetches exactly when the app's own reading of ?story= opens the default story", () => {
    fc.assert(fc.property(fc.option(fc.oneof(fc.string(), fc.constantFrom("", " ", "\t", "a.json", "%20", "+")), { nil: null }), (value) => {
      const search = value === null ? "?place=astana" : `?${new URLSearchParams({ story: value })}`;
      const fromApp = readStoryOption(new URL(search, PAGE).searchParams.get("story"), PAGE).kind === "default";
      expect(filesToPrefetch(search, FILES).length > 0).toBe(fromApp);
    }), { numRuns: 500 });
  });
});
