import { lazy, Suspense, type ComponentType } from "react";
import { AfterPaint } from "./AfterPaint";

/**
 * Views loaded apart from the first view's script, so the map and its markers show first: the side
 * panel (article, place list and timeline), which follows at once, and views most readers never
 * open, loaded when one is: the briefing (with its presenter window), the handout (with its QR
 * encoder), the text-only view, the Share dialog and the shortcuts help.
 */
export const BriefingScreen = lazy(() => import("./briefing/BriefingScreen").then((module) => ({ default: module.BriefingScreen })));
export const HandoutView = lazy(() => import("./handout/HandoutView").then((module) => ({ default: module.HandoutView })));
export const ShareDialog = lazy(() => import("./ShareDialog").then((module) => ({ default: module.ShareDialog })));
export const StoryPanel = lazy(() => import("./StoryPanel").then((module) => ({ default: module.StoryPanel })));
export const TextView = lazy(() => import("./TextView").then((module) => ({ default: module.TextView })));
export const ShortcutsHelp = lazy(() => import("./ShortcutsHelp").then((module) => ({ default: module.ShortcutsHelp })));

const parts = () => import("./deferredParts");

/**
 * A part of the page shown a moment after the first view, in its own boundary: nothing waits for
 * it, and its code is fetched once the first view has been painted.
 */
function deferred<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function Deferred(props: P) {
    return <AfterPaint><Suspense fallback={null}><Lazy {...props} /></Suspense></AfterPaint>;
  };
}

export const LoadProblem = lazy(() => parts().then((module) => ({ default: module.LoadProblem })));
export const Credits = deferred(() => parts().then((module) => module.Credits));
export const MapButtons = deferred(() => parts().then((module) => module.MapButtons));
export const OffMapPlaces = deferred(() => parts().then((module) => module.OffMapPlaces));
export const PlacePanel = deferred(() => parts().then((module) => module.PlacePanel));
export const SkippedItems = deferred(() => parts().then((module) => module.SkippedItems));
export const ProblemsPanel = deferred(() => parts().then((module) => module.ProblemsPanel));
