import "../styles/all.css";
import { rememberInUrl } from "../components/surface";
import { loadFirstStory } from "../data/fetchers";
import { readUrlState } from "../state/urlOptions";
import { MapChannel } from "./channel";
import { fullMapHref } from "./fullMapHref";
import { bridgeToParent } from "./parentBridge";
import { reportHeight } from "./reportHeight";

/** embed.html: the map in a host page's iframe, steered by and reporting to that page. */
const root = document.getElementById("root");
if (root) {
  const options = readUrlState(window.location.href);
  const channel = new MapChannel();
  bridgeToParent(channel, options.origins);
  reportHeight(options.origins);
  // As on the full page (src/main.tsx): the story loads while the app's script arrives.
  const firstStory = options.story.kind === "refused" ? null : loadFirstStory(options.story, document.baseURI);
  void import("../components/renderMap").then(({ renderMap }) => renderMap(root, {
    kind: "embed",
    options,
    siteBase: document.baseURI,
    remember: rememberInUrl,
    channel,
    fullMapHref: () => fullMapHref(window.location.href),
    firstStory,
  }));
}
