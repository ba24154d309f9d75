import type { Page } from "playwright-core";
import { openMap, type OpenMapOptions } from "./mapPage";
import type { OpenedPage } from "./browser";
import type { StaticServer } from "./server";
import type { LaunchedBrowser } from "./browser";

/**
 * Hostile strings, and stories made of them, for the browser tests that prove no story value is
 * ever interpreted as HTML, CSS or script. Every payload that would run script if it were parsed
 * as markup (or followed as a link) calls `window.__hostile("<id>")` or `alert("<id>")`, so any
 * execution is seen by the recorder `openHostile` installs before the app loads.
 */

export interface Payload {
  id: string;
  /** What it attacks, for failure messages. */
  what: string;
  text: string;
}

const LONG = 10_000;
/** 10,000 characters of markup and words: wraps like text, but would make hundreds of elements as HTML. */
const LONG_SPACED = '<img src=x onerror=window.__hostile("p25")> and some words '.repeat(200).slice(0, LONG);
/** 10,000 characters without a single break opportunity, as a pasted token or URL would be. */
const LONG_UNBROKEN = `p26${"W".repeat(LONG - 3)}`;

export const PAYLOADS: readonly Payload[] = [
  { id: "p01", what: "script element", text: '<script>window.__hostile("p01")</script>' },
  { id: "p02", what: "img onerror", text: '<img src=x onerror=window.__hostile("p02")>' },
  { id: "p03", what: "svg onload", text: '<svg onload=window.__hostile("p03")>' },
  { id: "p04", what: "script inside svg", text: '<svg><script>window.__hostile("p04")</script></svg>' },
  { id: "p05", what: "iframe javascript: src", text: "<iframe src=\"javascript:parent.__hostile('p05')\"></iframe>" },
  { id: "p06", what: "javascript: link", text: "<a href=\"javascript:window.__hostile('p06')\">click me p06</a>" },
  { id: "p07", what: "javascript: URL as plain text", text: "javascript:window.__hostile('p07')" },
  { id: "p08", what: "data: URL with HTML", text: "data:text/html,<script>alert('p08')</script>" },
  { id: "p09", what: "attribute breakout, double quote", text: "\" onmouseover=\"window.__hostile('p09')\" data-x=\"" },
  { id: "p10", what: "attribute breakout, single quote", text: "'><script>window.__hostile('p10')</script>" },
  { id: "p11", what: "title breakout", text: "</title><script>window.__hostile('p11')</script>" },
  { id: "p12", what: "textarea breakout", text: "</textarea><script>window.__hostile('p12')</script>" },
  { id: "p13", what: "style element hiding the page", text: "<style>body{display:none} #root{display:none}</style>" },
  { id: "p14", what: "stylesheet link", text: '<link rel=stylesheet href="hostile-p14.css">' },
  { id: "p15", what: "meta refresh", text: "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__hostile('p15')\">" },
  { id: "p16", what: "base element", text: '<base href="https://evil.example/p16/">' },
  { id: "p17", what: "object data", text: "<object data=\"javascript:window.__hostile('p17')\"></object>" },
  { id: "p18", what: "embed src", text: "<embed src=\"javascript:window.__hostile('p18')\">" },
  { id: "p19", what: "MathML xlink:href", text: "<math><mi xlink:href=\"javascript:window.__hostile('p19')\">p19</mi></math>" },
  { id: "p20", what: "template injection (Angular/Vue style)", text: "{{constructor.constructor('window.__hostile(\"p20\")')()}}" },
  { id: "p21", what: "template literal", text: "${window.__hostile('p21')}" },
  { id: "p22", what: "comment opener", text: "<!-- p22 everything after this would vanish" },
  { id: "p23", what: "CDATA close", text: "]]><script>window.__hostile('p23')</script><![CDATA[" },
  { id: "p24", what: "RTL override", text: "invoice-p24-\u202Efdp.exe\u202C (right-to-left override)" },
  { id: "p25", what: "10,000 characters of markup and words", text: LONG_SPACED },
  { id: "p26", what: "10,000 characters without a break", text: LONG_UNBROKEN },
  { id: "p27", what: "pre-escaped markup", text: "&lt;script&gt;window.__hostile('p27')&lt;/script&gt; &amp; &#60;b&#62;p27" },
  { id: "p28", what: "percent-encoded markup", text: "%3Cscript%3Ewindow.__hostile('p28')%3C%2Fscript%3E" },
  { id: "p29", what: "unicode homoglyphs", text: "\uFF1Cscript\uFF1Ealert('p29')\uFF1C/script\uFF1E \uFF4Aavascript: \u0410ktobe \u0455cript" },
  { id: "p30", what: "CSS expression()", text: "width: expression(window.__hostile('p30'));" },
  { id: "p31", what: "CSS url(javascript:)", text: "background: url(\"javascript:window.__hostile('p31')\");" },
  { id: "p32", what: "details ontoggle", text: '<details open ontoggle=window.__hostile("p32")>p32</details>' },
  { id: "p33", what: "marquee onstart", text: '<marquee onstart=window.__hostile("p33")>p33</marquee>' },
  { id: "p34", what: "form action javascript:", text: "<form action=\"javascript:window.__hostile('p34')\"><button>p34</button></form>" },
  { id: "p35", what: "input autofocus onfocus", text: '<input autofocus onfocus=window.__hostile("p35")>' },
  { id: "p36", what: "video source onerror", text: '<video><source onerror=window.__hostile("p36")></video>' },
  { id: "p37", what: "body onload", text: '<body onload=window.__hostile("p37")>' },
  { id: "p38", what: "alert from audio onerror", text: "<audio src=x onerror=alert('p38')>" },
  { id: "p39", what: "noscript mutation XSS", text: '<noscript><p title="</noscript><img src=x onerror=window.__hostile(\'p39\')>">' },
  { id: "p40", what: "SVG animate onbegin", text: "<svg><animate onbegin=window.__hostile('p40') attributeName=x dur=1s>" },
  { id: "p41", what: "entity-encoded javascript: link", text: "<a href=\"&#106;avascript:window.__hostile('p41')\">p41</a>" },
  { id: "p42", what: "polyglot", text: "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=window.__hostile('p42') )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=window.__hostile('p42')//>\\x3e" },
  { id: "p43", what: "CSS import", text: "@import url(hostile-p43.css); </style><style>*{color:red!important}</style>" },
  { id: "p44", what: "custom element with handler", text: "<xss contenteditable autofocus onfocus=window.__hostile('p44')>p44</xss>" },
  { id: "p45", what: "SVG use with data: URL", text: "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(&quot;p45&quot;)'/></svg>#x\"/></svg>" },
  { id: "p46", what: "prototype-pollution text", text: '{"__proto__": {"polluted": "p46"}, "constructor": {"prototype": {"p46": true}}}' },
  { id: "p47", what: "line and paragraph separators", text: "p47 line\u2028separator\u2029paragraph\tand tab" },
  { id: "p48", what: "srcdoc iframe", text: "<iframe srcdoc=\"<script>parent.__hostile('p48')</script>\"></iframe>" },
];

