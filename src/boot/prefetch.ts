import { filesToPrefetch } from "./prefetchPlan";

// The page's first script, tiny and run the moment it arrives (`async`): while the app's larger
// scripts are still downloading, it asks the browser to preload the first story's files, which
// the app's fetches then take. Only for the story the page will open: `?story=` pages fetch
// nothing of the default. The files come from the script's own element (scripts/vite-prefetch.ts).
const listed = document.querySelector<HTMLScriptElement>("script[data-prefetch]")?.dataset.prefetch ?? "";
for (const file of filesToPrefetch(window.location.search, listed)) {
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  // As fetch() asks by default (cors, same-origin credentials), or the browser would fetch twice.
  link.crossOrigin = "anonymous";
  link.href = file;
  document.head.append(link);
}
