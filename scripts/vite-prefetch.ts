import { resolve } from "node:path";
import type { HtmlTagDescriptor, Plugin } from "vite";

/**
 * Puts a tiny script first in a page's head, `async`, so it runs the moment it arrives: it starts
 * the first story's downloads (src/boot/prefetch.ts) while the page's larger scripts are still on
 * their way. Vite would fold a second module script of the page into its one entry, which runs only
 * after every module of the app has arrived, so the script is an entry of the build of its own.
 * @param entry - the script's source, also listed in the build's inputs
 * @param pages - the pages that run it
 */
export function prefetchFirstStory({ entry, pages }: { entry: string; pages: readonly string[] }): Plugin {
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
        return [{ tag: "script", attrs: { type: "module", async: true, crossorigin: true, src: `./${chunk.fileName}` }, injectTo: "head-prepend" } satisfies HtmlTagDescriptor];
      },
    },
  };
}