export const payload = (id: string): string => {
  const found = PAYLOADS.find((each) => each.id === id);
  if (!found) throw new Error(`no payload ${id}`);
  return found.text;
};

/** Links in stories must be http(s): each of these makes its item be left out and listed. */
export const BAD_URLS = {
  js: "javascript:window.__hostile('u01')",
  data: "data:text/html,<script>alert('u02')</script>",
  vbscript: "vbscript:msgbox('u03')",
  mixedCase: "JaVaScRiPt:window.__hostile('u04')",
  tab: "java\tscript:window.__hostile('u05')",
  file: "file:///etc/passwd#u06",
  eventJs: "javascript:alert('u07')",
  eventData: "data:text/html;base64,PHNjcmlwdD5hbGVydCgndTA4Jyk8L3NjcmlwdD4=",
  credit: "javascript:window.__hostile('u09')",
  articleSource: "data:text/html,<script>alert('u10')</script>",
} as const;

/** http(s) URLs that are valid but carry markup: they must stay attribute values. */
export const TRICKY_HTTP_URLS = [
  "https://example.org/news?id=\"><img src=x onerror=window.__hostile('u11')>",
  "https://example.org/a'onmouseover='window.__hostile(`u12`)'",
  "http://example.org/#<script>window.__hostile('u13')</script>",
  "https://example.org/credits?q=</a><svg onload=alert('u14')>",
] as const;

