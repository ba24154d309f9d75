import type { Decision, Draft, DraftEvent, DraftMention, DraftPlace } from "./draft";

/**
 * Whether a value read back from storage is a draft this page can show: every field the views
 * read, down to each mention's place, so a damaged or older draft is set aside, never drawn into
 * a blank page.
 */

const DECISIONS: ReadonlySet<unknown> = new Set<Decision>(["proposed", "accepted", "rejected"]);
const isString = (value: unknown): value is string => typeof value === "string";
const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function isPlace(value: unknown): value is DraftPlace {
  return isObject(value) && isString(value.id) && isString(value.name) && isString(value.kind) && isNumber(value.lat) && isNumber(value.lng) && (value.country === null || isString(value.country));
}

function isSpan(value: Record<string, unknown>, text: string): boolean {
  return isNumber(value.start) && isNumber(value.end) && value.start >= 0 && value.start <= value.end && value.end <= text.length;
}

function isMention(value: unknown, text: string): value is DraftMention {
  return isObject(value) && isSpan(value, text) && isString(value.text) && DECISIONS.has(value.decision) && isPlace(value.place)
    && Array.isArray(value.candidates) && value.candidates.every(isPlace) && isNumber(value.confidence);
}

function isEvent(value: unknown, text: string): value is DraftEvent {
  const date = isObject(value) ? value.date : null;
  return isObject(value) && isString(value.id) && isString(value.title) && isSpan(value, text) && DECISIONS.has(value.decision)
    && Array.isArray(value.placeIds) && value.placeIds.every(isString)
    && isObject(date) && isString(date.precision) && isString(date.start) && isString(date.asWritten);
}

export function isDraft(value: unknown): value is Draft {
  if (!isObject(value) || value.version !== 1 || !isString(value.text)) return false;
  const text = value.text;
  return ["title", "source", "sourceUrl", "published"].every((field) => isString(value[field]))
    && Array.isArray(value.mentions) && value.mentions.every((mention) => isMention(mention, text))
    && Array.isArray(value.events) && value.events.every((event) => isEvent(event, text));
}
