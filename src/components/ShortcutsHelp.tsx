import { SHORTCUTS } from "../state/shortcuts";
import { ModalDialog } from "./ModalDialog";

/**
 * The keyboard shortcuts, read from the same table as the README; Escape, the button or a click
 * outside closes it.
 */
export function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  return (
    <ModalDialog className="shortcuts" labelledBy="shortcuts-title" onClose={onClose}>
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
    </ModalDialog>
  );
}
