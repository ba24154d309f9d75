import { useEffect, useRef, type ReactNode } from "react";
import { useDialogKeys } from "./useDialogKeys";

interface ModalDialogProps {
  className: string;
  /** Id of the dialog's heading, which names it. */
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A native modal dialog: the page behind is inert and Tab stays inside. Escape, or a click on the
 * backdrop (the dialog element itself, outside its content), closes it, and focus goes back to
 * where it was. Give the content its own padded box, so a click in the padding is not outside.
 */
export function ModalDialog({ className, labelledBy, onClose, children }: ModalDialogProps) {
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
      className={className}
      aria-labelledby={labelledBy}
      // Escape is the hook's: the dialog closes when React stops rendering it, not before.
      onCancel={(event) => event.preventDefault()}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      {children}
    </dialog>
  );
}