export const APP_SUFFIX = " · Article map";

// ---------------------------------------------------------------------------------------------
// The hostile story
// ---------------------------------------------------------------------------------------------

export interface ExpectedEvent {
  id: string;
  title: string;
  summary?: string;
  asWritten?: string;
  /** `title (publisher)` or `title`, as the popup shows a source. */
  sourceLabels: string[];
  notes: string[];
}

export interface ExpectedPlace {
  id: string;
  name: string;
  onMap: boolean;
  description?: string;
  quotes: string[];
  events: ExpectedEvent[];
  sourceLabels: string[];
}

export interface HostileStory {
  json: Record<string, unknown>;
  headline: string;
  sourceName: string;
  places: ExpectedPlace[];
  credits: Array<{ name: string; licence?: string }>;
  /** Fragments every one of which must appear in the "left out" panel, as text. */
  skipped: string[];
  /** Values put in fields the app does not show (aliases, mentions, the paragraphs themselves…). */
  unshown: string[];
}

/** How problem messages quote a value (src/story/problems.ts): JSON, cut after 57 characters. */
export const quotedInProblem = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);

interface PlaceSpec {
  id: string;
  precision: string;
  origin: "article" | "other-sources";
  geometry: unknown;
  labelPoint?: [number, number];
  name?: string;
  description?: string;
}

const point = (lng: number, lat: number) => ({ type: "Point", coordinates: [lng, lat] });
const square = (west: number, south: number, east: number, north: number) => ({
  type: "Polygon",
  coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
});

/**
 * A valid story in which every text field holds hostile strings: each field the app shows takes
 * the next payload in turn (so each payload lands in several kinds of field), with the headline
 * and the two 10,000-character strings pinned where they matter most. It also holds items with
 * `javascript:`, `data:` and other non-http links, which must be left out and listed.
 */
