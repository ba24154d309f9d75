/**
 * Which of the files a page names (its prefetch script's `data-prefetch`) to request at once: all
 * of them when the page opens the default story, none when `?story=` names another. The same rule
 * as readStoryOption's (tests/unit/prefetchPlan.test.ts holds them together), written again here
 * because the prefetch script must import nothing that the app's chunks share, or it would wait
 * for them.
 * @param search - the page's query, e.g. `?place=astana`
 * @param listed - the files, relative to the page, separated by spaces
 */
export function filesToPrefetch(search: string, listed: string): string[] {
  const story = new URLSearchParams(search).get("story");
  return story === null || story.trim() === "" ? listed.split(" ").filter(Boolean) : [];
}
