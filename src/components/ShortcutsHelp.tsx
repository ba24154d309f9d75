import { useEffect, useRef } from "react";
import { SHORTCUTS } from "../state/shortcuts";
import { useDialogKeys } from "./useDialogKeys";

/** The keyboard shortcuts, read from the same table as the README; Escape or the button closes it. */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const close = useRef<HTMLButtonElement>(null);
  useDialogKeys(onClose);
  useEffect(() => close.current?.focus(), []);
  return (
    <div className="shortcuts-backdrop" onClick={onClose}>
      <div className="shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" onClick={(event) => event.stopPropagation()}>
        <div className="shortcuts__head">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <button type="button" ref={close} className="shortcuts__close" onClick={onClose} aria-label="Close keyboard shortcuts">×</button>
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
    </div>
  );
}
