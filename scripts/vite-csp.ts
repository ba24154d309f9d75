import type { Plugin } from "vite";

/**
 * The Content-Security-Policy of the built pages. Nothing from a story may ever run, so scripts
 * come only from the site itself; the dev server is left alone because it injects inline scripts.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // OpenStreetMap's tile server, and only it, for the opt-in "Online map tiles" (`?tiles=osm`).
  "img-src 'self' data: https://tile.openstreetmap.org",
  // `?story=` may name a story on any http(s) site that allows it with CORS, and those sites are
  // not known in advance. Only fetch() reaches them, and what it brings back is parsed as JSON
  // data: scripts stay 'self' alone, so a story can never run code.
  "connect-src 'self' https: http:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export function contentSecurityPolicy(): Plugin {
  return {
    name: "article-map-csp",
    apply: "build",
    // Last of the plugins that prepend to the head (vite.config.ts lists it after them): a policy
    // in a <meta> covers only what follows it.
    transformIndexHtml: {
      order: "post",
      handler: () => [
        { tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY }, injectTo: "head-prepend" },
      ],
    },
  };
}