export function hostileStory(): HostileStory {
  const pinned = new Set(["p11", "p25", "p26"]);
  const rotation = PAYLOADS.filter((each) => !pinned.has(each.id)).map((each) => each.text);
  let cursor = 0;
  const next = () => rotation[cursor++ % rotation.length]!;

  // One paragraph per payload, so any payload can be quoted or mentioned verbatim.
  const paragraphs = PAYLOADS.map((each, index) => `Paragraph ${index + 1} says: ${each.text} — and goes on.`);
  const paragraphOf = (text: string) => PAYLOADS.findIndex((each) => each.text === text) + 1;

  const headline = payload("p11");
  const sourceName = next();

  const specs: PlaceSpec[] = [
    { id: "alpha", precision: "city", origin: "article", geometry: point(52, 50) },
    { id: "bravo", precision: "site", origin: "article", geometry: point(60, 50) },
    { id: "bravo-annex", precision: "building", origin: "article", geometry: point(60.15, 50.1) },
    { id: "charlie", precision: "building", origin: "article", geometry: point(68, 50) },
    { id: "delta", precision: "city", origin: "other-sources", geometry: point(76, 50) },
    { id: "echo", precision: "city", origin: "article", geometry: point(52, 45) },
    { id: "long-name", precision: "site", origin: "article", geometry: point(60, 45), name: LONG_UNBROKEN },
    { id: "long-description", precision: "city", origin: "article", geometry: point(68, 45), description: LONG_SPACED },
    { id: "hotel", precision: "region", origin: "article", geometry: square(72, 39, 80, 43), labelPoint: [76, 41] },
    { id: "india", precision: "country", origin: "article", geometry: square(50, 38, 57, 42), labelPoint: [53.5, 40] },
    { id: "juliet", precision: "city", origin: "other-sources", geometry: point(64, 41.5) },
    { id: "kilo", precision: "off-earth", origin: "article", geometry: null },
    { id: "lima", precision: "city", origin: "other-sources", geometry: null },
  ];

  const places: ExpectedPlace[] = [];
  const features: unknown[] = [];
  const unshown: string[] = [];
  for (const spec of specs) {
    const name = spec.name ?? next();
    const description = spec.description ?? next();
    const source = { title: next(), publisher: next(), url: TRICKY_HTTP_URLS[features.length % TRICKY_HTTP_URLS.length], note: next() };
    const aliases = [next(), next()];
    const mentions = spec.origin === "article" ? [next()] : [];
    unshown.push(...aliases, ...mentions, source.note);
    features.push({
      type: "Feature",
      id: spec.id,
      geometry: spec.geometry,
      properties: {
        name,
        precision: spec.precision,
        origin: spec.origin,
        aliases,
        ...(mentions.length > 0 ? { mentions } : {}),
        description,
        ...(spec.labelPoint ? { labelPoint: spec.labelPoint } : {}),
        sources: [source],
        // A foreign member (RFC 7946 6.1) with markup, which the app has no reason to show.
        "<img src=x onerror=window.__hostile('k01')>": next(),
      },
    });
    places.push({
      id: spec.id, name, description, onMap: spec.geometry !== null, quotes: [], events: [],
      sourceLabels: [`${source.title} (${source.publisher})`],
    });
  }

  // Places whose only fault is a link that is not http(s): each is left out and listed.
  const badPlaceUrls = [BAD_URLS.js, BAD_URLS.data, BAD_URLS.vbscript, BAD_URLS.mixedCase, BAD_URLS.tab, BAD_URLS.file];
  const skipped: string[] = [];
  badPlaceUrls.forEach((url, index) => {
    const at = features.length;
    features.push({
      type: "Feature",
      id: `bad-link-${index + 1}`,
      geometry: point(55 + index, 47),
      properties: { name: next(), precision: "city", origin: "other-sources", sources: [{ title: next(), url }] },
    });
    skipped.push(`places.features[${at}].properties.sources[0].url is ${quotedInProblem(url)}`);
  });
  // A place whose id is markup: refused by the id rule, and the message quotes it as text.
  const badId = "<img src=x onerror=window.__hostile('i01')>";
  skipped.push(`places.features[${features.length}].id is ${quotedInProblem(badId)}`);
  features.push({ type: "Feature", id: badId, geometry: point(58, 47), properties: { name: next(), precision: "city", origin: "other-sources" } });

  // Passages: two per place, each quoting a whole payload from its own paragraph.
  const passages: Array<Record<string, unknown>> = [];
  for (const place of places) {
    for (let n = 0; n < 2; n += 1) {
      const quote = place.id === "long-description" && n === 0 ? LONG_SPACED : next();
      passages.push({ id: `${place.id}-quote-${n + 1}`, paragraph: paragraphOf(quote), quote, places: [place.id] });
      place.quotes.push(quote);
    }
  }
  // A passage quoting the unbroken 10,000 characters, about the place named by them.
  passages.push({ id: "long-quote", paragraph: paragraphOf(LONG_UNBROKEN), quote: LONG_UNBROKEN, places: ["long-name"] });
  places.find((place) => place.id === "long-name")!.quotes.push(LONG_UNBROKEN);

  // Events: one per place, with every text field hostile and a second source without publisher.
  const precisions = [
    { precision: "day", start: "2016-06-05" },
    { precision: "minute", start: "2016-07-07T07:36+06:00" },
    { precision: "range", start: "2016-06-05", end: "2016-06-10", approximate: true },
    { precision: "month", start: "2016-06" },
    { precision: "week", start: "2016-06-27", end: "2016-07-03" },
    { precision: "year", start: "2016", approximate: true },
  ];
  const events: Array<Record<string, unknown>> = places.map((place, index) => {
    const title = next();
    const summary = place.id === "long-name" ? LONG_SPACED : next();
    const asWritten = next();
    const first = { title: next(), publisher: next(), url: TRICKY_HTTP_URLS[index % TRICKY_HTTP_URLS.length], note: place.id === "long-name" ? LONG_UNBROKEN : next() };
    const second = { title: next(), note: next() };
    place.events.push({
      id: `${place.id}-event`, title, summary, asWritten,
      sourceLabels: [`${first.title} (${first.publisher})`, second.title],
      notes: [first.note, second.note],
    });
    return {
      id: `${place.id}-event`,
      title,
      date: { ...precisions[index % precisions.length], asWritten },
      origin: place.quotes.length > 0 ? "article" : "other-sources",
      places: [place.id],
      passages: [`${place.id}-quote-1`],
      summary,
      sources: [first, second],
    };
  });
  // Events whose sources link to javascript: and data: URLs, and one whose id is markup.
  for (const url of [BAD_URLS.eventJs, BAD_URLS.eventData]) {
    skipped.push(`events[${events.length}].sources[0].url is ${quotedInProblem(url)}`);
    events.push({
      id: `bad-link-event-${events.length}`, title: next(), date: { precision: "day", start: "2016-06-05" }, origin: "other-sources",
      places: ["alpha"], passages: [], sources: [{ title: next(), url }],
    });
  }
  const badEventId = "<svg onload=alert('i02')>";
  skipped.push(`events[${events.length}].id is ${quotedInProblem(badEventId)}`);
  events.push({ id: badEventId, title: next(), date: { precision: "day", start: "2016-06-05" }, origin: "other-sources", places: ["alpha"], passages: [], sources: [] });

  const credits = [
    { name: next(), url: TRICKY_HTTP_URLS[3], licence: next() },
    { name: next(), url: TRICKY_HTTP_URLS[0], licence: next() },
    { name: next(), licence: next() },
    { name: LONG_UNBROKEN.slice(0, 400) },
  ];
  const publishedAsWritten = next();
  unshown.push(publishedAsWritten, ...paragraphs);

  const json = {
    format: "article-map/story",
    version: 1,
    id: "hostile",
    article: {
      title: headline,
      source: { name: sourceName, url: TRICKY_HTTP_URLS[0] },
      published: { precision: "day", start: "2016-07-08", asWritten: publishedAsWritten },
      paragraphs,
    },
    view: { bounds: [46, 36, 84, 53], focusCountries: ["398"] },
    places: { type: "FeatureCollection", features },
    passages,
    events,
    credits,
  };
  return {
    json,
    headline,
    sourceName,
    places,
    credits: credits.map(({ name, licence }) => (licence ? { name, licence } : { name })),
    skipped,
    unshown,
  };
}

