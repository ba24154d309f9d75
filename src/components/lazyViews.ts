import { lazy } from "react";

/**
 * Views most readers never open, loaded when one is: the briefing (with its presenter window),
 * the handout (with its QR encoder) and the Share dialog stay out of the first view's script.
 */
export const BriefingScreen = lazy(() => import("./briefing/BriefingScreen").then((module) => ({ default: module.BriefingScreen })));
export const HandoutView = lazy(() => import("./handout/HandoutView").then((module) => ({ default: module.HandoutView })));
export const ShareDialog = lazy(() => import("./ShareDialog").then((module) => ({ default: module.ShareDialog })));
