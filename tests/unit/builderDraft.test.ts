import { describe, expect, it } from "vitest";
import { checkArticleText, MAX_ARTICLE_CHARACTERS } from "../../src/builder/articleInput";
import type { Draft, DraftMention, DraftPlace } from "../../src/builder/draft";
import { applyDraftAction, carryDecisions, clickedPlace, decisionCounts } from "../../src/builder/draftActions";
import { isDraft } from "../../src/builder/draftShape";
import { readBuilderKey } from "../../src/state/builderKeys";

const place = (id: string, name: string, lat = 0, lng = 0): DraftPlace => ({ id, name, kind: "city", lat, lng, country: null });
const AKTOBE = place("610611", "Aktobe", 50.28, 57.21);
const PARIS_FR = place("2988507", "Paris", 48.85, 2.35);
const PARIS_TX = place("4717560", "Paris", 33.66, -95.56);
const mention = (start: number, text: string, at: DraftPlace, candidates = [at]): DraftMention => ({ start, end: start + text.length, text, decision: "proposed", place: at, candidates, confidence: 0.7 });

const TEXT = "Paris and Aktobe. Later, Paris again.";
const DRAFT: Draft = {
  version: 1, title: "T", source: "S", sourceUrl: "", published: "2016-07-07", text: TEXT,
  mentions: [mention(0, "Paris", PARIS_FR, [PARIS_FR, PARIS_TX]), mention(10, "Aktobe", AKTOBE), mention(25, "Paris", PARIS_FR, [PARIS_FR, PARIS_TX])],
  events: [{ id: "e", title: "E", date: { precision: "day", start: "2016-06-05", asWritten: "June 5" }, start: 0, end: 17, placeIds: [PARIS_FR.id, AKTOBE.id], decision: "proposed" }],
};

describe("the builder's draft actions", () => {
  it("decides the undecided mentions of the same words and place with the one decided, and no decided one", () => {
    const rejected = applyDraftAction(DRAFT, { kind: "decide", mention: 0, decision: "rejected" });
    expect(rejected.mentions.map((m) => m.decision)).toEqual(["rejected", "proposed", "rejected"]);
    const acceptedOne = applyDraftAction(rejected, { kind: "decide", mention: 2, decision: "accepted" });
    expect(acceptedOne.mentions.map((m) => m.decision)).toEqual(["rejected", "proposed", "accepted"]);
    const elsewhere = applyDraftAction(applyDraftAction(DRAFT, { kind: "place", mention: 2, place: PARIS_TX }), { kind: "decide", mention: 0, decision: "rejected" });
    expect(elsewhere.mentions.map((m) => m.decision)).toEqual(["rejected", "proposed", "accepted"]);
  });

  it("accepts and rejects one mention, and accept-all leaves rejected ones rejected", () => {
    const rejected = applyDraftAction(DRAFT, { kind: "decide", mention: 1, decision: "rejected" });
    expect(rejected.mentions.map((m) => m.decision)).toEqual(["proposed", "rejected", "proposed"]);
    const all = applyDraftAction(rejected, { kind: "accept-all" });
    expect(all.mentions.map((m) => m.decision)).toEqual(["accepted", "rejected", "accepted"]);
    expect(all.events.map((event) => event.decision)).toEqual(["accepted"]);
    expect(decisionCounts(all)).toEqual({ proposed: 0, accepted: 2, rejected: 1 });
    expect(DRAFT.mentions[1]!.decision).toBe("proposed");
  });

  it("re-places every mention of the same words and place, accepts them, and moves the events with them", () => {
    const moved = applyDraftAction(DRAFT, { kind: "place", mention: 2, place: PARIS_TX });
    expect(moved.mentions.map((m) => [m.place.id, m.decision, m.confidence])).toEqual([
      [PARIS_TX.id, "accepted", 1], [AKTOBE.id, "proposed", 0.7], [PARIS_TX.id, "accepted", 1],
    ]);
    expect(moved.events[0]!.placeIds).toEqual([PARIS_TX.id, AKTOBE.id]);
  });

  it("leaves a rejected mention of the same words rejected when another is placed", () => {
    const rejected = applyDraftAction(DRAFT, { kind: "decide", mention: 0, decision: "rejected" });
    const moved = applyDraftAction(rejected, { kind: "place", mention: 2, place: PARIS_TX });
    expect(moved.mentions.map((m) => [m.place.id, m.decision])).toEqual([[PARIS_FR.id, "rejected"], [AKTOBE.id, "proposed"], [PARIS_TX.id, "accepted"]]);
  });

  it("adds a clicked point to the candidates, rounded to 11 m", () => {
    const point = clickedPlace("Aktobe", 50.123456, 57.654321);
    expect(point).toEqual({ id: "point-50.1235-57.6543", name: "Aktobe", kind: "point", lat: 50.1235, lng: 57.6543, country: null });
    const moved = applyDraftAction(DRAFT, { kind: "place", mention: 1, place: point });
    expect(moved.mentions[1]!.candidates.map((candidate) => candidate.id)).toEqual([point.id, AKTOBE.id]);
  });

  it("edits details and events without touching the mentions", () => {
    const edited = applyDraftAction(applyDraftAction(DRAFT, { kind: "details", details: { title: "<script>x</script>" } }), { kind: "event", event: "e", change: { title: "New", decision: "rejected" } });
    expect(edited.title).toBe("<script>x</script>");
    expect(edited.events[0]).toMatchObject({ title: "New", decision: "rejected" });
    expect(edited.mentions).toBe(DRAFT.mentions);
  });
});

