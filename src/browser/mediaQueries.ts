/** Reader preferences the system reports. Each is false where `matchMedia` is missing (jsdom). */

const matches = (query: string): boolean => window.matchMedia?.(query).matches ?? false;

export const prefersReducedMotion = (): boolean => matches("(prefers-reduced-motion: reduce)");

export const DARK_SCHEME_QUERY = "(prefers-color-scheme: dark)";

export const prefersDarkScheme = (): boolean => matches(DARK_SCHEME_QUERY);
