import { resolve } from "node:path";
import type { Plugin } from "vite";

/**
 * Puts everything a page's entry imports statically (Leaflet, the story's loading, the early view)
 * into one chunk, so the first view waits for two scripts rather than ten: the modules it shares
 * with the app's lazy chunks would otherwise each become a small chunk of its own, and every
 * request costs the page a turn. Modules that smaller entries need before any lazy import (the
 * prefetch, the `<article-map>` element, the host script) stay out, or those entries would load
 * the whole chunk.
 * @param entry - the page's entry module, e.g. `src/main.tsx`
 * @param apart - entries whose static imports stay out of the chunk
 * @returns the plugin that reads the module graph, and the test for a code-splitting group
 */
export function firstViewChunk({ entry, apart }: { entry: string; apart: readonly string[] }): { plugin: Plugin; test: (id: string) => boolean } {
  const members = new Set<string>();
  const plugin: Plugin = {
    name: "article-map-first-view-chunk",
    apply: "build",
    buildEnd() {
      const closure = (root: string) => {
        const seen = new Set<string>();
        const visit = (id: string) => {
          if (seen.has(id)) return;
          seen.add(id);
          for (const next of this.getModuleInfo(id)?.importedIds ?? []) visit(next);
        };
        visit(resolve(root));
        return seen;
      };
      const kept = closure(entry);
      kept.delete(resolve(entry));
      for (const other of apart) for (const id of closure(other)) kept.delete(id);
      members.clear();
      for (const id of kept) if (!/\.css($|\?)/.test(id)) members.add(id);
    },
  };
  return { plugin, test: (id) => members.has(id) };
}
