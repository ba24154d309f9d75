import { resolve } from "node:path";
import type { HtmlTagDescriptor, Plugin } from "vite";
import { VALIDATED_STORY_FILE } from "../src/story/validatedStory.ts";

/**
 * Puts a tiny script first in a page's head, `async`, so it runs the moment it arrives: it has the
 * browser preload the first story's files (src/boot/prefetch.ts) while the page's larger scripts
 * are still on their way. Vite would fold a second module script of the page into its one entry,
 * which runs only after every module of the app has arrived, so the script is an entry of the
 * build of its own. Its element names the files: the catalogue and the build's validated story.
 * @param entry - the script's source, also listed in the build's inputs
 * @param pages - the pages that run it
 * @param catalog - the catalogue's path, relative to the page
 */
export function prefetchFirstStory({ entry, pages, catalog }: { entry: string; pages: readonly string[]; catalog: string }): Plugin {
  const source = resolve(entry);
  return {
    name: "article-map-prefetch",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle, path }) {
        if (!bundle || !pages.some((page) => path === `/${page}`)) return [];
        const chunk = Object.values(bundle).find((file) => file.type === "chunk" && file.facadeModuleId === source);
        if (!chunk) throw new Error(`${entry} is not an entry of the build: list it in build.rollupOptions.input`);
        const story = Object.keys(bundle).find((fileName) => VALIDATED_STORY_FILE.test(fileName));
        // Without a validated story (the build found none to validate) the page fetches as it goes.
        if (story === undefined) return [];
        // High priority: an async script is fetched after the page's other scripts otherwise.
        const attrs = { type: "module", async: true, crossorigin: true, fetchpriority: "high", src: `./${chunk.fileName}`, "data-prefetch": `${catalog} ${story}` };
        return [{ tag: "script", attrs, injectTo: "head-prepend" } satisfies HtmlTagDescriptor];
      },
    },
  };
}
