import type { ReactNode } from "react";
import { isWebLink } from "../browser/webLink";

/**
 * A link out of the app. Only http(s) URLs become links (never `javascript:` or `data:`), and
 * they open without giving the new page a handle on this one.
 */
export function ExternalLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  if (!isWebLink(href)) return <>{children}</>;
  return <a href={href} target="_blank" rel="noopener noreferrer">{children}</a>;
}
