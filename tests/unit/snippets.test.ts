import { describe, expect, it } from "vitest";
import {
  clampEmbedHeight, EMBED_SANDBOX, elementSnippet, embedHref, iframeSnippet, initialEmbedOptions, shareLink, type EmbedOptions,
} from "../../src/embed/snippets";

const DEFAULTS: EmbedOptions = Object.freeze({ theme: "auto", panel: true, controls: true, static: false, title: true, height: 520 });
const HOSTILE_TITLE = `"><script>alert(1)</script>`;

/** The attributes of the first tag named `tag`, decoded as an HTML parser would decode them. */
function attributesOf(html: string, tag: string): Record<string, string> {
  const start = html.indexOf(`<${tag}`);
  const end = html.indexOf(">", start);
  const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };
  const found: Record<string, string> = {};
  for (const [, name, value] of html.slice(start, end).matchAll(/ ([\w-]+)="([^"]*)"/g)) {
    found[name!] = value!.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity]!);
  }
  return found;
}

describe("shareLink", () => {
  it("is the app URL exactly as it was when it has no ?view=", () => {
    const href = "https://example.org/maps/index.html?story=stories/a.json&place=aktobe&tiles=osm#map=6/48.20/67.50";
    expect(shareLink(href)).toBe(href);
  });

  it("drops ?view=text and keeps every other option and the map view", () => {
    const url = new URL(shareLink("https://example.org/maps/?story=stories/a.json&view=text&place=aktobe&from=2016-06-01&to=2016-06-30&theme=dark&tiles=osm#map=6/48.20/67.50"));
    expect(url.origin + url.pathname).toBe("https://example.org/maps/");
    expect([...url.searchParams]).toEqual([
      ["story", "stories/a.json"], ["place", "aktobe"], ["from", "2016-06-01"], ["to", "2016-06-30"], ["theme", "dark"], ["tiles", "osm"],
    ]);
    expect(url.hash).toBe("#map=6/48.20/67.50");
  });
});

describe("embedHref", () => {
  it("is embed.html beside the app, whether the app URL names index.html or only its folder", () => {
    expect(embedHref("https://example.org/maps/", DEFAULTS)).toBe("https://example.org/maps/embed.html");
    expect(embedHref("https://example.org/maps/index.html", DEFAULTS)).toBe("https://example.org/maps/embed.html");
    expect(embedHref("https://example.org/index.html?place=aktobe", DEFAULTS)).toBe("https://example.org/embed.html?place=aktobe");
  });

  it("carries story, place, dates and the map view, and leaves out tiles, view, origins and the app's own look", () => {
    const href = embedHref(
      "https://example.org/maps/index.html?story=https://data.example.net/s.json&place=aktobe&from=2016-06-01&to=2016-06-30&tiles=osm&view=text&theme=dark&panel=0&origins=https://news.example#map=6/48.20/67.50",
      DEFAULTS,
    );
    expect(href).toBe("https://example.org/maps/embed.html?story=https%3A%2F%2Fdata.example.net%2Fs.json&place=aktobe&from=2016-06-01&to=2016-06-30#map=6/48.20/67.50");
  });

  it("makes a relative ?story= absolute, resolved against the app page", () => {
    const story = (appHref: string) => new URL(embedHref(appHref, DEFAULTS)).searchParams.get("story");
    expect(story("https://example.org/maps/index.html?story=stories/a.json")).toBe("https://example.org/maps/stories/a.json");
    expect(story("https://example.org/maps/?story=../geodata/b.json")).toBe("https://example.org/geodata/b.json");
  });

  it("leaves out a ?story= the app refuses, and dates or a map view it ignores", () => {
    expect(embedHref("https://example.org/maps/?story=javascript:alert(1)&from=2016-02-30#map=99/1/2", DEFAULTS)).toBe("https://example.org/maps/embed.html");
  });

  it("writes the theme unless it is auto, and each render option only when it differs from the default", () => {
    const query = (options: Partial<EmbedOptions>) => new URL(embedHref("https://example.org/maps/", { ...DEFAULTS, ...options })).search;
    expect(query({ theme: "dark" })).toBe("?theme=dark");
    expect(query({ theme: "light" })).toBe("?theme=light");
    expect(query({ panel: false })).toBe("?panel=0");
    expect(query({ controls: false })).toBe("?controls=0");
    expect(query({ static: true })).toBe("?static=1");
    expect(query({ title: false })).toBe("?title=0");
    expect(query({ theme: "light", panel: false, controls: false, static: true, title: false })).toBe("?theme=light&panel=0&controls=0&static=1&title=0");
  });
});

