import "./styles/all.css";
import { renderMap } from "./components/renderMap";
import { rememberInUrl } from "./components/surface";
import { readUrlState } from "./state/urlOptions";
import { inlineStartQuery } from "./data/inlineFiles";

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

const root = document.getElementById("root");
if (root) {
  renderMap(root, {
    kind: "app",
    options: readUrlState(startHref()),
    siteBase: document.baseURI,
    remember: rememberInUrl,
    channel: null,
    fullMapHref: null,
  });
}
