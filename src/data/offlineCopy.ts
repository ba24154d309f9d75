/**
 * Writing an offline briefing for another story (the briefing's Save offline button): kept apart
 * from inlineFiles.ts, which every page reads as it starts.
 */
import { INLINE_ELEMENT_ID, readInlinePayload, type InlinePayload } from "./inlineFiles";

/**
 * An offline briefing made to carry another story: its catalogue and story replaced, the app and
 * the basemap kept. Only the JSON element changes, so the page's CSP hashes (of its script and
 * style) still hold.
 * @param html - an offline briefing (the build's `offline-briefing.html`)
 * @param id - the story's id, which names its folder in the page's own paths
 * @param storyText - the story file as it was read
 * @returns the new page, or null when `html` is not an offline briefing
 */
export function offlineBriefingWith(html: string, id: string, storyText: string): string | null {
  const element = new RegExp(`(<script type="application/json" id="${INLINE_ELEMENT_ID}">)([\\s\\S]*?)(</script>)`);
  const found = element.exec(html);
  if (!found) return null;
  const { startQuery, files } = readInlinePayload(found[2]);
  const kept = [...files].filter(([key]) => !key.startsWith("geodata/"));
  const folder = encodeURIComponent(id);
  const payload: InlinePayload = {
    ...(startQuery ? { startQuery } : {}),
    files: Object.fromEntries([
      ...kept,
      ["geodata/catalog.json", JSON.stringify({ defaultStory: `${folder}/story.json` })],
      [`geodata/${folder}/story.json`, storyText],
    ]),
  };
  // `<` only occurs inside JSON strings, where \u003c means the same, so no tag can end the element.
  const json = JSON.stringify(payload).replace(/</g, "\\u003c");
  return html.slice(0, found.index) + found[1] + json + found[3] + html.slice(found.index + found[0].length);
}

/**
 * A story's id from where it was read: its folder for a `story.json`, else the file's name.
 * @example storyIdFromUrl("geodata/aktobe-2016/story.json") // "aktobe-2016"
 */
export function storyIdFromUrl(url: string): string {
  const parts = new URL(url, "https://site.invalid/").pathname.split("/").filter(Boolean).map(decodeURIComponent);
  const name = parts.at(-1) === "story.json" && parts.length > 1 ? parts.at(-2)! : (parts.at(-1) ?? "story").replace(/\.[^.]*$/, "");
  return name.toLowerCase().replace(/[^a-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "") || "story";
}
