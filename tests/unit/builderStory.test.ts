import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { acceptAll } from "../../src/builder/acceptAll";
import type { Draft } from "../../src/builder/draft";
import { articleParts, eventTitle, newDraft } from "../../src/builder/newDraft";
import { saveDraft } from "../../src/builder/saveDraft";
import { storyFromDraft } from "../../src/builder/storyFromDraft";
import type { Gazetteer } from "../../src/geoparse/gazetteer";
import { parseStory } from "../../src/story/parseStory";
import type { StoryFile } from "../../src/story/schema";
import { nodeGazetteer } from "../../scripts/geoparse/gazetteerEntries";

const article = readFileSync("/work/shared/source/article.txt", "utf8");
const shipped = JSON.parse(readFileSync(new URL("../../geodata/aktobe-2016/story.json", import.meta.url), "utf8")) as StoryFile;
const HEADLINE = "Security delegation meets in Kazakhstan to assess new terror threat";

let gazetteer: Gazetteer;
let draft: Draft;
beforeAll(() => {
  gazetteer = nodeGazetteer();
  draft = newDraft({ text: article, source: "AMI", published: "2016-07-07" }, gazetteer);
}, 30_000);

/** The story file a draft saves to, or a failure listing the validator's problems. */
function saved(from: Draft): StoryFile {
  const result = saveDraft(from);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return JSON.parse(result.json) as StoryFile;
}

