import { BUILDER_LINK, HEADER_BUTTONS, viewSwitchLink, type HeaderAction } from "../state/headerActions";
import { pageIsOffline } from "../data/inlineFiles";
import type { Surface } from "./surface";

/** The full page's header links and buttons: the text-only view, the story builder, the briefing, sharing and the shortcuts. */
export function HeaderActions({ surface, on }: { surface: Surface; on: Record<HeaderAction, () => void> }) {
  const link = viewSwitchLink(window.location, surface.options.textOnly);
  return (
    <>
      <a href={link.href}>{link.label}</a>
      {/* An offline copy is one file: it has no builder beside it. */}
      {!pageIsOffline() && <a href={BUILDER_LINK.href}>{BUILDER_LINK.label}</a>}
      {HEADER_BUTTONS.map((button) => (
        <button key={button.action} type="button" className="story-header__help" onClick={on[button.action]}>
          {button.label}
          {"key" in button && <> <kbd>{button.key}</kbd></>}
        </button>
      ))}
    </>
  );
}
