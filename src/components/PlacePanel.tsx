import { useEffect, useRef, type ReactNode } from "react";

interface PlacePanelProps {
  label: string;
  onClose: () => void;
  children: ReactNode;
}

/** A dialog for a place that has no position to hang a popup on; Escape or the button closes it. */
export function PlacePanel({ label, onClose, children }: PlacePanelProps) {
  const opener = useRef<Element | null>(document.activeElement);
  useEffect(() => {
    const button = opener.current;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("keydown", closeOnEscape);
      if (button instanceof HTMLElement && button.isConnected) button.focus();
    };
  }, [onClose]);
  return (
    <aside className="place-panel" role="dialog" aria-label={label}>
      <button type="button" className="place-panel__close" onClick={onClose} aria-label={`Close ${label}`}>×</button>
      {children}
    </aside>
  );
}
