import { useCallback, useEffect, useMemo, useState } from "react";
import { loadCountries, loadWater } from "../data/fetchers";
import { buildBasemap, type Basemap } from "../geo/basemap";
import type { BasemapWater } from "../geo/basemapWater";
import { StoryMap, type Selection } from "../map/StoryMap";
import { chooseInitialView } from "../state/initialView";
import { useColourScheme } from "./useColourScheme";
import { defaultStoryHref, editQuery, readUrlState } from "../state/urlOptions";
import { PRECISION_LABELS, type Story } from "../story/model";
import { isOpenRange, placesWithEventsInRange, type DayRange } from "../story/timeline";
import "../styles/articlePanel.css";
import "../styles/views.css";
import { ArticlePanel } from "./ArticlePanel";
import { Credits } from "./Credits";
import { FileDropZone } from "./FileDropZone";
import { LoadProblem } from "./LoadProblem";
import { Notices, type Notice } from "./Notices";
import { OffMapPlaces } from "./OffMapPlaces";
import { PanelTabs } from "./PanelTabs";
import { OpenStoryButton } from "./OpenStoryButton";
import { PlaceDetails } from "./PlaceDetails";
import { PlaceList } from "./PlaceList";
import { ShortcutsHelp } from "./ShortcutsHelp";
import { TextView } from "./TextView";
import { Timeline } from "./Timeline";
import { PlacePanel } from "./PlacePanel";
import { ProblemsPanel } from "./ProblemsPanel";
import { SkippedItems } from "./SkippedItems";
import { StoryHeader } from "./StoryHeader";
import { TilesToggle } from "./TilesToggle";
import { useStoryLoader } from "./useStoryLoader";

const TILES_UNAVAILABLE: Notice = { id: "tiles-unavailable", text: "Online map tiles are unavailable; showing the offline map." };

/** Rewrites the query string in place (replaceState: no history entry), keeping the rest of the URL. */
function replaceQuery(changes: Readonly<Record<string, string | null>>, keepHash = true): void {
  const { pathname, search, hash } = window.location;
  history.replaceState(history.state, "", `${pathname}${editQuery(search, changes)}${keepHash ? hash : ""}`);
}

