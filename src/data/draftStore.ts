import type { Draft } from "../builder/draft";
import { isDraft } from "../builder/draftShape";

/**
 * Keeps the story builder's work in local storage, so a reload or a closed tab loses nothing.
 * Nothing here throws: storage may be full, off (private modes) or hold what an older page wrote.
 */

const KEY = "article-map:builder-draft";
/** Where a draft that could not be read is set aside, rather than lost to the next save. */
const SET_ASIDE_KEY = "article-map:builder-draft-unreadable";

export type StoredDraft = { kind: "none" } | { kind: "draft"; draft: Draft } | { kind: "unreadable"; message: string };


export function readKeptDraft(): StoredDraft {
  let text: string | null;
  try {
    text = localStorage.getItem(KEY);
  } catch (error) {
    return { kind: "unreadable", message: `Saved work could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (text === null) return { kind: "none" };
  try {
    const value: unknown = JSON.parse(text);
    if (isDraft(value)) return { kind: "draft", draft: value };
  } catch {
    // Set aside below, like any other draft this page cannot read.
  }
  try {
    localStorage.setItem(SET_ASIDE_KEY, text);
    localStorage.removeItem(KEY);
  } catch {
    // Storage refused: the unreadable draft stays where it is.
  }
  return { kind: "unreadable", message: `The saved work in this browser is not a draft this page can read; it was set aside under “${SET_ASIDE_KEY}” in local storage.` };
}

let keepProblem: string | null = null;
const listeners = new Set<() => void>();

/** Why the last draft could not be kept; null when it was. */
export const currentKeepProblem = (): string | null => keepProblem;
export function subscribeKeepProblem(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function keepDraft(draft: Draft): void {
  let problem: string | null = null;
  try {
    localStorage.setItem(KEY, JSON.stringify(draft));
  } catch (error) {
    problem = `Your work could not be kept in this browser (${error instanceof Error ? error.message : String(error)}); save the story file before closing the page.`;
  }
  if (problem === keepProblem) return;
  keepProblem = problem;
  for (const listener of listeners) listener();
}

export function forgetKeptDraft(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
