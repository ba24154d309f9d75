import type { ReactNode } from "react";
import { useDialogKeys } from "./useDialogKeys";

interface PlacePanelProps {
  label: string;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog for a place that has no position to hang a popup on; Escape or the button closes it. */
export function PlacePanel({ label, onClose, children }: PlacePanelProps) {
  useDialogKeys(onClose);
  return (
    <aside className="place-panel" role="dialog" aria-label={label}>
      <button type="button" className="place-panel__close" onClick={onClose} aria-label={`Close ${label}`}>×</button>
      {children}
    </aside>
  );
}