describe("a new draft of the shipped article", () => {
  it("takes the headline line as the title, leaves out the photo credit, and keeps the body verbatim", () => {
    expect(draft.title).toBe(HEADLINE);
    expect(draft.text.startsWith("A security delegation from the United States")).toBe(true);
    expect(article.endsWith(draft.text)).toBe(true);
  });

  it("finds Aktobe and Kazakhstan as proposals, each mention the text's own words", () => {
    const aktobe = draft.mentions.find((mention) => mention.text === "Aktobe");
    expect(aktobe).toMatchObject({ decision: "proposed", place: { name: "Aktobe", kind: "city", country: "KZ" } });
    expect(aktobe!.candidates[0]).toEqual(aktobe!.place);
    expect(draft.mentions.some((mention) => mention.place.id === "KZ" && mention.place.kind === "country")).toBe(true);
    for (const mention of draft.mentions) expect(draft.text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it("proposes the Aktobe attacks as an event dated by the article's words", () => {
    const attack = draft.events.find((event) => event.date.asWritten === "the four-day rampage beginning June 5");
    const aktobeId = draft.mentions.find((mention) => mention.text === "Aktobe")!.place.id;
    expect(attack).toMatchObject({ title: "The first event was the four-day rampage beginning June 5", decision: "proposed" });
    expect(attack!.placeIds).toContain(aktobeId);
    expect(draft.text.slice(attack!.start, attack!.end)).toMatch(/^The first event was .* border with Russia\.$/);
    expect(new Set(draft.events.map((event) => event.id)).size).toBe(draft.events.length);
  });
});

describe("the story file of a draft", () => {
  it("with everything accepted passes the app's validator with nothing left out", () => {
    const story = saved(acceptAll(draft));
    expect(story.article).toMatchObject({ title: HEADLINE, source: { name: "AMI" }, published: { precision: "day", start: "2016-07-07" } });
    expect(story.article.paragraphs).toEqual(shipped.article.paragraphs);
    expect(story.places.features.length).toBeGreaterThan(1);
    expect(story.events.length).toBeGreaterThan(0);
    expect(story.credits).toContainEqual({ name: "GeoNames", url: "https://www.geonames.org/", licence: "CC BY 4.0" });
  });

  it("keeps Aktobe's passages verbatim in the story the app loads", () => {
    const result = saveDraft(acceptAll(draft));
    if (!result.ok) throw new Error("not saved");
    const loaded = parseStory(result.json);
    if (!loaded.ok) throw new Error("not loaded");
    const aktobe = loaded.story.places.find((place) => place.name === "Aktobe");
    expect(aktobe).toBeDefined();
    const passages = loaded.story.passagesForPlace(aktobe!.id);
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) expect(article).toContain(passage.quote);
    expect(passages.map((passage) => passage.quote)).toContain(shipped.passages.find((passage) => passage.id === "gun-battle")!.quote);
  });

  it("maps Aktobe to a city point with a GeoNames source", () => {
    const story = saved(acceptAll(draft));
    const aktobe = story.places.features.find((place) => place.properties.name === "Aktobe")!;
    const { lat, lng } = draft.mentions.find((mention) => mention.text === "Aktobe")!.place;
    expect(aktobe).toMatchObject({ id: "aktobe", geometry: { type: "Point", coordinates: [lng, lat] }, properties: { precision: "city", origin: "article", mentions: ["Aktobe"] } });
    expect(aktobe.properties.sources?.[0]?.url).toMatch(/^https:\/\/www\.geonames\.org\/\d+$/);
    expect(story.places.features.find((place) => place.id === "kazakhstan")?.properties.precision).toBe("country");
  });

  it("leaves out a rejected place, and the events and passages that only it had", () => {
    const rejected = acceptAll({ ...draft, mentions: draft.mentions.map((mention) => (mention.place.name === "Aktobe" ? { ...mention, decision: "rejected" } : mention)) });
    const story = saved(rejected);
    expect(story.places.features.map((place) => place.properties.name)).not.toContain("Aktobe");
    expect(JSON.stringify(story)).not.toContain('"aktobe"');
    expect(story.passages.map((passage) => passage.quote)).not.toContain(shipped.passages.find((passage) => passage.id === "gun-battle")!.quote);
  });

  it("leaves out what is still only proposed", () => {
    const story = storyFromDraft(draft) as StoryFile;
    expect(story.places.features).toEqual([]);
    expect(story.events).toEqual([]);
  });

  it("keeps hostile text in the title and source as plain data", () => {
    const title = `"Bombs" in <script>alert('x')</script> & Aktobe`;
    const story = saved(acceptAll({ ...draft, title, source: 'A "quoted" <b>source</b>' }));
    expect(story.article.title).toBe(title);
    expect(story.article.source.name).toBe('A "quoted" <b>source</b>');
    expect(story.id).toBe("bombs-in-script-alert-x-script-aktobe");
  });

  it("gives the validator's problems instead of a file that would not load", () => {
    const result = saveDraft(acceptAll({ ...draft, published: "", sourceUrl: "javascript:alert(1)" }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path).sort()).toEqual(["article.published", "article.source.url"]);
  });

  it("gives two places of one name ids told apart by country", () => {
    const paris = gazetteer.lookup("Paris").filter((entry) => entry.country === "FR" || entry.country === "US").slice(0, 2);
    expect(paris.map((entry) => entry.country).sort()).toEqual(["FR", "US"]);
    const text = "Paris in France. Paris in Texas.";
    const mentions = paris.map((entry, index) => {
      const start = text.indexOf("Paris", index * 10);
      return { start, end: start + 5, text: "Paris", decision: "accepted" as const, place: { id: entry.id, name: entry.name, kind: entry.kind, lat: entry.lat, lng: entry.lng, country: entry.country }, candidates: [], confidence: 1 };
    });
    const story = saved({ ...draft, text, mentions, events: [] });
    expect(story.places.features.map((place) => place.id).sort()).toEqual(["paris-fr", "paris-us"]);
    expect(story.passages).toHaveLength(2);
  });
});

describe("titles", () => {
  it("keep a given title and drop a headline line only when it repeats it", () => {
    expect(articleParts(`Headline here\n\nBody text.`, "Headline here")).toEqual({ title: "Headline here", body: "Body text." });
    expect(articleParts(`Not a headline\n\nBody text.`, "Given")).toEqual({ title: "Given", body: "Not a headline\n\nBody text." });
    expect(articleParts(`A whole sentence first.\n\nBody text.`)).toEqual({ title: "", body: "A whole sentence first.\n\nBody text." });
  });

  it("of events are the opening clauses, cut on a word at 60 characters", () => {
    expect(eventTitle("In a June 9 testimony, Daniel Rosenblum, the Deputy Assistant Secretary, said so.")).toBe("In a June 9 testimony, Daniel Rosenblum");
    expect(eventTitle('"We had attacks," said Aslan.')).toBe("We had attacks, said Aslan");
    const long = eventTitle("Aslan left home for the United States five years ago when he felt that the government had become too restrictive.");
    expect(long).toBe("Aslan left home for the United States five years ago when he…");
    expect(long.length).toBeLessThanOrEqual(61);
  });
});
