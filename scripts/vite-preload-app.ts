import type { HtmlTagDescriptor, Plugin } from "vite";

/**
 * The pages' entry scripts are small on purpose: they start the story's download, then import the
 * app (src/main.tsx). Vite preloads a dynamic import's files only once the import runs, so this
 * lists them in the page as well (`modulepreload`): the browser fetches the app's script while it
 * fetches the entry, not after it.
 */
export function preloadApp({ except = [] }: { except?: readonly string[] } = {}): Plugin {
  return {
    name: "article-map-preload-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, { chunk, bundle, path }) {
        if (!chunk || !bundle || except.some((page) => path === `/${page}`)) return [];
        const closure = (roots: readonly string[]) => {
          const files = new Set<string>();
          const visit = (fileName: string) => {
            const each = bundle[fileName];
            if (each?.type !== "chunk" || files.has(fileName)) return;
            files.add(fileName);
            for (const imported of each.imports) visit(imported);
          };
          roots.forEach(visit);
          return files;
        };
        // Vite already lists the entry's own static imports, transitively.
        const listed = closure([chunk.fileName]);
        return [...closure(chunk.dynamicImports)].filter((fileName) => !listed.has(fileName)).map((fileName): HtmlTagDescriptor => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `./${fileName}` },
          injectTo: "head",
        }));
      },
    },
  };
}

