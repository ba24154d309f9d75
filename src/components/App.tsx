import { Suspense, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { basemapDetail, loadBasemapWorld } from "../data/fetchers";
import type { Basemap } from "../geo/basemap";
import type { BasemapWater } from "../geo/basemapWater";
import { StoryMap, type Selection } from "../map/StoryMap";
import { discardEarlyMap } from "../map/earlyMap";
import { chooseInitialView } from "../state/initialView";
import { useColourScheme } from "./useColourScheme";
import { defaultStoryHref, liveMapHref } from "../state/urlOptions";
import type { MapView } from "../state/mapView";
import {
  BriefingScreen, Credits, HandoutView, LoadProblem, MapButtons, OffMapPlaces, PlacePanel, ProblemsPanel, ShareDialog, ShortcutsHelp, SkippedItems,
  StoryPanel, TextView,
} from "./lazyViews";
import { HeaderActions } from "./HeaderActions";
import { PlaceDetails } from "./PlaceDetails";
import type { ViewRequest } from "../map/useViewSync";
import type { Surface } from "./surface";
import { useHostChannel } from "./useHostChannel";
import { PRECISION_LABELS, type Story } from "../story/model";
import type { DayRange } from "../story/dayRange";
import { FileDropZone } from "./FileDropZone";
import { Notices, type Notice } from "./Notices";
import { StoryHeader } from "./StoryHeader";
import { useStoryLoader } from "./useStoryLoader";
import { AfterPaint } from "./AfterPaint";
import { inTurns } from "../browser/inTurns";
import { useVisibleIds } from "./useVisibleIds";

const TILES_UNAVAILABLE: Notice = { id: "tiles-unavailable", text: "Online map tiles are unavailable; showing the offline map." };

/** Holds the side panel's place, so the map does not move when the panel's code arrives. */
function PanelPlaceholder() {
  return (
    <aside className="side-panel side-panel--loading" aria-label="Story" aria-busy="true">
      <p className="loading__text" role="status">Loading the article…</p>
    </aside>
  );
}

/** The article map: loads the story and the basemap, then shows the map, on any surface. */
export function App({ surface }: { surface: Surface }) {
  const { options: url, remember: replaceQuery, siteBase, channel } = surface;
  const embedded = surface.kind !== "app";
  const scheme = useColourScheme(url.theme);
  const root = useRef<HTMLDivElement>(null);
  const [viewRequest, setViewRequest] = useState<ViewRequest | null>(null);
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [water, setWater] = useState<BasemapWater | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [tiles, setTiles] = useState(url.tiles !== null);
  const [panelTab, setPanelTab] = useState("article");
  const [range, setRange] = useState<DayRange>(url.range);
  const [selectedEventId, setSelectedEventId] = useState<string | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  const [shareOpen, setShareOpen] = useState(false);
  const [mode, setMode] = useState(url.mode);
  const changeMode = useCallback((next: typeof mode) => {
    setMode(next);
    replaceQuery(next === "map" ? { mode: null, step: null } : { mode: next });
  }, [replaceQuery]);
  const closeShare = useCallback(() => setShareOpen(false), []);
  // The first commit has replaced the entry's early view; its map is gone unless StoryMap took it.
  useEffect(discardEarlyMap, []);

  useEffect(() => {
    const openHelp = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target?.closest("input, textarea, select, [contenteditable]") !== null && target !== null;
      if (event.key === "?" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) setHelpOpen(true);
    };
    // Keys are heard where the map lives: the document, or the shadow root of an <article-map>,
    // so two maps on one page do not both answer.
    const scope = root.current?.getRootNode() ?? document;
    scope.addEventListener("keydown", openHelp as EventListener);
    return () => scope.removeEventListener("keydown", openHelp as EventListener);
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
  }, [url, addNotice, dismiss, replaceQuery]);
  const { load, fileProblem, opening, openFile, dismissFileProblem, dismissSkipped } = useStoryLoader(url.story, onStory, siteBase, surface.firstStory);

  const storyShown = load.status === "ready";
  useEffect(() => {
    if (!storyShown) return;
    const failed = (what: string) => (error: unknown) => addNotice({
      id: what,
      text: `The offline ${what} could not be drawn (${error instanceof Error ? error.message : String(error)}); places are still shown.`,
    });
    // Read from the frame after the story's first paint: decoding the world takes ~15 ms.
    return inTurns([() => {
      loadBasemapWorld(siteBase)
        .then((world) => {
          setBasemap(world.basemap);
          setWater(world.water);
        })
        .catch(failed("basemap"));
    }]);
  }, [storyShown, addNotice, siteBase]);
  const detail = useMemo(() => basemapDetail(siteBase), [siteBase]);

  useEffect(() => {
    // An element shares its host's page, whose title is not the map's to change.
    if (load.status === "ready" && surface.kind !== "element") document.title = `${load.story.title} · Article map`;
  }, [load, surface.kind]);

  // The selected place is one piece of state, shared by the map, the text and the URL (?place=).
  const select = useCallback((next: Selection) => {
    setSelection(next);
    replaceQuery({ place: next.placeId });
  }, [replaceQuery]);
  const selectFromOutside = useCallback((placeId: string) => {
    select({ placeId, fromOutside: true, serial: Date.now() });
  }, [select]);
  const changeRange = useCallback((next: DayRange) => {
    setRange(next);
    replaceQuery({ from: next.from, to: next.to });
  }, [replaceQuery]);
  const closePlace = useCallback((placeId: string) => {
    setSelection((current) => {
      if (current?.placeId !== placeId) return current;
      replaceQuery({ place: null });
      return null;
    });
  }, [replaceQuery]);
  const toggleTiles = () => {
    const next = !tiles;
    setTiles(next);
    if (!next) dismiss(TILES_UNAVAILABLE.id);
    replaceQuery({ tiles: next ? "osm" : null });
  };
  const tilesUnavailable = useCallback(() => addNotice(TILES_UNAVAILABLE), [addNotice]);

  // A date range narrows the map and the list to the places where something happened then.
  const loadedStory = load.status === "ready" ? load.story : null;
  const visibleIds = useVisibleIds(loadedStory, range);

  const loadedSelection = loadedStory ? selection?.placeId ?? null : null;
  useHostChannel(channel, {
    story: loadedStory,
    selectedId: loadedSelection,
    select: selectFromOutside,
    close: closePlace,
    changeRange,
    requestView: setViewRequest,
  });
  const reportView = useMemo(() => (channel ? (view: MapView) => channel.emit({ type: "view", view }) : undefined), [channel]);

  // One element around every state, carrying the theme, so that an <article-map> styles only itself.
  // Views loaded on demand (lazyViews.tsx) show the loading message meanwhile.
  const frame = (content: ReactNode, className = "") => (
    <div ref={root} className={`app-root${embedded ? " app-root--embedded" : ""} ${className}`.trim()} data-theme={url.theme}>
      <Suspense fallback={<p className="loading" role="status">Loading…</p>}>{content}</Suspense>
    </div>
  );
  if (load.status === "failed") {
    const offerDefault = load.offerDefault && surface.kind !== "element";
    return frame(<LoadProblem file={load.file} problems={load.problems} defaultHref={offerDefault ? defaultStoryHref(window.location.href) : undefined} />);
  }
  if (load.status === "loading") {
    return frame(<main className="loading" aria-busy="true"><p className="loading__text" role="status">Loading the story…</p></main>);
  }
  const { story } = load;
  const header = url.render.title && (
    <StoryHeader story={story}>
      {!embedded && <HeaderActions surface={surface} on={{ help: () => setHelpOpen(true), share: () => setShareOpen(true), present: () => changeMode("briefing") }} />}
    </StoryHeader>
  );
  const help = (
    <>
      {/* Their own boundary: the map stays while a dialog's code arrives. */}
      <Suspense fallback={null}>
        {helpOpen && <ShortcutsHelp onClose={closeHelp} />}
        {shareOpen && <ShareDialog appHref={window.location.href} storyTitle={story.title} onClose={closeShare} />}
      </Suspense>
    </>
  );
  if (mode === "handout") return frame(<HandoutView story={story} basemap={basemap} detail={detail} liveHref={liveMapHref(window.location.href)} />);
  if (mode !== "map") {
    return frame(
      <>
        <BriefingScreen mode={mode} story={story} surface={surface} basemap={basemap} water={water} detail={detail} scheme={scheme} storyUrl={load.url} onExit={() => changeMode("map")} />
        {help}
      </>,
    );
  }
  if (url.textOnly && surface.kind === "app") {
    return frame(
      <div className="app app--text">
        {header}
        <TextView story={story} />
        {help}
      </div>,
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
  const map = (
    <>
      <StoryMap
        key={load.generation}
        story={story}
        visibleIds={visibleIds}
        basemap={basemap}
        water={water}
        basemapDetail={detail}
        initialView={initialView}
        selection={selection}
        onSelect={select}
        onClose={closePlace}
        renderDetails={(placeId) => <PlaceDetails story={story} place={story.placeById.get(placeId)!} takeFocus />}
        lowerLeft={<OffMapPlaces places={story.places.filter((place) => place.anchor === null)} onSelect={(placeId) => select({ placeId })} />}
        upperRight={(
          <MapButtons
            story={story}
            surfaceKind={surface.kind}
            onFile={openFile}
            tiles={tiles}
            onToggleTiles={toggleTiles}
            onPictureError={(text) => addNotice({ id: "save-picture", text })}
          />
        )}
        scheme={scheme}
        onlineTiles={tiles}
        onTilesUnavailable={tilesUnavailable}
        controls={url.render.controls}
        movable={!url.render.static}
        viewInHash={surface.kind !== "element"}
        onViewChange={reportView}
        viewRequest={viewRequest}
      />
      {selectedOffMap && (
        <PlacePanel label={selectedOffMap.name} onClose={() => closePlace(selectedOffMap.id)}>
          <PlaceDetails story={story} place={selectedOffMap} takeFocus />
        </PlacePanel>
      )}
      <div className="map-messages">
        <Notices notices={notices} onDismiss={dismiss} />
        {opening !== null && <p className="notice notice--progress" role="status">Opening “{opening}”…</p>}
        {fileProblem && (
          <ProblemsPanel title={`“${fileProblem.file}” could not be opened`} problems={fileProblem.problems} role="alert" onDismiss={dismissFileProblem}>
            <p className="problems-panel__intro">The map still shows “{story.title}”.</p>
          </ProblemsPanel>
        )}
        <SkippedItems skipped={load.skipped} onDismiss={dismissSkipped} />
      </div>
      <Credits story={story} onlineTiles={tiles} fullMapHref={surface.fullMapHref?.() ?? null} />
    </>
  );
  return frame(
    <div className={`app app--${surface.kind}`}>
      {header}
      <p className="visually-hidden" role="status" aria-live="polite">
        {selectedPlace ? `Selected ${selectedPlace.name}, ${PRECISION_LABELS[selectedPlace.precision].toLowerCase()}.` : ""}
      </p>
      {help}
      <div className={`app__body${url.render.panel ? " app__body--with-panel" : ""}`}>
        {embedded ? <div className="app__map">{map}</div> : <FileDropZone className="app__map" onFile={openFile}>{map}</FileDropZone>}
        {url.render.panel && (
          <AfterPaint fallback={<PanelPlaceholder />}>
            <Suspense fallback={<PanelPlaceholder />}>
              <StoryPanel
                story={story}
                tab={panelTab}
                onTab={setPanelTab}
                selectedId={selection?.placeId ?? null}
                onSelectPlace={selectFromOutside}
                visibleIds={visibleIds}
                range={range}
                onRangeChange={changeRange}
                selectedEventId={selectedEventId}
                onSelectEvent={selectEvent}
              />
            </Suspense>
          </AfterPaint>
        )}
      </div>
    </div>,
  );
}