describe("finding the places of a changed text again", () => {
  it("keeps the decisions and places of the same words, and leaves new words proposed", () => {
    const decided = applyDraftAction(applyDraftAction(applyDraftAction(DRAFT, { kind: "place", mention: 0, place: PARIS_TX }), { kind: "decide", mention: 1, decision: "rejected" }), { kind: "event", event: "e", change: { title: "Kept", decision: "accepted" } });
    const text = `Now: ${TEXT}`;
    const next: Draft = { ...DRAFT, text, mentions: [...DRAFT.mentions.map((m) => ({ ...m, start: m.start + 5, end: m.end + 5 })), mention(0, "Now", AKTOBE)], events: [{ ...DRAFT.events[0]!, start: 5, end: 22 }] };
    const carried = carryDecisions(decided, next);
    expect(carried.mentions.map((m) => [m.text, m.place.id, m.decision])).toEqual([
      ["Paris", PARIS_TX.id, "accepted"], ["Aktobe", AKTOBE.id, "rejected"], ["Paris", PARIS_TX.id, "accepted"], ["Now", AKTOBE.id, "proposed"],
    ]);
    expect(carried.events[0]).toMatchObject({ title: "Kept", decision: "accepted" });
    expect(carryDecisions(null, next)).toBe(next);
  });
});

describe("a draft read back from storage", () => {
  it("is taken only when every field the views read is there", () => {
    expect(isDraft(JSON.parse(JSON.stringify(DRAFT)))).toBe(true);
    expect(isDraft({ ...DRAFT, mentions: [{}] })).toBe(false);
    expect(isDraft({ ...DRAFT, mentions: [{ ...DRAFT.mentions[0]!, place: { ...AKTOBE, lat: "50" } }] })).toBe(false);
    expect(isDraft({ ...DRAFT, mentions: [{ ...DRAFT.mentions[0]!, end: TEXT.length + 1 }] })).toBe(false);
    expect(isDraft({ ...DRAFT, events: [{ ...DRAFT.events[0]!, date: null }] })).toBe(false);
    expect(isDraft({ ...DRAFT, version: 2 })).toBe(false);
    expect(isDraft(null)).toBe(false);
  });
});

describe("checking a pasted article", () => {
  it("accepts text, with line endings made plain and a stray control character dropped", () => {
    expect(checkArticleText("  Aktobe\r\nAstana\u000C.  ", "The paste")).toEqual({ ok: true, text: "Aktobe\nAstana." });
  });

  it("names an empty paste, one too long and a binary file", () => {
    expect(checkArticleText(" \n\t ", "The paste")).toEqual({ ok: false, message: "The paste is empty: paste or open the article's text to find its places." });
    expect(checkArticleText("x".repeat(MAX_ARTICLE_CHARACTERS + 1), "big.txt")).toEqual({ ok: false, message: "big.txt has 400,001 characters; the builder takes one article of up to 400,000." });
    expect(checkArticleText("x".repeat(5_200_000), "The paste")).toMatchObject({ message: "The paste has 5.2 million characters; the builder takes one article of up to 400,000." });
    expect(checkArticleText("PK\u0003\u0004\u0000\u0000abc", "a.docx")).toMatchObject({ ok: false, message: expect.stringMatching(/^a\.docx is not text: it has 4 control or undecodable characters/) });
    expect(checkArticleText(`don\uFFFDt ${"a".repeat(100)}`, "x.txt")).toEqual({ ok: false, message: "x.txt is not UTF-8 text: 1 of its characters could not be read. Save it as UTF-8 (in most editors: Save as, Encoding UTF-8) and open it again." });
  });
});

describe("the builder's keys", () => {
  it("reads J, K, A, R and Escape, and leaves keys with modifiers to the browser", () => {
    const key = (value: string, modifiers: Partial<Record<"ctrlKey" | "altKey" | "metaKey", boolean>> = {}) => readBuilderKey({ key: value, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });
    expect(["j", "K", "a", "R", "Escape", "x"].map((value) => key(value))).toEqual(["next", "previous", "accept", "reject", "stop-placing", null]);
    expect(key("a", { ctrlKey: true })).toBeNull();
    expect(key("r", { metaKey: true })).toBeNull();
  });
});
