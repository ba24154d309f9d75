import { editQuery } from "../state/urlOptions";
import type { Surface } from "./surface";

/** The full page's header links and buttons: the text-only view, the briefing, sharing and the shortcuts. */
export function HeaderActions({ surface, onHelp, onShare, onPresent }: { surface: Surface; onHelp: () => void; onShare: () => void; onPresent: () => void }) {
  const { pathname, search, hash } = window.location;
  return (
    <>
      {surface.options.textOnly
        ? <a href={`${pathname}${editQuery(search, { view: null })}${hash}`}>Back to the map</a>
        : <a href={`${pathname}${editQuery(search, { view: "text" })}`}>Text only</a>}
      <button type="button" className="story-header__help" onClick={onPresent}>Present</button>
      <button type="button" className="story-header__help" onClick={onShare}>Share and embed</button>
      <button type="button" className="story-header__help" onClick={onHelp}>Keyboard shortcuts <kbd>?</kbd></button>
    </>
  );
}
