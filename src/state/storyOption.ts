/** Where the story comes from: the catalogue's default, or the file `?story=` names. */
export type StoryOption =
  | { kind: "default" }
  | { kind: "url"; value: string; url: string }
  | { kind: "refused"; value: string; problem: string };

/** A hostile or careless URL can be very long; messages show its start. */
const LONGEST_SHOWN = 120;

/**
 * Checks the value of `?story=`. Only http(s) URLs are fetched, whether written as a path relative
 * to the page or in full: `javascript:`, `data:`, `file:` and the like are refused, because a
 * story URL is something a stranger can put in a link.
 * @param value - the raw value of `?story=`, or null when absent
 * @param page - the page's own URL, against which a relative value resolves
 * @returns the default story, the absolute URL to fetch, or a sentence saying why it was refused
 * @example readStoryOption("stories/other.json", "https://example.org/map/") // { kind: "url", url: "https://example.org/map/stories/other.json", ... }
 */
export function readStoryOption(value: string | null, page: string): StoryOption {
  if (value === null || value.trim() === "") return { kind: "default" };
  const refuse = (why: string): StoryOption => ({ kind: "refused", value, problem: `?story=${shorten(value)} was refused: ${why}` });
  let url: URL;
  try {
    url = new URL(value, page);
  } catch {
    return refuse("it is not a URL; give a path relative to this page or an http(s) URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return refuse(`a story can only be loaded from a path relative to this page or an http(s) URL, not a ${url.protocol} URL`);
  }
  // fetch() refuses such URLs with a cryptic message, and a password has no place in a shared link.
  if (url.username !== "" || url.password !== "") return refuse("a story URL must not carry a user name or password");
  return { kind: "url", value, url: url.href };
}

function shorten(text: string): string {
  return text.length > LONGEST_SHOWN ? `${text.slice(0, LONGEST_SHOWN - 1)}…` : text;
}
