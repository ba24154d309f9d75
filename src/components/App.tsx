import { useCallback, useEffect, useMemo, useState } from "react";
import { loadCatalog, loadCountries, loadStory, loadWater } from "../data/fetchers";
import { buildBasemap, type Basemap } from "../geo/basemap";
import type { BasemapWater } from "../geo/basemapWater";
import { StoryMap, type Selection } from "../map/StoryMap";
import { chooseInitialView } from "../state/initialView";
import { readUrlState } from "../state/urlOptions";
import type { Story } from "../story/model";
import { Credits } from "./Credits";
import { LoadProblem } from "./LoadProblem";
import { Notices, type Notice } from "./Notices";
import { OffMapPlaces } from "./OffMapPlaces";
import { PlaceDetails } from "./PlaceDetails";
import { PlacePanel } from "./PlacePanel";
import { StoryHeader } from "./StoryHeader";

type LoadState =
  | { status: "loading" }
  | { status: "failed"; file: string; problems: string[] }
  | { status: "ready"; story: Story };

/** The article map page: loads the story and the basemap, then shows the map. */
export function App() {
  const url = useMemo(() => readUrlState(window.location.search, window.location.hash), []);
  const [load, setLoad] = useState<LoadState>({ status: "loading" });
  const [basemap, setBasemap] = useState<Basemap | null>(null);
  const [water, setWater] = useState<BasemapWater | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [notices, setNotices] = useState<Notice[]>(() => url.problems.map((text, index) => ({ id: `url-${index}`, text })));
  const addNotice = useCallback((notice: Notice) => setNotices((current) => [...current.filter((each) => each.id !== notice.id), notice]), []);

  useEffect(() => {
    let file = "geodata/catalog.json";
    loadCatalog()
      .then((catalog) => {
        file = catalog.defaultStory;
        return loadStory(catalog.defaultStory);
      })
      .then((result) => {
        if (!result.ok) return setLoad({ status: "failed", file: result.url, problems: result.problems.map((problem) => problem.message) });
        setLoad({ status: "ready", story: result.story });
        if (url.place && !result.story.placeById.has(url.place)) {
          addNotice({ id: "unknown-place", text: `There is no place with the id "${url.place}" in this story, so none was opened.` });
        } else if (url.place) {
          setSelection({ placeId: url.place });
        }
      })
      .catch((error: unknown) => setLoad({ status: "failed", file, problems: [error instanceof Error ? error.message : String(error)] }));
  }, [url, addNotice]);

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

  const closePlace = useCallback((placeId: string) => {
    setSelection((current) => (current?.placeId === placeId ? null : current));
  }, []);
  const dismiss = useCallback((id: string) => setNotices((current) => current.filter((notice) => notice.id !== id)), []);

  if (load.status === "failed") return <LoadProblem file={load.file} problems={load.problems} />;
  if (load.status === "loading") {
    return <main className="loading" aria-busy="true"><p className="loading__text" role="status">Loading the story…</p></main>;
  }
  const { story } = load;
  const initialView = chooseInitialView(story, url.view, url.place ? story.placeById.get(url.place) ?? null : null);
  const selectedOffMap = selection && story.placeById.get(selection.placeId)?.anchor === null ? story.placeById.get(selection.placeId) : undefined;
  return (
    <div className="app">
      <StoryHeader story={story} />
      <main className="app__map">
        <StoryMap
          story={story}
          basemap={basemap}
          water={water}
          initialView={initialView}
          selection={selection}
          onSelect={setSelection}
          onClose={closePlace}
          renderDetails={(placeId) => <PlaceDetails story={story} place={story.placeById.get(placeId)!} takeFocus />}
          lowerLeft={<OffMapPlaces places={story.places.filter((place) => place.anchor === null)} onSelect={(placeId) => setSelection({ placeId })} />}
        />
        {selectedOffMap && (
          <PlacePanel label={selectedOffMap.name} onClose={() => setSelection(null)}>
            <PlaceDetails story={story} place={selectedOffMap} takeFocus />
          </PlacePanel>
        )}
        <Notices notices={notices} onDismiss={dismiss} />
        <Credits story={story} />
      </main>
    </div>
  );
}
