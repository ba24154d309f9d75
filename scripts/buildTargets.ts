/** Browsers the site is built for, shared by vite.config.ts and the offline briefing's own build. */
export const JS_TARGET = "es2022";
// Browsers with CSS light-dark(): older targets get a polyfill that resolves each colour where
// it is declared (:root), so a theme set on an inner element would not change it.
export const CSS_TARGET = ["chrome123", "edge123", "firefox120", "safari17.5"];
