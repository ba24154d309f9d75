import { useState } from "react";
import { download } from "../../browser/download";
import { loadOfflineBriefing, loadStoryText } from "../../data/fetchers";
import { offlineBriefingWith, storyIdFromUrl } from "../../data/offlineCopy";

interface SaveOfflineButtonProps {
  /** Where the story was read from, relative to the site or absolute. */
  storyUrl: string;
  siteBase: string;
  onError: (message: string) => void;
}

/**
 * Downloads the briefing as one file that works from disk with no network: the build's offline
 * briefing, carrying this story. For a presenter's laptop in a room with no network.
 */
export function SaveOfflineButton({ storyUrl, siteBase, onError }: SaveOfflineButtonProps) {
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (saving) return;
    setSaving(true);
    try {
      const [page, story] = await Promise.all([loadOfflineBriefing(siteBase), loadStoryText(storyUrl, siteBase)]);
      const id = storyIdFromUrl(storyUrl);
      const html = offlineBriefingWith(page, id, story);
      if (html === null) throw new Error("offline-briefing.html on this site is not an offline briefing");
      download(new Blob([html], { type: "text/html" }), `${id}-briefing.html`);
    } catch (error) {
      onError(`The offline copy could not be made: ${error instanceof Error ? error.message : String(error)}.`);
    } finally {
      setSaving(false);
    }
  };
  return (
    <button type="button" onClick={() => void save()} aria-disabled={saving}>
      {saving ? "Saving…" : "Save offline copy"}
    </button>
  );
}
