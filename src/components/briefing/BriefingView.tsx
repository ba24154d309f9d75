import { useMemo, type ReactNode } from "react";
import type { Basemap } from "../../geo/basemap";
import type { BasemapDetail } from "../../geo/basemapFiles";
import type { BasemapWater } from "../../geo/basemapWater";
import { boundsForPlaces } from "../../geo/stepBounds";
import { StoryMap } from "../../map/StoryMap";
import type { ViewRequest } from "../../map/useViewSync";
import { stepAfter } from "../../state/briefingKeys";
import { chooseInitialView } from "../../state/initialView";
import { PRECISION_LABELS, type Story } from "../../story/model";
import { placesWithEventsInRange } from "../../story/timeline";
import { StepPassages } from "./StepPassages";
import { useBriefingState } from "./useBriefingState";

interface BriefingViewProps {
  story: Story;
  basemap: Basemap | null;
  water: BasemapWater | null;
  /** The 1:50m cells, drawn where the map is from the detail zoom on. */
  detail: BasemapDetail | null;
  scheme: "light" | "dark";
  /** The step to open, counting from 0. */
  initialStep: number;
  /** Records the step in the URL (`?step=`, from 1). */
  onStep: (step: number) => void;
  onExit: () => void;
  onPresenter: (step: number) => void;
  /** Opens the printable handout of the whole briefing. */
  onHandout: () => void;
  storyKey: string;
  /** Shown over the map: notices. */
  children?: ReactNode;
  /** The button that saves an offline copy, where one can be made. */
  saveOffline?: ReactNode;
}

/** A step never zooms closer than this: a city among its neighbours, not a street map. */
const CLOSEST_STEP_ZOOM = 6;

/** The briefing: the story step by step, full-screen friendly, steered by a clicker's keys. */
export function BriefingView({ story, basemap, water, detail, scheme, initialStep, onStep, onExit, onPresenter, onHandout, storyKey, children, saveOffline }: BriefingViewProps) {
  const { steps } = story.briefing;
  const { state, go } = useBriefingState({
    count: steps.length,
    initialStep,
    onStep,
    storyKey,
    onOtherKey: (action) => {
      if (action === "presenter") return onPresenter(state.step);
      if (action === "fullscreen" && !document.fullscreenElement) {
        void document.documentElement.requestFullscreen?.().catch(() => undefined);
        return;
      }
      if (document.fullscreenElement) void document.exitFullscreen();
      if (action === "exit") onExit();
    },
  });
  const step = steps[state.step] ?? steps[0]!;

  const framed = step.view.kind === "bounds"
    ? step.view.bounds
    : boundsForPlaces(step.view.places.flatMap((id) => story.placeById.get(id) ?? []));
  const request = useMemo<ViewRequest | null>(
    () => (framed ? { kind: "bounds", bounds: framed, maxZoom: CLOSEST_STEP_ZOOM, serial: state.step } : null),
    // The serial is the step: the same step asked again (a remote window) does not fly again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state.step, story],
  );
  const visibleIds = useMemo(() => (step.range ? new Set(placesWithEventsInRange(story, step.range)) : null), [story, step.range]);
  const place = step.place ? story.placeById.get(step.place) : undefined;
  const initialView = useMemo(() => (framed ? { kind: "bounds" as const, bounds: framed } : chooseInitialView(story, null, null)),
    // The map is made once; later steps move it by request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    []);
  const position = `Step ${state.step + 1} of ${steps.length}`;

  return (
    <div className="briefing">
      <div className="briefing__map">
        <StoryMap
          story={story}
          visibleIds={visibleIds}
          basemap={basemap}
          water={water}
          basemapDetail={detail}
          initialView={initialView}
          selection={place?.anchor ? { placeId: place.id } : null}
          onSelect={() => undefined}
          onClose={() => undefined}
          renderDetails={(placeId) => <BriefingPlaceLabel story={story} placeId={placeId} />}
          scheme={scheme}
          onlineTiles={false}
          onTilesUnavailable={() => undefined}
          controls={false}
          movable
          viewInHash={false}
          viewRequest={request}
          popupsPanMap={false}
        />
        {children}
      </div>
      <section className="briefing__panel" aria-labelledby="briefing-step-title">
        <p className="briefing__progress">
          <span aria-hidden="true">{state.step + 1} / {steps.length}</span>
          <span className="visually-hidden">{position}</span>
        </p>
        <h1 id="briefing-step-title" className="briefing__title">{step.title}</h1>
        <StepPassages story={story} passageIds={step.passages} />
        <nav className="briefing__nav" aria-label="Briefing">
          <button type="button" onClick={() => go(stepAfter("previous", state.step, steps.length))} disabled={state.step === 0}>← Previous</button>
          <button type="button" onClick={() => go(stepAfter("next", state.step, steps.length))} disabled={state.step === steps.length - 1}>Next →</button>
          <button type="button" onClick={() => onPresenter(state.step)}>Presenter view</button>
          {saveOffline}
          <button type="button" onClick={onHandout}>Print handout<span className="visually-hidden"> (opens in a new tab)</span></button>
          <button type="button" onClick={onExit}>Leave briefing</button>
        </nav>
        <p className="visually-hidden" role="status" aria-live="polite">{`${position}: ${step.title}`}</p>
      </section>
      {state.blank && (
        <div className="briefing__blank" role="dialog" aria-modal="true" aria-label="Screen blanked">
          <p className="visually-hidden">The screen is blank. Press B or . to show it again.</p>
        </div>
      )}
    </div>
  );
}

/** The popup of a step's place: just its name and kind, legible from the back of the room. */
function BriefingPlaceLabel({ story, placeId }: { story: Story; placeId: string }) {
  const place = story.placeById.get(placeId);
  if (!place) return null;
  return (
    <div className="briefing-place">
      <h2 className="briefing-place__name">{place.name}</h2>
      <p className="briefing-place__kind">{PRECISION_LABELS[place.precision]}</p>
    </div>
  );
}