/** The article map page: loads the story and the basemap, then shows the map. */
export function App() {
  const url = useMemo(() => readUrlState(window.location.href), []);
  const scheme = useColourScheme(url.theme);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [water, setWater] = useState<BasemapWater | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [tiles, setTiles] = useState(url.tiles !== null);
  const [panelTab, setPanelTab] = useState("article");
  const [range, setRange] = useState<DayRange>(url.range);
  const [selectedEventId, setSelectedEventId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const closeHelp = useCallback(() => setHelpOpen(false), []);

  useEffect(() => {
    const openHelp = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable]") !== null && target !== null;
      if (event.key === "?" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) setHelpOpen(true);
    };
    document.addEventListener("keydown", openHelp);
    return () => document.removeEventListener("keydown", openHelp);
  }, []);
  const [notices, setNotices] = useState<Notice[]>(() => url.problems.map((text, index) => ({ id: `url-${index}`, text })));
  const addNotice = useCallback((notice: Notice) => setNotices((current) => [...current.filter((each) => each.id !== notice.id), notice]), []);
  const dismiss = useCallback((id: string) => setNotices((current) => current.filter((notice) => notice.id !== id)), []);

  const onStory = useCallback((story: Story, from: "start" | "file") => {
    if (from === "file") {
      // The new story is not the one ?story= and ?place= name, and its map starts at its own view.
      setSelection(null);
      dismiss("unknown-place");
      replaceQuery({ story: null, place: null }, false);
    } else if (url.place && !story.placeById.has(url.place)) {
      addNotice({ id: "unknown-place", text: `There is no place with the id "${url.place}" in this story, so none was opened.` });
    } else if (url.place) {
      setSelection({ placeId: url.place });
    }
  }, [url, addNotice, dismiss]);
  const { load, fileProblem, openFile, dismissFileProblem, dismissSkipped } = useStoryLoader(url.story, onStory);

  useEffect(() => {
    const failed = (what: string) => (error: unknown) => addNotice({
      id: what,
      text: `The offline ${what} could not be drawn (${error instanceof Error ? error.message : String(error)}); places are still shown.`,
    });
    loadCountries()
      .then((topology) => setBasemap(buildBasemap(topology)))
      // Lakes and rivers are not needed for the first view, so they are asked for after the countries.
      .then(() => loadWater().then(setWater, failed("lakes and rivers")))
      .catch(failed("basemap"));
  }, [addNotice]);

  useEffect(() => {
    if (load.status === "ready") document.title = `${load.story.title} · Article map`;
  }, [load]);

  // The selected place is one piece of state, shared by the map, the text and the URL (?place=).
  const select = useCallback((next: Selection) => {
    setSelection(next);
    replaceQuery({ place: next.placeId });
  }, []);
  const selectFromOutside = useCallback((placeId: string) => {
    select({ placeId, fromOutside: true, serial: Date.now() });
  }, [select]);
  const changeRange = useCallback((next: DayRange) => {
    setRange(next);
    replaceQuery({ from: next.from, to: next.to });
  }, []);
  const closePlace = useCallback((placeId: string) => {
    setSelection((current) => {
      if (current?.placeId !== placeId) return current;
      replaceQuery({ place: null });
      return null;
    });
  }, []);
  const toggleTiles = () => {
    const next = !tiles;
    setTiles(next);
    if (!next) dismiss(TILES_UNAVAILABLE.id);
    replaceQuery({ tiles: next ? "osm" : null });
  };
  const tilesUnavailable = useCallback(() => addNotice(TILES_UNAVAILABLE), [addNotice]);

  // A date range narrows the map and the list to the places where something happened then.
  const loadedStory = load.status === "ready" ? load.story : null;
  const visibleIds = useMemo(
    () => (loadedStory && !isOpenRange(range) ? new Set(placesWithEventsInRange(loadedStory, range)) : null),
    [loadedStory, range],
  );

  if (load.status === "failed") {
    return <LoadProblem file={load.file} problems={load.problems} defaultHref={load.offerDefault ? defaultStoryHref(window.location.href) : undefined} />;
  }
  if (load.status === "loading") {
    return <main className="loading" aria-busy="true"><p className="loading__text" role="status">Loading the story…</p></main>;
  }
  const { story } = load;
  const { pathname, search, hash } = window.location;
  const header = (
    <StoryHeader story={story}>
      {url.textOnly
        ? <a href={`${pathname}${editQuery(search, { view: null })}${hash}`}>Back to the map</a>
        : <a href={`${pathname}${editQuery(search, { view: "text" })}`}>Text only</a>}
      <button type="button" className="story-header__help" onClick={() => setHelpOpen(true)}>Keyboard shortcuts <kbd>?</kbd></button>
    </StoryHeader>
  );
  const help = helpOpen && <ShortcutsHelp onClose={closeHelp} />;
  if (url.textOnly) {
    return (
      <div className="app app--text">
        {header}
        <TextView story={story} />
        {help}
      </div>
    );
  }
  const selectedPlace = selection ? story.placeById.get(selection.placeId) : undefined;
  const initialView = load.fromFile
    ? chooseInitialView(story, null, null)
    : chooseInitialView(story, url.view, url.place ? story.placeById.get(url.place) ?? null : null);
  const selectEvent = (eventId: string) => {
    setSelectedEventId(eventId);
    const event = story.file.events.find((each) => each.id === eventId);
    const place = event?.places.map((id) => story.placeById.get(id)).find((each) => each?.anchor) ?? story.placeById.get(event?.places[0] ?? "");
    if (place) selectFromOutside(place.id);
  };
  const selectedOffMap = selection && story.placeById.get(selection.placeId)?.anchor === null ? story.placeById.get(selection.placeId) : undefined;
  return (
    <div className="app">
      {header}
      <p className="visually-hidden" role="status" aria-live="polite">
        {selectedPlace ? `Selected ${selectedPlace.name}, ${PRECISION_LABELS[selectedPlace.precision].toLowerCase()}.` : ""}
      </p>
      {help}
      <div className="app__body app__body--with-panel">
      <FileDropZone className="app__map" onFile={openFile}>
        <StoryMap
          key={load.generation}
          story={story}
          visibleIds={visibleIds}
          basemap={basemap}
          water={water}
          initialView={initialView}
          selection={selection}
          onSelect={select}
          onClose={closePlace}
          renderDetails={(placeId) => <PlaceDetails story={story} place={story.placeById.get(placeId)!} takeFocus />}
          lowerLeft={<OffMapPlaces places={story.places.filter((place) => place.anchor === null)} onSelect={(placeId) => select({ placeId })} />}
          upperRight={<><OpenStoryButton onFile={openFile} /><TilesToggle on={tiles} onToggle={toggleTiles} /></>}
          scheme={scheme}
          onlineTiles={tiles}
          onTilesUnavailable={tilesUnavailable}
        />
        {selectedOffMap && (
          <PlacePanel label={selectedOffMap.name} onClose={() => closePlace(selectedOffMap.id)}>
            <PlaceDetails story={story} place={selectedOffMap} takeFocus />
          </PlacePanel>
        )}
        <div className="map-messages">
          <Notices notices={notices} onDismiss={dismiss} />
          {fileProblem && (
            <ProblemsPanel title={`“${fileProblem.file}” could not be opened`} problems={fileProblem.problems} role="alert" onDismiss={dismissFileProblem}>
              <p className="problems-panel__intro">The map still shows “{story.title}”.</p>
            </ProblemsPanel>
          )}
          <SkippedItems skipped={load.skipped} onDismiss={dismissSkipped} />
        </div>
        <Credits story={story} onlineTiles={tiles} />
      </FileDropZone>
      <aside className="side-panel" aria-label="Story">
        <PanelTabs
          label="Story"
          current={story.file.article ? panelTab : "places"}
          onChange={setPanelTab}
          tabs={[
            ...(story.file.article
              ? [{ id: "article", label: "Article", content: <ArticlePanel story={story} selectedId={selection?.placeId ?? null} onSelectPlace={selectFromOutside} /> }]
              : []),
            { id: "places", label: `Places (${story.places.length})`, content: <PlaceList story={story} selectedId={selection?.placeId ?? null} onSelect={selectFromOutside} visibleIds={visibleIds} /> },
            ...(story.file.events.length > 0
              ? [{ id: "timeline", label: "Timeline", content: <Timeline story={story} range={range} onRangeChange={changeRange} selectedEventId={selectedEventId} onSelectEvent={selectEvent} /> }]
              : []),
          ]}
        />
      </aside>
      </div>
    </div>
  );
}
