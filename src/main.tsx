import "./styles/all.css";
import { rememberInUrl } from "./components/surface";
import { readUrlState } from "./state/urlOptions";
import { inlineStartQuery } from "./data/inlineFiles";
import { loadFirstStory } from "./data/fetchers";
import { validatedAtBuild } from "./data/firstFiles";
import { drawEarlyView, opensOnMap } from "./boot/earlyView";
import { inTurns } from "./browser/inTurns";
import { showStartProblem } from "./boot/startProblem";

/** How long the app's script waits for the first story to draw the early view, before it starts regardless. */
const EARLY_VIEW_WAIT_MS = 2000;

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

// This small entry starts the story's download at once. When it is the story the build validated,
// the entry draws its map with Leaflet alone and only then runs the app's larger script (React
// and the views), which adopts that map; otherwise it runs the app's script at once.
const root = document.getElementById("root");
if (root) {
  const options = readUrlState(startHref());
  const firstStory = options.story.kind === "refused" ? null : loadFirstStory(options.story, document.baseURI);
  let started = false;
  const startApp = () => {
    if (started) return;
    started = true;
    void import("./components/renderMap").then(({ renderMap }) => renderMap(root, {
      kind: "app",
      options,
      siteBase: document.baseURI,
      remember: rememberInUrl,
      channel: null,
      fullMapHref: null,
      firstStory,
    }), (error: unknown) => showStartProblem(root, error, options.theme));
  };
  if (firstStory && validatedAtBuild(options.story) && opensOnMap(options)) {
    void firstStory.then((outcome) => {
      const drawn = !started && outcome.kind === "loaded" && outcome.load.ok && drawEarlyView(root, outcome.load.story, options);
      if (drawn) inTurns([startApp]);
      else startApp();
    });
    setTimeout(startApp, EARLY_VIEW_WAIT_MS);
  } else {
    startApp();
  }
}
