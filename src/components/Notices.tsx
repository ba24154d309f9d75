export interface Notice {
  id: string;
  text: string;
}

interface NoticesProps {
  notices: readonly Notice[];
  onDismiss: (id: string) => void;
}

/** Messages about the URL or the story that the reader should know, each dismissible. */
export function Notices({ notices, onDismiss }: NoticesProps) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.text}</span>
          <button type="button" className="notice__dismiss" onClick={() => onDismiss(notice.id)} aria-label="Dismiss message">×</button>
        </p>
      ))}
    </div>
  );
}
