import "./styles/all.css";
import { rememberInUrl } from "./components/surface";
import { readUrlState } from "./state/urlOptions";
import { inlineStartQuery } from "./data/inlineFiles";
import { loadFirstStory } from "./data/fetchers";

// A page with its files inline (the offline briefing) names a query to start with. It is applied
// to the address the options are read from, not navigated to: a page opened from disk may not
// be allowed to change its own address.
function startHref(): string {
  const startQuery = window.location.search === "" ? inlineStartQuery() : null;
  if (startQuery === null) return window.location.href;
  const href = new URL(window.location.href);
  href.search = startQuery;
  return href.href;
}

// This small entry starts the story's download and validation at once; the app's larger script
// (React, Leaflet, the views) is fetched alongside (modulepreload) and runs when it has arrived.
const root = document.getElementById("root");
if (root) {
  const options = readUrlState(startHref());
  const firstStory = options.story.kind === "refused" ? null : loadFirstStory(options.story, document.baseURI);
  void import("./components/renderMap").then(({ renderMap }) => renderMap(root, {
    kind: "app",
    options,
    siteBase: document.baseURI,
    remember: rememberInUrl,
    channel: null,
    fullMapHref: null,
    firstStory,
  }));
}