/** The hostile story with a `javascript:` credit link, and with a `data:` article link. */
export function storiesWithBadTopLevelLinks(story: HostileStory): Record<string, { text: string; url: string; path: string }> {
  const withCredit = structuredClone(story.json) as { credits: Array<{ url?: string }> };
  withCredit.credits[0]!.url = BAD_URLS.credit;
  const withSource = structuredClone(story.json) as { article: { source: { url?: string } } };
  withSource.article.source.url = BAD_URLS.articleSource;
  return {
    "credit-link.json": { text: JSON.stringify(withCredit), url: BAD_URLS.credit, path: "credits[0].url" },
    "article-link.json": { text: JSON.stringify(withSource), url: BAD_URLS.articleSource, path: "article.source.url" },
  };
}

// ---------------------------------------------------------------------------------------------
// Plain GeoJSON with hostile names, property names and values
// ---------------------------------------------------------------------------------------------

export interface HostileGeoJson {
  json: Record<string, unknown>;
  title: string;
  /** Places as the app names them, with the property rows their popups must show. */
  places: Array<{ name: string; onMap: boolean; rows: Array<[string, string]> }>;
  skipped: string[];
}

/** How the app shows a GeoJSON property value (src/story/geojsonStory.ts): text, cut at 300. */
const shownValue = (value: unknown): string => {
  const text = typeof value === "string" ? value : JSON.stringify(value) ?? String(value);
  return text.length > 300 ? `${text.slice(0, 299)}…` : text;
};

