/**
 * The parts of the map's page that the first view can show a moment later, all drawn over the
 * map so that nothing moves when they arrive: the map's buttons, the credits and the messages.
 * One module, so they come in one request while the first markers are drawn (see lazyViews.tsx).
 */
export { Credits } from "./Credits";
export { LoadProblem } from "./LoadProblem";
export { MapButtons } from "./MapButtons";
export { OffMapPlaces } from "./OffMapPlaces";
export { PlacePanel } from "./PlacePanel";
export { SkippedItems } from "./SkippedItems";
export { ProblemsPanel } from "./ProblemsPanel";
