import "../styles/all.css";
import { renderMap } from "../components/renderMap";
import { rememberInUrl } from "../components/surface";
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
  renderMap(root, {
    kind: "embed",
    options,
    siteBase: document.baseURI,
    remember: rememberInUrl,
    channel,
    fullMapHref: () => fullMapHref(window.location.href),
  });
}
