import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStaticServer, type StaticServer } from "./server";

export interface HostSite extends StaticServer {
  /** URL of one of the pages, on the host's origin. */
  page(name: string): string;
}

/**
 * A newsroom's site for the map to be embedded in: its own pages on its own origin ("localhost"
 * where the map is on "127.0.0.1", so another site to the browser, as it would be in the wild).
 * @param pages - file name to HTML
 */
export async function startHostSite(pages: Record<string, string>): Promise<HostSite> {
  const folder = await mkdtemp(join(tmpdir(), "article-map-host-"));
  for (const [name, html] of Object.entries({ "index.html": "<!doctype html><title>Host</title>", ...pages })) {
    await writeFile(join(folder, name), html);
  }
  const server = await startStaticServer({ root: folder, basePath: "/news/" });
  const url = server.url.replace("127.0.0.1", "localhost");
  return {
    ...server,
    url,
    origin: server.origin.replace("127.0.0.1", "localhost"),
    page: (name) => `${url}${name}`,
    close: async () => {
      await server.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** A plain host page around some HTML, with the host's own styles, if any. */
export function hostPage(body: string, style = ""): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<style>body { font: 18px/1.6 Georgia, serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; } ${style}</style></head>
<body><h1>Newsroom story</h1><p>Some words before the map.</p>${body}<p>Some words after the map.</p></body></html>`;
}
