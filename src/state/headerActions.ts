import { editQuery } from "./urlOptions";

/** The full page's header buttons, in order: drawn by React (HeaderActions) and by the page's entry's early view. */
export const HEADER_BUTTONS = [
  { action: "present", label: "Present" },
  { action: "share", label: "Share and embed" },
  { action: "help", label: "Keyboard shortcuts", key: "?" },
] as const;

/** The story builder's page, beside the map's (builder.html): where a newsroom makes a story from an article. */
export const BUILDER_LINK = { href: "./builder.html", label: "Make a story" } as const;

export type HeaderAction = (typeof HEADER_BUTTONS)[number]["action"];

/** The header's link between the map and the text-only view, for the page's own address. */
export function viewSwitchLink({ pathname, search, hash }: Pick<Location, "pathname" | "search" | "hash">, textOnly: boolean): { href: string; label: string } {
  return textOnly
    ? { href: `${pathname}${editQuery(search, { view: null })}${hash}`, label: "Back to the map" }
    : { href: `${pathname}${editQuery(search, { view: "text" })}`, label: "Text only" };
}
