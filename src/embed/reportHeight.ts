import { postToParent } from "./parentBridge";

/**
 * The embed's natural height: what it would like at this width (embed.css says how much). The
 * body's own height is not it: the body fills the frame, so measuring it would only echo the
 * frame's height back.
 */
function naturalHeight(app: HTMLElement): number {
  let height = 0;
  for (const child of Array.from(app.children)) {
    if (!(child instanceof HTMLElement)) continue;
    if (!child.classList.contains("app__body")) {
      height += child.offsetHeight;
      continue;
    }
    const probe = document.createElement("div");
    probe.style.cssText = "position:absolute;visibility:hidden;width:1px;height:calc(var(--embed-map) + var(--embed-sheet))";
    child.append(probe);
    height += probe.offsetHeight;
    probe.remove();
  }
  return Math.ceil(height);
}

/**
 * Tells the host page the embed's height on load and whenever it changes, for the host script
 * (article-map-host.js) to size the iframe.
 * @returns a function that stops it
 */
export function reportHeight(origins: readonly string[] | null): () => void {
  if (window.parent === window) return () => undefined;
  let last = -1;
  const measure = () => {
    const app = document.querySelector<HTMLElement>(".app--embed") ?? document.querySelector<HTMLElement>(".app-root");
    if (!app) return;
    const height = app.classList.contains("app--embed") ? naturalHeight(app) : app.scrollHeight;
    if (height === last || height === 0) return;
    last = height;
    postToParent({ type: "article-map:height", height }, origins);
  };
  const resizes = new ResizeObserver(measure);
  // The app is replaced as it loads (loading, then the map), so the elements it is built of are
  // watched for that, and the new ones measured.
  const root = document.getElementById("root") ?? document.body;
  const watch = () => {
    resizes.disconnect();
    changes.disconnect();
    for (const element of [root, ...root.querySelectorAll(".app-root, .app--embed")]) changes.observe(element, { childList: true });
    for (const element of [root, ...root.querySelectorAll(".app--embed > *")]) resizes.observe(element);
    measure();
  };
  const changes = new MutationObserver(watch);
  window.addEventListener("resize", measure);
  watch();
  return () => {
    resizes.disconnect();
    changes.disconnect();
    window.removeEventListener("resize", measure);
  };
}
