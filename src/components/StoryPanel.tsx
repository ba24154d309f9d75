import type { Story } from "../story/model";
import type { DayRange } from "../story/dayRange";
import { ArticlePanel } from "./ArticlePanel";
import { PanelTabs } from "./PanelTabs";
import { PlaceList } from "./PlaceList";
import { Timeline } from "./Timeline";
import { wholeNumber } from "../story/figures";

interface StoryPanelProps {
  story: Story;
  tab: string;
  onTab: (tab: string) => void;
  selectedId: string | null;
  onSelectPlace: (placeId: string) => void;
  /** Places a date range leaves on the map; null when there is no range. */
  visibleIds: ReadonlySet<string> | null;
  range: DayRange;
  onRangeChange: (range: DayRange) => void;
  selectedEventId: string | null;
  onSelectEvent: (eventId: string) => void;
}

/** The side panel: the article, the places and the timeline, each a tab when the story has it. */
export function StoryPanel(props: StoryPanelProps) {
  const { story, tab, onTab, selectedId, onSelectPlace, visibleIds, range, onRangeChange, selectedEventId, onSelectEvent } = props;
  return (
    <aside className="side-panel" aria-label="Story">
      <PanelTabs
        label="Story"
        current={story.file.article ? tab : "places"}
        onChange={onTab}
        tabs={[
          ...(story.file.article
            ? [{ id: "article", label: "Article", content: <ArticlePanel story={story} selectedId={selectedId} onSelectPlace={onSelectPlace} /> }]
            : []),
          { id: "places", label: `Places (${wholeNumber(story.places.length)})`, content: <PlaceList story={story} selectedId={selectedId} onSelect={onSelectPlace} visibleIds={visibleIds} /> },
          ...(story.file.events.length > 0
            ? [{ id: "timeline", label: "Timeline", content: <Timeline story={story} range={range} onRangeChange={onRangeChange} selectedEventId={selectedEventId} onSelectEvent={onSelectEvent} /> }]
            : []),
        ]}
      />
    </aside>
  );
}
