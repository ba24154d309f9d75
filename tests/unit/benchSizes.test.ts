import { describe, expect, it } from "vitest";
import { kindOf } from "../../bench/sizes";

describe("the benchmark's kinds of file", () => {
  it("counts every basemap file, whether one countries file or a world basemap with detail cells", () => {
    expect(kindOf("assets/countries-50m-BphFPm15.json")).toBe("basemap");
    expect(kindOf("assets/basemap-water-x1Y2.json")).toBe("basemap");
    expect(kindOf("assets/basemap-world-Ab12.json")).toBe("basemap");
    expect(kindOf("assets/basemap-cell-3-5-Ab12.json")).toBe("basemap");
  });

  it("counts the catalogue's stories and the generated ones as stories, and the catalogue as other", () => {
    expect(kindOf("geodata/aktobe-2016/story.json")).toBe("story");
    expect(kindOf("assets/story-e70601a37b.json")).toBe("story");
    expect(kindOf("stories/gazetteer-100000.json")).toBe("story");
    expect(kindOf("geodata/catalog.json")).toBe("other");
    expect(kindOf("assets/index-Ab12.js")).toBe("js");
    expect(kindOf("assets/parseStory.worker-Ab12.js")).toBe("worker");
    expect(kindOf("index.html")).toBe("other");
  });
});
