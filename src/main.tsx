import "./styles/all.css";
import { renderMap } from "./components/renderMap";
import { rememberInUrl } from "./components/surface";
import { readUrlState } from "./state/urlOptions";

const root = document.getElementById("root");
if (root) {
  renderMap(root, {
    kind: "app",
    options: readUrlState(window.location.href),
    siteBase: document.baseURI,
    remember: rememberInUrl,
    channel: null,
    fullMapHref: null,
  });
}
