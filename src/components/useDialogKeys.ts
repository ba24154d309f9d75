import { useEffect, useRef } from "react";

/** The focused element, looking inside shadow roots (an <article-map>'s focus shows as the element itself). */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * The keyboard contract of a dialog: Escape closes it, and when it closes focus goes back to
 * whatever had it when the dialog opened (if that is still on the page). Escape is heard in the
 * opener's document or shadow root, so a second map on the page keeps its own dialogs.
 * @param onClose - closes the dialog
 */
export function useDialogKeys(onClose: () => void): void {
  const opener = useRef<Element | null>(deepActiveElement());
  useEffect(() => {
    const returnTo = opener.current;
    const scope = returnTo?.getRootNode() ?? document;
    const closeOnEscape = (event: Event) => {
      if ((event as KeyboardEvent).key === "Escape") onClose();
    };
    scope.addEventListener("keydown", closeOnEscape);
    return () => {
      scope.removeEventListener("keydown", closeOnEscape);
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus();
    };
  }, [onClose]);
}
