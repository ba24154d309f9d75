/**
 * The host page's script: `<script src=".../article-map-host.js" async></script>` makes every
 * iframe of the map as tall as its content. It is bundled alone as a classic script, so it imports
 * nothing, exports nothing and keeps its names inside one function.
 */
(() => {
  // Pages that include the script twice (a template and an article body both add it) would
  // otherwise handle every message twice.
  const guard = "data-article-map-host";
  const root = document.documentElement;
  if (root.hasAttribute(guard)) return;
  root.setAttribute(guard, "");

  const MAX_HEIGHT = 100_000;

  const originOf = (url: string): string | null => {
    try {
      return new URL(url).origin;
    } catch {
      return null;
    }
  };

  window.addEventListener("message", (event) => {
    const data: unknown = event.data;
    if (typeof data !== "object" || data === null) return;
    const { type, height } = data as { type?: unknown; height?: unknown };
    // A NaN height fails both comparisons, and Infinity the second.
    if (type !== "article-map:height" || typeof height !== "number" || !(height >= 0 && height <= MAX_HEIGHT)) return;
    const frames = document.getElementsByTagName("iframe");
    for (let index = 0; index < frames.length; index++) {
      const frame = frames[index]!;
      if (frame.contentWindow !== event.source) continue;
      // A frame that navigated away from the site its src names (an ad, a hijacked link) may not
      // resize itself. Opaque origins ("null": data: URLs, sandboxes) equal nothing, not even each other.
      if (event.origin !== "null" && originOf(frame.src) === event.origin) frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  });
})();
