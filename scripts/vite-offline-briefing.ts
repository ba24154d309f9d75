import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";

/** Where the built site keeps the offline briefing of its default story. */
export const OFFLINE_BRIEFING_FILE = "offline-briefing.html";

/**
 * Puts the offline briefing of the default story beside index.html when the site is built. The
 * app's "Save offline copy" button downloads it, with the story it shows put in its place.
 */
export function offlineBriefingFile(): Plugin {
  let outDir = "dist";
  return {
    name: "article-map-offline-briefing",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      // Loaded here, not at the top: it runs a build of its own, which needs nothing of this one.
      const { offlineBriefing } = await import("./offlineBriefing.ts");
      const { html } = await offlineBriefing();
      writeFileSync(join(outDir, OFFLINE_BRIEFING_FILE), html);
    },
  };
}