export function hostileGeoJson(): HostileGeoJson {
  const title = payload("p03");
  const first: Record<string, unknown> = {
    name: payload("p02"),
    [payload("p01")]: payload("p06"),
    [payload("p09")]: payload("p31"),
    onmouseover: "window.__hostile('g01')",
    onclick: "alert('g02')",
    style: payload("p31"),
    href: payload("p07"),
    src: payload("p08"),
    "{{constructor.constructor('alert(\"g03\")')()}}": payload("p21"),
    nested: { [payload("p04")]: payload("p32"), list: [payload("p33"), 1, null] },
    long: payload("p26"),
    longSpaced: payload("p25"),
    number: 42,
  };
  interface Feature { type: string; id?: string; geometry: unknown; properties: Record<string, unknown> }
  const features: Feature[] = [
    { type: "Feature", id: "<script>alert('g04')</script>", geometry: point(52, 50), properties: first },
    { type: "Feature", id: "ok-id", geometry: point(62, 46), properties: { title: payload("p35"), [payload("p24")]: payload("p27"), [payload("p28")]: payload("p29") } },
    { type: "Feature", geometry: square(70, 40, 78, 45), properties: { label: payload("p36"), [payload("p13")]: payload("p14") } },
    { type: "Feature", geometry: null, properties: { Name: payload("p48"), [payload("p15")]: payload("p16") } },
    { type: "Feature", geometry: point(56, 42), properties: { NAME: payload("p34"), description: payload("p30") } },
    // Left out: a prototype key, a position off the globe, a type that is markup.
    { type: "Feature", geometry: point(58, 44), properties: { name: payload("p37"), constructor: payload("p38") } },
    { type: "Feature", geometry: point(200, 95), properties: { name: payload("p39") } },
    { type: "<script>window.__hostile('g05')</script>", geometry: point(60, 44), properties: { name: payload("p40") } },
  ];
  const rows = (properties: Record<string, unknown>) => Object.entries(properties).map(([key, value]): [string, string] => [key, shownValue(value)]);
  return {
    json: { type: "FeatureCollection", name: title, features },
    title,
    places: [
      { name: payload("p02"), onMap: true, rows: rows(first) },
      { name: payload("p35"), onMap: true, rows: rows(features[1]!.properties) },
      { name: payload("p36"), onMap: true, rows: rows(features[2]!.properties) },
      { name: payload("p48"), onMap: false, rows: rows(features[3]!.properties) },
      { name: payload("p34"), onMap: true, rows: rows(features[4]!.properties) },
    ],
    skipped: [
      "features[5]",
      "features[6].geometry.coordinates[0] is 200",
      `features[7].type is ${quotedInProblem("<script>window.__hostile('g05')</script>")}`,
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// Opening a page with an execution recorder, and auditing the DOM
// ---------------------------------------------------------------------------------------------

export interface HostilePage extends OpenedPage {
  /** Ids passed to `window.__hostile` (from any frame). */
  hostileCalls: string[];
  /** Messages of alert/confirm/prompt dialogs (dismissed). */
  dialogs: string[];
  /** Every URL the main frame navigated to after the app loaded. */
  navigations: string[];
}

/**
 * Opens the built site like `openMap`, with `window.__hostile` recording calls and every dialog
 * recorded and dismissed, both installed before the app's first script runs.
 */
export async function openHostile(browser: LaunchedBrowser, server: StaticServer, options: Omit<OpenMapOptions, "routes"> = {}): Promise<HostilePage> {
  const hostileCalls: string[] = [];
  const dialogs: string[] = [];
  const navigations: string[] = [];
  const opened = await openMap(browser, server, {
    ...options,
    routes: async (page) => {
      await page.exposeFunction("__hostileReport", (id: string) => {
        hostileCalls.push(id);
      });
      await page.addInitScript(() => {
        const report = (id: unknown) => (window as unknown as { __hostileReport?: (id: string) => void }).__hostileReport?.(String(id));
        Object.defineProperty(window, "__hostile", { value: report, writable: false, configurable: false });
      });
      page.on("dialog", (dialog) => {
        dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss().catch(() => undefined);
      });
      page.on("framenavigated", (frame) => {
        if (frame === page.mainFrame()) navigations.push(frame.url());
      });
    },
  });
  // Forget the navigation to the app itself.
  navigations.length = 0;
  return { ...opened, hostileCalls, dialogs, navigations };
}

/** Elements the app's components and Leaflet make; anything else came from somewhere else. */
export const APP_ELEMENTS = new Set([
  "html", "head", "meta", "title", "link", "script", "body", "noscript", "div", "main", "header", "h1", "h2", "h3", "p", "span",
  "a", "button", "input", "nav", "aside", "section", "article", "figure", "blockquote", "figcaption", "dl", "dt", "dd", "ul",
  "li", "time", "strong", "code", "details", "summary", "svg", "g", "path", "canvas",
  // Harmless elements the app may start using; none of them appears in a payload.
  "label", "mark", "ol", "em", "small", "br", "hr", "abbr", "footer", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th",
  "td", "caption", "fieldset", "legend", "output", "progress", "meter", "kbd", "sup", "sub", "circle", "rect", "line",
  "polyline", "polygon", "text", "tspan", "defs", "clippath", "lineargradient", "stop",
]);

/** Things a payload would make if it were parsed as markup, and that the app never makes. */
export const NEVER_SELECTORS = [
  "script:not([src])", "iframe", "frame", "object", "embed", "applet", "base", 'meta[http-equiv="refresh" i]', "style", "img[src=x]",
  "marquee", "details[ontoggle]", "video", "audio", "source", "math", "mi", "form", "textarea", "template", "xss", "svg script",
  "svg animate", "svg use", "svg image", "svg foreignObject", "svg a", "[onload]", "[onerror]", "[contenteditable]", "[autofocus]",
] as const;
/** Elements the app has some of: a hostile page must have exactly as many as the normal page. */
export const SAME_AS_NORMAL_SELECTORS = ["script", "meta", "link", 'link[rel~="stylesheet" i]', "img", "details", "noscript", "title"] as const;
const DANGEROUS_SELECTORS = [...NEVER_SELECTORS, ...SAME_AS_NORMAL_SELECTORS];

export interface DomAudit {
  counts: Record<string, number>;
  /** Elements whose tag is not in APP_ELEMENTS. */
  foreignElements: string[];
  /** Attributes named on… on any element. */
  handlerAttributes: string[];
  /** URL-bearing attributes whose value is not http(s), a fragment or the page's own data: icon. */
  scriptableUrls: string[];
  /** Every `<a>`, as the checks need it. */
  links: Array<{ href: string | null; target: string | null; rel: string | null; leafletControl: boolean; text: string }>;
  /** Attributes other than aria-label/title/href/data-* whose value holds a payload marker. */
  payloadInAttributes: string[];
  styleSheets: number;
  bodyShown: boolean;
  rootShown: boolean;
  title: string;
  url: string;
}

/** Looks at the whole document for anything a hostile string could have created. */
export function auditDom(page: Page): Promise<DomAudit> {
  return page.evaluate(({ selectors, knownElements }) => {
    const all = [...document.querySelectorAll("*")];
    const counts: Record<string, number> = {};
    for (const selector of selectors) counts[selector] = document.querySelectorAll(selector).length;
    const known = new Set(knownElements);
    const describe = (element: Element) => `<${element.localName}${element.id ? `#${element.id}` : ""}${element.className && typeof element.className === "string" ? `.${element.className.split(/\s+/).join(".")}` : ""}>`;
    const urlAttributes = ["href", "src", "action", "formaction", "data", "xlink:href", "srcdoc", "poster", "background", "srcset", "ping", "codebase", "cite"];
    const scriptableUrls: string[] = [];
    const handlerAttributes: string[] = [];
    const payloadInAttributes: string[] = [];
    for (const element of all) {
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith("on")) handlerAttributes.push(`${describe(element)} ${name}="${attribute.value.slice(0, 80)}"`);
        if (urlAttributes.includes(name)) {
          const value = attribute.value.trim();
          // Resolved like the browser does: a relative link on this site is as safe as an http(s) one.
          const resolved = (() => { try { return new URL(value, document.baseURI).protocol; } catch { return "invalid:"; } })();
          const harmless = resolved === "http:" || resolved === "https:" || value.startsWith("#") || value === ""
            || (element.localName === "link" && element.getAttribute("rel") === "icon" && value === "data:,")
            || (element.localName === "script" && /^\.\/assets\/[\w-]+\.js$/.test(value));
          if (!harmless) scriptableUrls.push(`${describe(element)} ${name}="${value.slice(0, 80)}"`);
        }
        const mayHoldText = name === "aria-label" || name === "title" || name === "href" || name.startsWith("data-") || name === "aria-roledescription";
        if (!mayHoldText && /__hostile|alert\(|javascript:|expression\(/i.test(attribute.value)) {
          payloadInAttributes.push(`${describe(element)} ${name}="${attribute.value.slice(0, 80)}"`);
        }
      }
      if (element.getAttribute("style")?.match(/url\(|expression/i)) payloadInAttributes.push(`${describe(element)} style="${element.getAttribute("style")!.slice(0, 80)}"`);
    }
    const root = document.getElementById("root");
    return {
      counts,
      foreignElements: [...new Set(all.filter((element) => !known.has(element.localName)).map((element) => element.localName))],
      handlerAttributes,
      scriptableUrls,
      links: [...document.querySelectorAll("a")].map((link) => ({
        href: link.getAttribute("href"),
        target: link.getAttribute("target"),
        rel: link.getAttribute("rel"),
        leafletControl: link.matches(".leaflet-popup-close-button, .leaflet-control a, .leaflet-bar a"),
        text: (link.textContent ?? "").slice(0, 80),
      })),
      payloadInAttributes,
      styleSheets: document.styleSheets.length,
      bodyShown: getComputedStyle(document.body).display !== "none" && getComputedStyle(document.body).visibility !== "hidden",
      rootShown: root !== null && getComputedStyle(root).display !== "none",
      title: document.title,
      url: location.href,
    };
  }, { selectors: [...DANGEROUS_SELECTORS], knownElements: [...APP_ELEMENTS] });
}

/**
 * What makes a link safe: an http(s) href (Leaflet's own buttons are `#` links), and
 * `rel="noopener noreferrer"` when it opens a new tab. Returns the links that break a rule.
 */
export function unsafeLinks(audit: DomAudit): string[] {
  return audit.links.flatMap((link) => {
    const problems: string[] = [];
    const href = link.href;
    // A scheme is what could run script; a relative link (no scheme) stays on this site. Browsers
    // drop tabs and newlines inside a URL, so they are dropped here before looking for one.
    const scheme = href === null ? null : /^\s*([a-z][a-z0-9+.-]*):/i.exec(href.replace(/[\t\n\r]/g, ""))?.[1]?.toLowerCase();
    const safe = href === null || (scheme === undefined ? !href.startsWith("#") || link.leafletControl : scheme === "http" || scheme === "https");
    if (!safe) problems.push(`href ${JSON.stringify(href)}`);
    if (link.target === "_blank") {
      const rel = (link.rel ?? "").toLowerCase().split(/\s+/);
      if (!rel.includes("noopener") || !rel.includes("noreferrer")) problems.push(`target=_blank with rel ${JSON.stringify(link.rel)}`);
    }
    return problems.length > 0 ? [`<a> "${link.text}": ${problems.join(", ")}`] : [];
  });
}

/** Text of the whole document, for a final check that every shown payload was seen somewhere. */
export const documentText = (page: Page): Promise<string> => page.evaluate(() => `${document.title}\n${document.body.textContent ?? ""}`);
