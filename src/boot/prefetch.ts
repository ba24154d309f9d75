import { firstFiles } from "../data/firstFiles";
import { prefetch } from "../data/prefetched";
import { readStoryOption } from "../state/storyOption";

// The page's first script, tiny and run as soon as it arrives (`async`): it requests the first
// story's files while the app's larger scripts are still downloading. Only for the story the page
// will really open, so `?story=` pages fetch nothing of the default.
for (const file of firstFiles(readStoryOption(new URL(window.location.href).searchParams.get("story"), window.location.href))) {
  prefetch(new URL(file, document.baseURI).href);
}
