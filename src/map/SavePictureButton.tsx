import { useState } from "react";
import { useMap } from "react-leaflet";
import { download } from "../browser/download";

interface SavePictureButtonProps {
  /** The downloaded file's name, without `.png`. */
  fileName: string;
  /** The credits printed along the bottom of the picture. */
  attribution: string;
  /** Told, as a sentence to show the reader, when the picture could not be made. */
  onError: (message: string) => void;
}


/** Saves the map as it shows now as a PNG with its credits, for slides made elsewhere. */
export function SavePictureButton({ fileName, attribution, onError }: SavePictureButtonProps) {
  const map = useMap();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (saving) return;
    setSaving(true);
    try {
      // The drawing code loads on the first click: few readers save a picture.
      const { mapPicture } = await import("./mapPicture");
      download(await mapPicture(map, attribution), `${fileName}.png`);
    } catch (error) {
      onError(`The map could not be saved as a picture: ${error instanceof Error ? error.message : String(error)}.`);
    } finally {
      setSaving(false);
    }
  };
  return (
    // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
    <button
      type="button"
      className="map-control__button map-action"
      aria-disabled={saving}
      onClick={() => void save()}
      title="Save the map as it shows now as a PNG picture, with its credits"
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d="M8 1.5v8.5M4.5 6.5 8 10l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M1.5 10.5v4h13v-4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
      </svg>
      <span className="map-action__label">{saving ? "Saving…" : "Save as PNG"}</span>
    </button>
  );
}