describe("iframeSnippet", () => {
  it("is an iframe of the embed and the host script from the same site", () => {
    expect(iframeSnippet("https://example.org/maps/index.html?place=aktobe&tiles=osm#map=6/48.20/67.50", "Aktobe attacks", { ...DEFAULTS, panel: false, height: 600 })).toBe(
      `<iframe src="https://example.org/maps/embed.html?place=aktobe&amp;panel=0#map=6/48.20/67.50" title="Map: Aktobe attacks" loading="lazy" style="width:100%;height:600px;border:0" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"></iframe>\n` +
        `<script src="https://example.org/maps/article-map-host.js" async></script>`,
    );
  });

  it("keeps a hostile title inside its attribute", () => {
    const snippet = iframeSnippet("https://example.org/maps/", HOSTILE_TITLE, DEFAULTS);
    expect(snippet).toContain(`title="Map: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"`);
    expect(snippet.match(/<script/g)).toHaveLength(1);
    expect(attributesOf(snippet, "iframe").title).toBe(`Map: ${HOSTILE_TITLE}`);
    expect(attributesOf(iframeSnippet("https://example.org/maps/", `O'Brien & "friends"`, DEFAULTS), "iframe").title).toBe(`Map: O'Brien & "friends"`);
    expect(iframeSnippet("https://example.org/maps/", `O'Brien & "friends"`, DEFAULTS)).toContain(`title="Map: O&#39;Brien &amp; &quot;friends&quot;"`);
  });

  it("grants the sandbox exactly its four permissions", () => {
    expect(EMBED_SANDBOX.split(" ")).toEqual(["allow-scripts", "allow-same-origin", "allow-popups", "allow-popups-to-escape-sandbox"]);
    expect(attributesOf(iframeSnippet("https://example.org/maps/", "A", DEFAULTS), "iframe").sandbox).toBe(EMBED_SANDBOX);
  });
});

describe("elementSnippet", () => {
  it("is only the module and a sized element when the view has nothing to carry", () => {
    expect(elementSnippet("https://example.org/maps/index.html", DEFAULTS)).toBe(
      `<script type="module" src="https://example.org/maps/article-map.js"></script>\n<article-map style="display:block;height:520px"></article-map>`,
    );
  });

  it("writes the absolute story, place, dates and every non-default option", () => {
    const snippet = elementSnippet(
      "https://example.org/maps/?story=stories/a.json&place=aktobe&from=2016-06-01&to=2016-06-30&tiles=osm#map=6/48.20/67.50",
      { theme: "dark", panel: false, controls: false, static: true, title: false, height: 400 },
    );
    expect(snippet).toBe(
      `<script type="module" src="https://example.org/maps/article-map.js"></script>\n` +
        `<article-map story="https://example.org/maps/stories/a.json" place="aktobe" from="2016-06-01" to="2016-06-30" theme="dark" panel="0" controls="0" static="1" title="0" style="display:block;height:400px"></article-map>`,
    );
  });

  it("keeps a hostile story URL and place inside their attributes", () => {
    const place = `"><img src=x onerror=alert(1)>`;
    const appHref = `https://example.org/maps/?story=${encodeURIComponent(`https://evil.example/x'onmouseover='alert(1)"><script>alert(1)</script>.json`)}&place=${encodeURIComponent(place)}`;
    const snippet = elementSnippet(appHref, DEFAULTS);
    expect(snippet).not.toContain("<img");
    expect(snippet.match(/<script/g)).toHaveLength(1);
    expect(snippet.split("\n")[1]).not.toContain("'");
    const element = attributesOf(snippet, "article-map");
    expect(element.place).toBe(place);
    expect(element.story).toBe(new URL(`https://evil.example/x'onmouseover='alert(1)"><script>alert(1)</script>.json`).href);
    expect(Object.keys(element)).toEqual(["story", "place", "style"]);
  });
});

describe("heights", () => {
  it("are whole pixels from 240 to 1600, and the initial height when not a number", () => {
    expect([90, 240, 333.6, 1600, 5000, Number.NaN].map(clampEmbedHeight)).toEqual([240, 240, 334, 1600, 1600, 520]);
    expect(elementSnippet("https://example.org/", { ...DEFAULTS, height: 5000 })).toContain("height:1600px");
    expect(iframeSnippet("https://example.org/", "A", { ...DEFAULTS, height: Number.NaN })).toContain("height:520px");
  });
});

describe("initialEmbedOptions", () => {
  it("starts from the app's own theme and render options", () => {
    expect(initialEmbedOptions("https://example.org/maps/")).toEqual(DEFAULTS);
    expect(initialEmbedOptions("https://example.org/maps/?theme=dark&panel=0&static=1")).toEqual({ ...DEFAULTS, theme: "dark", panel: false, static: true });
  });
});
