import * as z from "zod";
import { parseDay } from "../story/dates";

// Zod compiles fast paths with `new Function`, which a strict Content-Security-Policy forbids.
// Schemas read this setting when they are built, so it comes before the ones below.
z.config({ jitless: true });

/** One message between an embedded map and the page around it, as the README lists it. */
export interface MessageDeclaration {
  type: string;
  /** `in`: the host page sends it to the map; `out`: the map sends it to the host page. */
  direction: "in" | "out";
  /** The fields besides `type`, as TypeScript writes them; empty when there are none. */
  fields: string;
  description: string;
}

/** Every message, declared once; the README's table of messages is generated from it. */
export const MESSAGES: readonly MessageDeclaration[] = [
  {
    type: "article-map:ready",
    direction: "out",
    fields: "",
    description: "The map has loaded its story and obeys messages from now on.",
  },
  {
    type: "article-map:select",
    direction: "out",
    fields: "place: string | null",
    description: "A place was selected, named by its id, or its popup was closed (`null`).",
  },
  {
    type: "article-map:view",
    direction: "out",
    fields: "zoom: number, lat: number, lng: number",
    description: "The map's view changed: sent once each pan or zoom has ended, with the new zoom and centre.",
  },
  {
    type: "article-map:height",
    direction: "out",
    fields: "height: number",
    description:
      "The height of the embed's content in CSS pixels, sent on load and whenever it changes; the host script `article-map-host.js` resizes the iframe to it.",
  },
  {
    type: "article-map:select",
    direction: "in",
    fields: "place: string | null",
    description: "Selects the place with that id and opens its popup, as a click on it would; `null` closes the popup.",
  },
  {
    type: "article-map:set-view",
    direction: "in",
    fields: "zoom: number, lat: number, lng: number",
    description: "Moves the map to that centre and zoom (0 to 19; latitude -90 to 90, longitude -180 to 180).",
  },
  {
    type: "article-map:set-range",
    direction: "in",
    fields: 'from: "YYYY-MM-DD" | null, to: "YYYY-MM-DD" | null',
    description:
      "Narrows the map and the lists to the places where something happened between those days, both included, as `?from=` and `?to=` do; `null` leaves that end open, and both `null` shows every place again.",
  },
];

/** The closest zoom the map ever shows (with online tiles on). */
const MAX_ZOOM = 19;
const LONGEST_PLACE_ID = 200;
/** Values from another page may be hostile, so a problem never quotes more of one than this. */
const LONGEST_SHOWN = 60;

const between = (name: string, min: number, max: number) => {
  const error = `${name} must be a number from ${min} to ${max}`;
  return z.number({ error }).min(min, { error }).max(max, { error });
};

const PlaceId = z
  .string({ error: `place must be a place id (text of 1 to ${LONGEST_PLACE_ID} characters) or null` })
  .min(1, { error: "place must not be empty; send null to close the popup" })
  .max(LONGEST_PLACE_ID, { error: `place must be at most ${LONGEST_PLACE_ID} characters long` })
  .nullable();

const Day = (name: "from" | "to") => {
  const error = `${name} must be a day written YYYY-MM-DD, such as 2016-06-05, or null`;
  return z
    .string({ error })
    // Each check aborts, so that a day has one problem and the range's order is compared only
    // between real days.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error, abort: true })
    .refine((text) => parseDay(text) !== null, {
      error: (issue) => `${name} is ${String(issue.input)}, but there is no such day in the calendar`,
      abort: true,
    })
    .nullable();
};

// z.object drops fields it does not know, so hosts may send fields that later versions will read.
const INCOMING = {
  "article-map:select": z.object({ type: z.literal("article-map:select"), place: PlaceId }),
  "article-map:set-view": z.object({
    type: z.literal("article-map:set-view"),
    zoom: between("zoom", 0, MAX_ZOOM),
    lat: between("lat", -90, 90),
    lng: between("lng", -180, 180),
  }),
  // Days written YYYY-MM-DD compare as text in calendar order.
  "article-map:set-range": z
    .object({ type: z.literal("article-map:set-range"), from: Day("from"), to: Day("to") })
    .refine(({ from, to }) => from === null || to === null || from <= to, {
      error: (issue) => {
        const { from, to } = issue.input as { from: string; to: string };
        return `from (${from}) is after to (${to})`;
      },
    }),
};

type IncomingType = keyof typeof INCOMING;

/** A message the host page sends to the map, once validated. */
export type IncomingMessage = z.infer<(typeof INCOMING)[IncomingType]>;

/** A message the map sends to the host page. */
export type OutgoingMessage =
  | { type: "article-map:ready" }
  | { type: "article-map:select"; place: string | null }
  | { type: "article-map:view"; zoom: number; lat: number; lng: number }
  | { type: "article-map:height"; height: number };

const quote = (text: string) => JSON.stringify(text.length > LONGEST_SHOWN ? `${text.slice(0, LONGEST_SHOWN - 1)}…` : text);

/**
 * Only an own data property counts: reading it runs no getter, and nothing inherited, such as a
 * polluted `Object.prototype.type`, can stand in for a field.
 */
function ownValue(data: object, key: string): unknown {
  const descriptor = Object.getOwnPropertyDescriptor(data, key);
  return descriptor && "value" in descriptor ? descriptor.value : undefined;
}

function isPlainObject(data: unknown): data is object {
  if (typeof data !== "object" || data === null) return false;
  const prototype: unknown = Object.getPrototypeOf(data);
  return prototype === Object.prototype || prototype === null;
}

function read(data: unknown): { ok: true; message: IncomingMessage } | { ok: false; problem: string } {
  if (!isPlainObject(data)) return { ok: false, problem: 'a message that is not an object with a "type" was ignored' };
  const type = ownValue(data, "type");
  if (typeof type !== "string") return { ok: false, problem: 'a message without a "type" was ignored' };
  if (!Object.hasOwn(INCOMING, type)) return { ok: false, problem: `unknown message type ${quote(type)} was ignored` };
  const schema = INCOMING[type as IncomingType];
  // Zod sees a copy holding only the fields it checks, so the rest of the message is never touched.
  const fields = Object.fromEntries(Object.keys(schema.shape).map((key) => [key, ownValue(data, key)]));
  const result = schema.safeParse(fields);
  if (result.success) return { ok: true, message: result.data };
  const rules = [...new Set(result.error.issues.map((issue) => issue.message))];
  return { ok: false, problem: `${type} was ignored: ${rules.join("; ")}` };
}

/**
 * Checks a message from the host page, never trusting its shape.
 * @param data - `MessageEvent.data`, which any page that frames the map can set
 * @returns the message, or one sentence naming what was wrong with it; it never throws
 * @example readIncomingMessage({ type: "article-map:select", place: "aktobe" }) // { ok: true, message: { type: "article-map:select", place: "aktobe" } }
 */
export function readIncomingMessage(data: unknown): { ok: true; message: IncomingMessage } | { ok: false; problem: string } {
  try {
    return read(data);
  } catch {
    // Only a Proxy's traps can throw here. postMessage's structured clone never yields one, but
    // whoever passes one still gets a problem rather than an exception.
    return { ok: false, problem: "a message that could not be read was ignored" };
  }
}
