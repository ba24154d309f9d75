import { useCallback, useState } from "react";
import type { Basemap } from "../../geo/basemap";
import type { BasemapDetail } from "../../geo/basemapFiles";
import type { BasemapWater } from "../../geo/basemapWater";
import { pageIsOffline } from "../../data/inlineFiles";
import { editQuery } from "../../state/urlOptions";
import type { Story } from "../../story/model";
import { Notices, type Notice } from "../Notices";
import type { Surface } from "../surface";
import { BriefingView } from "./BriefingView";
import { PresenterView } from "./PresenterView";
import { SaveOfflineButton } from "./SaveOfflineButton";

interface BriefingScreenProps {
  mode: "briefing" | "presenter";
  story: Story;
  surface: Surface;
  basemap: Basemap | null;
  water: BasemapWater | null;
  /** The 1:50m cells, drawn where the map is from the detail zoom on. */
  detail: BasemapDetail | null;
  scheme: "light" | "dark";
  /** Where the story was read from; null for a file the reader opened, which cannot be saved offline. */
  storyUrl: string | null;
  onExit: () => void;
}

/** The step `?step=` asks for, from 0, or the nearest one there is, with a word when it is not there. */
function firstStep(asked: number | null, count: number): { index: number; notice: Notice | null } {
  if (asked === null) return { index: 0, notice: null };
  if (asked <= count) return { index: asked - 1, notice: null };
  return { index: count - 1, notice: { id: "step", text: `?step=${asked} was ignored: this briefing has ${count} step${count === 1 ? "" : "s"}, so it opens at the last.` } };
}

/** Briefing mode or the presenter's window, with `?step=` kept up to date. */
export function BriefingScreen({ mode, story, surface, basemap, water, detail, scheme, storyUrl, onExit }: BriefingScreenProps) {
  const [start] = useState(() => firstStep(surface.options.step, story.briefing.steps.length));
  const [notices, setNotices] = useState<Notice[]>(() => (start.notice ? [start.notice] : []));
  const dismiss = useCallback((id: string) => setNotices((current) => current.filter((notice) => notice.id !== id)), []);
  const addNotice = (notice: Notice) => setNotices((current) => [...current.filter((each) => each.id !== notice.id), notice]);
  const { remember } = surface;
  // The mode goes with the step, so that a reload (a presenter's F5) stays in the briefing.
  const onStep = useCallback((index: number) => remember({ mode, step: String(index + 1) }), [remember, mode]);
  // One story's windows talk to each other, not to another story's briefing in another tab.
  const storyKey = `${surface.options.story.kind === "url" ? surface.options.story.url : "default"}#${story.title}`;
  const openPresenter = (index: number) => {
    const href = `${window.location.pathname}${editQuery(window.location.search, { mode: "presenter", step: String(index + 1) })}`;
    window.open(href, "article-map-presenter", "popup,width=1100,height=720");
  };
  const openHandout = () => window.open(`${window.location.pathname}${editQuery(window.location.search, { mode: "handout", step: null })}`, "_blank");
  const messages = notices.length > 0 && <div className="map-messages"><Notices notices={notices} onDismiss={dismiss} /></div>;
  if (mode === "presenter") {
    return (
      <>
        {messages}
        <PresenterView story={story} initialStep={start.index} onStep={onStep} storyKey={storyKey} />
      </>
    );
  }
  return (
    <BriefingView
      story={story}
      basemap={basemap}
      water={water}
      detail={detail}
      scheme={scheme}
      initialStep={start.index}
      onStep={onStep}
      onExit={onExit}
      onPresenter={openPresenter}
      onHandout={openHandout}
      storyKey={storyKey}
      saveOffline={storyUrl !== null && !pageIsOffline() && (
        <SaveOfflineButton storyUrl={storyUrl} siteBase={surface.siteBase} onError={(text) => addNotice({ id: "offline", text })} />
      )}
    >
      {messages}
    </BriefingView>
  );
}
