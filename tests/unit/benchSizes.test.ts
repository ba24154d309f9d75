import { describe, expect, it } from "vitest";
import { fileSizes, kindOf, sizesByKind } from "../../bench/sizes";

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

  it("counts as the first view's scripts only those requested before the first marker showed", () => {
    const site = "http://127.0.0.1:4000/";
    const body = (text: string) => Buffer.from(text);
    const files = fileSizes([
      { url: `${site}assets/index-A.js`, body: body("entry();"), requestedMs: 20 },
      { url: `${site}assets/leaflet-B.js`, body: body("leaflet();"), requestedMs: 21 },
      { url: `${site}assets/story-e70601a37b.json`, body: body("{}"), requestedMs: 22 },
      { url: `${site}assets/framework-C.js`, body: body("react();react();"), requestedMs: 250 },
      { url: `${site}assets/framework-C.js`, body: body("react();react();"), requestedMs: 260 },
      { url: "http://elsewhere.example/x.js", body: body("no"), requestedMs: 10 },
    ], site, 200);
    const sizes = sizesByKind(files);
    expect(sizes.js.files).toBe(2);
    expect(sizes.js.raw).toBe("entry();".length + "leaflet();".length);
    expect(sizes["js-after"].files).toBe(1);
    expect(sizes["js-after"].raw).toBe("react();react();".length);
    expect(sizes.story.files).toBe(1);
    expect(sizes.total.files).toBe(4);
  });
});
