import { useRef } from "react";

/** The file types a story can come in: a story file or plain GeoJSON. */
const STORY_FILE_TYPES = ".json,.geojson,application/json,application/geo+json";

/** A map button that opens a story file from the reader's computer, through a hidden file input. */
export function OpenStoryButton({ onFile }: { onFile: (file: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="map-control__button map-action"
        onClick={() => input.current?.click()}
        title="Open a story file from this computer (or drop one on the map)"
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M1.5 3.5h4.5l1.5 1.5h7v8.5h-13z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
        </svg>
        <span className="map-action__label">Open story</span>
      </button>
      <input
        ref={input}
        type="file"
        accept={STORY_FILE_TYPES}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again, after fixing it, loads it again.
          event.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
    </>
  );
}
