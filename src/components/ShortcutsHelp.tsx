import { useEffect, useRef } from "react";
import { SHORTCUTS } from "../state/shortcuts";
import { useDialogKeys } from "./useDialogKeys";

/**
 * The keyboard shortcuts, read from the same table as the README; Escape, the button or a click
 * outside closes it. A native modal dialog, so the page behind is inert and Tab stays inside.
 */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useDialogKeys(onClose);
  useEffect(() => {
    const element = dialog.current;
    // Where showModal is missing (old browsers, jsdom) the dialog still shows, though not modal.
    if (element?.showModal) element.showModal();
    else element?.setAttribute("open", "");
    return () => element?.close?.();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="shortcuts"
      aria-labelledby="shortcuts-title"
      // Escape is the hook's: the dialog closes when React stops rendering it, not before.
      onCancel={(event) => event.preventDefault()}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div className="shortcuts__body">
        <div className="shortcuts__head">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button type="button" autoFocus className="shortcuts__close" onClick={onClose} aria-label="Close keyboard shortcuts">×</button>
        </div>
        <table className="shortcuts__table">
          <thead>
            <tr><th scope="col">Keys</th><th scope="col">Where</th><th scope="col">What it does</th></tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={`${shortcut.keys} ${shortcut.where}`}>
                <td><kbd>{shortcut.keys}</kbd></td>
                <td>{shortcut.where}</td>
                <td>{shortcut.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </dialog>
  );
}
