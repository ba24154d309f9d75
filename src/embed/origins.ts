/**
 * Which pages may talk to an embedded map: `?origins=` read and checked. Apart from the message
 * schemas, so reading the URL does not bring the validator into the first view.
 */

/** Values from another page may be hostile, so a problem never quotes more of one than this. */
const LONGEST_SHOWN = 60;

const quote = (text: string) => JSON.stringify(text.length > LONGEST_SHOWN ? `${text.slice(0, LONGEST_SHOWN - 1)}…` : text);

// Exactly scheme://host[:port]: the URL parser alone would also accept `https:host`, `https://host/./`
// and a `*` in a host, which looks like a wildcard but matches no page.
const ORIGIN_SHAPE = /^https?:\/\/[^/?#@*\\\s]+\/?$/i;

function readOrigin(entry: string): string | null {
  if (!ORIGIN_SHAPE.test(entry)) return null;
  try {
    const url = new URL(entry);
    return url.href === `${url.origin}/` ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Reads `?origins=`, the pages whose messages an embed obeys.
 * @param value - the option as written, origins separated by commas and/or spaces
 * @returns the origins, normalised as `MessageEvent.origin` writes them, or `null` (any page) when
 *   the option is absent or empty; `[]` (no page) when every entry was rejected; and a sentence for
 *   each entry rejected
 * @example parseOrigins("https://news.example, HTTPS://Blog.example:443/") // { origins: ["https://news.example", "https://blog.example"], problems: [] }
 */
export function parseOrigins(value: string | null): { origins: string[] | null; problems: string[] } {
  const entries = (value ?? "").split(/[\s,]+/).filter((entry) => entry !== "");
  if (entries.length === 0) return { origins: null, problems: [] };
  const origins = new Set<string>();
  const problems: string[] = [];
  for (const entry of entries) {
    const origin = readOrigin(entry);
    if (origin === null) {
      problems.push(`?origins= entry ${quote(entry)} was ignored: an origin is http:// or https://, a host and an optional :port, and nothing more, such as https://news.example:8080`);
    } else {
      origins.add(origin);
    }
  }
  // Falling back to "any page" would turn a typo into an open door.
  if (origins.size === 0) problems.push("?origins= names no valid origin, so the map obeys no page's messages; leave ?origins= out to obey every page");
  return { origins: [...origins], problems };
}

/**
 * Whether a message from that origin may steer the map, or hear what happens in it.
 * @param origin - `MessageEvent.origin`, already normalised by the browser
 * @param allowed - from `parseOrigins`; `null` allows every origin
 * @example isAllowedOrigin("https://news.example", ["https://news.example"]) // true
 */
export function isAllowedOrigin(origin: string, allowed: readonly string[] | null): boolean {
  return allowed === null || allowed.includes(origin);
}
