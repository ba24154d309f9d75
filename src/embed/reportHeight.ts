import { postToParent } from "./parentBridge";

/**
 * The embed's natural height: what its content needs at this width. The map's share comes from
 * the body's min-height (embed.css), not its current height, which grows to fill a taller frame;
 * measuring that would let a frame's height feed back into the height it is told.
 */
function naturalHeight(app: HTMLElement): number {
  let height = 0;
  for (const child of Array.from(app.children)) {
    if (!(child instanceof HTMLElement)) continue;
    height += child.classList.contains("app__body") ? Number.parseFloat(getComputedStyle(child).minHeight) || child.offsetHeight : child.offsetHeight;
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
