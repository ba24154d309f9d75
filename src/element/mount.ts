import css from "../styles/all.css?inline";
import { renderMap } from "../components/renderMap";
import type { MapChannel } from "../embed/channel";
import { readUrlState } from "../state/urlOptions";

let sheet: CSSStyleSheet | null = null;

/**
 * Draws the map inside `host`'s shadow root, with its styles adopted there: the host page's CSS
 * cannot reach in and the map's cannot leak out. One style sheet serves every map on the page.
 * @param href - the options as a URL (see options.ts)
 * @param siteBase - where the map's own files are: next to the module, not the host page
 * @returns a function that removes the map and every listener it added
 */
export function mountInShadow(host: HTMLElement, href: string, siteBase: string, channel: MapChannel): () => void {
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  shadow.adoptedStyleSheets = [sheet];
  const container = document.createElement("div");
  container.className = "article-map-mount";
  shadow.append(container);
  const root = renderMap(container, {
    kind: "element",
    options: readUrlState(href),
    siteBase,
    // The URL belongs to the host page.
    remember: () => undefined,
    channel,
    fullMapHref: null,
    firstStory: null,
  });
  return () => {
    root.unmount();
    container.remove();
  };
}
