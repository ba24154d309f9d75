import { useEffect, useRef } from "react";

/**
 * The keyboard contract of a dialog: Escape closes it, and when it closes focus goes back to
 * whatever had it when the dialog opened (if that is still on the page).
 * @param onClose - closes the dialog
 */
export function useDialogKeys(onClose: () => void): void {
  const opener = useRef<Element | null>(document.activeElement);
  useEffect(() => {
    const returnTo = opener.current;
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key === "Escape") onClose();
    };
    document.addEventListener("keydown", closeOnEscape);
    return () => {
      document.removeEventListener("keydown", closeOnEscape);
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, [onClose]);
}
