import { SavePictureButton } from "../map/SavePictureButton";
import type { Story } from "../story/model";
import { creditsLine } from "./Credits";
import { OpenStoryButton } from "./OpenStoryButton";
import type { Surface } from "./surface";
import { TilesToggle } from "./TilesToggle";

interface MapButtonsProps {
  story: Story;
  surfaceKind: Surface["kind"];
  onFile: (file: File) => void;
  tiles: boolean;
  onToggleTiles: () => void;
  /** Told, as a sentence to show the reader, when the picture could not be made. */
  onPictureError: (message: string) => void;
}

/** The map's upper-right buttons: open a story file, online tiles, save a picture. */
export function MapButtons({ story, surfaceKind, onFile, tiles, onToggleTiles, onPictureError }: MapButtonsProps) {
  return (
    <>
      {surfaceKind === "app" && <OpenStoryButton onFile={onFile} />}
      <TilesToggle on={tiles} onToggle={onToggleTiles} />
      {/* A sandboxed embed may not download; the full map it links to can. */}
      {surfaceKind !== "embed" && <SavePictureButton fileName={story.file.id} attribution={creditsLine(story)} onError={onPictureError} />}
    </>
  );
}
