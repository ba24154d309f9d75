import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { readFile, stat } from "node:fs/promises";
import { extname, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root, so `root: "dist"` works whatever the cwd. */
const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export interface StaticServerOptions {
  /** Folder to serve (the built site). Relative paths resolve against the repo root. Default `dist`. */
  root?: string;
  /** Sub-path the site is mounted under; proves the build only uses relative URLs. Default `/any/sub/path/`. */
  basePath?: string;
  /** Extra headers added to every response, e.g. `{ "Content-Security-Policy": "default-src 'self'" }`. */
  headers?: Record<string, string>;
  /**
   * Extra folders served beside the site, by URL folder under the sub-path, e.g.
   * `{ "fixtures/": "/tmp/stories" }` serves `/tmp/stories/a.json` at `<site>/fixtures/a.json`.
   * Relative folders resolve against the repo root.
   */
  mounts?: Record<string, string>;
}

export interface StaticServer {
  /** Site URL including the sub-path, e.g. `http://127.0.0.1:41234/any/sub/path/`. */
  url: string;
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** Every request as `"METHOD /path?query STATUS"`, in order. */
  requests: string[];
  close(): Promise<void>;
}

export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".map": "application/json; charset=utf-8",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

function normaliseBasePath(basePath: string): string {
  let base = basePath.startsWith("/") ? basePath : `/${basePath}`;
  if (!base.endsWith("/")) base += "/";
  return base;
}

/** Tiny static file server for the built site, bound to 127.0.0.1 on a random free port. */
export async function startStaticServer(options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(REPO_ROOT, options.root ?? "dist");
  const basePath = normaliseBasePath(options.basePath ?? "/any/sub/path/");
  const extraHeaders = options.headers ?? {};
  const mounts = Object.entries(options.mounts ?? {}).map(([prefix, folder]) => ({
    prefix: prefix.replace(/^\/+/, "").replace(/\/*$/, "/"),
    folder: resolve(REPO_ROOT, folder),
  }));
  const requests: string[] = [];

  await stat(resolve(root, "index.html")).catch(() => {
    throw new Error(`No ${resolve(root, "index.html")}: build the site first (npx vite build).`);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<number> {
    for (const [name, value] of Object.entries(extraHeaders)) response.setHeader(name, value);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");

    const send = (status: number, body: string, type = "text/plain; charset=utf-8"): number => {
      response.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
      response.end(request.method === "HEAD" ? undefined : body);
      return status;
    };

    if (request.method !== "GET" && request.method !== "HEAD") {
      response.setHeader("Allow", "GET, HEAD");
      return send(405, "Method Not Allowed\n");
    }

    const rawPath = (request.url ?? "/").split("?")[0]!.split("#")[0]!;
    // The mount point without its trailing slash redirects, like any static host would.
    if (rawPath === basePath.slice(0, -1)) {
      response.setHeader("Location", basePath);
      return send(301, "Moved Permanently\n");
    }
    if (!rawPath.startsWith(basePath)) return send(404, "Not Found\n");

    let relative: string;
    try {
      relative = decodeURIComponent(rawPath.slice(basePath.length));
    } catch {
      return send(400, "Bad Request\n");
    }
    if (relative.includes("\0")) return send(400, "Bad Request\n");
    // Refuse traversal outright, whether written as `..` segments or with backslashes.
    const segments = relative.split(/[\\/]+/);
    if (segments.some((segment) => segment === "..")) return send(404, "Not Found\n");
    const mount = mounts.find(({ prefix }) => relative.startsWith(prefix));
    const folder = mount?.folder ?? root;
    if (mount) relative = relative.slice(mount.prefix.length);
    if (relative === "" || relative.endsWith("/")) relative += "index.html";

    const file = resolve(folder, relative);
    if (file !== folder && !file.startsWith(folder + sep)) return send(404, "Not Found\n");

    let body: Buffer;
    try {
      const info = await stat(file);
      if (!info.isFile()) return send(404, "Not Found\n");
      body = await readFile(file);
    } catch {
      return send(404, "Not Found\n");
    }
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
    response.writeHead(200, { "Content-Type": type, "Content-Length": body.length });
    response.end(request.method === "HEAD" ? undefined : body);
    return 200;
  }

  const server = createServer((request, response) => {
    handle(request, response).then(
      (status) => requests.push(`${request.method} ${request.url} ${status}`),
      (error: unknown) => {
        requests.push(`${request.method} ${request.url} 500`);
        if (!response.headersSent) response.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        response.end(`Internal Server Error: ${String(error)}\n`);
      },
    );
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once("error", rejectListen);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", rejectListen);
      resolveListen();
    });
  });

  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}${basePath}`,
    origin,
    requests,
    close: () =>
      new Promise<void>((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
