import { describe, expect, it } from "vitest";
import { INLINE_ELEMENT_ID, readInlinePayload } from "../../src/data/inlineFiles";
import { offlineBriefingWith, storyIdFromUrl } from "../../src/data/offlineCopy";

const page = (payload: object) =>
  `<html><head><script type="module">app()</script></head><body><script type="application/json" id="${INLINE_ELEMENT_ID}">${JSON.stringify(payload)}</script></body></html>`;
const payloadOf = (html: string) => readInlinePayload(new RegExp(`id="${INLINE_ELEMENT_ID}">([\\s\\S]*?)</script>`).exec(html)![1]);

describe("an offline briefing carrying another story", () => {
  const template = page({
    startQuery: "mode=briefing",
    files: { "geodata/catalog.json": '{"defaultStory":"aktobe-2016/story.json"}', "geodata/aktobe-2016/story.json": "{}", "assets/countries-50m-x.json": "[1]" },
  });

  it("swaps the catalogue and the story, keeps the basemap, the start query and the app", () => {
    const html = offlineBriefingWith(template, "other", '{"title":"Other"}')!;
    const { startQuery, files } = payloadOf(html);
    expect(startQuery).toBe("mode=briefing");
    expect([...files.keys()].sort()).toEqual(["assets/countries-50m-x.json", "geodata/catalog.json", "geodata/other/story.json"]);
    expect(JSON.parse(files.get("geodata/catalog.json")!)).toEqual({ defaultStory: "other/story.json" });
    expect(files.get("geodata/other/story.json")).toBe('{"title":"Other"}');
    expect(html.startsWith('<html><head><script type="module">app()</script>')).toBe(true);
  });

  it("keeps a hostile story inside its element", () => {
    const hostile = '{"title":"</script><script>alert(1)</script>"}';
    const html = offlineBriefingWith(template, "x", hostile)!;
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(payloadOf(html).files.get("geodata/x/story.json")).toBe(hostile);
  });

  it("is null for a page that is not an offline briefing", () => {
    expect(offlineBriefingWith("<html></html>", "x", "{}")).toBeNull();
  });
});

describe("a story's id from its URL", () => {
  it("is the folder of a story.json, else the file's name, made safe for a file name", () => {
    expect(storyIdFromUrl("geodata/aktobe-2016/story.json")).toBe("aktobe-2016");
    expect(storyIdFromUrl("https://news.example/maps/Floods%20Report.json?v=2")).toBe("floods-report");
    expect(storyIdFromUrl("https://news.example/../../etc/passwd")).toBe("passwd");
    expect(storyIdFromUrl("https://news.example/")).toBe("story");
  });
});
