import { useEffect, useRef, useState, type DragEvent as ReactDragEvent, type ReactNode } from "react";

interface FileDropZoneProps {
  className: string;
  onFile: (file: File) => void;
  children: ReactNode;
}

const carriesFiles = (data: DataTransfer | null) => data !== null && Array.from(data.types).includes("Files");

/** Takes over a drag that carries files (the browser would otherwise open them); leaves others alone. */
function acceptFiles(event: ReactDragEvent<HTMLElement>): boolean {
  if (!carriesFiles(event.dataTransfer)) return false;
  event.preventDefault();
  return true;
}

/**
 * The map area, which takes a story file dropped on it and shows where to drop while a file is
 * dragged over it. Text or links dragged around are left alone.
 */
export function FileDropZone({ className, onFile, children }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);
  // dragenter and dragleave fire for every element crossed inside the zone; counting them tells
  // when the file has really left it.
  const depth = useRef(0);

  useEffect(() => {
    // A file dropped beside the zone (on the header) would make the browser leave the page to show it.
    const stay = (event: DragEvent) => {
      if (carriesFiles(event.dataTransfer)) event.preventDefault();
    };
    window.addEventListener("dragover", stay);
    window.addEventListener("drop", stay);
    return () => {
      window.removeEventListener("dragover", stay);
      window.removeEventListener("drop", stay);
    };
  }, []);

  return (
    <main
      className={className}
      onDragEnter={(event) => {
        if (!acceptFiles(event)) return;
        depth.current += 1;
        setDragging(true);
      }}
      onDragOver={(event) => {
        if (acceptFiles(event)) event.dataTransfer.dropEffect = "copy";
      }}
      onDragLeave={(event) => {
        if (!acceptFiles(event)) return;
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setDragging(false);
      }}
      onDrop={(event) => {
        if (!acceptFiles(event)) return;
        depth.current = 0;
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p className="drop-overlay__text">Drop a story file to open it</p>
          <p className="drop-overlay__hint">A story (.json) or GeoJSON (.geojson) file</p>
        </div>
      )}
    </main>
  );
}
