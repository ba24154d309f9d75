import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { loadFirstStory, settledFirstStory, type FirstStory } from "../data/fetchers";
import { readStoryFile } from "../data/readFile";
import type { StoryOption } from "../state/storyOption";
import type { Story } from "../story/model";
import type { StoryProblem } from "../story/problems";

export type LoadState =
  | { status: "loading" }
  /** `offerDefault`: the story was not the catalogue's default, which may still load. */
  | { status: "failed"; file: string; problems: string[]; offerDefault: boolean }
  /**
   * `generation` counts stories opened from files, so the map remounts for each. `url` is where
   * the story was read from, relative to the site or absolute; null for a file the reader opened.
   */
  | { status: "ready"; story: Story; skipped: StoryProblem[]; generation: number; fromFile: boolean; url: string | null };

/** A file the reader opened that could not become the story; the current story stays. */
export interface FileProblem {
  file: string;
  problems: string[];
}

/** The performance mark set when the first story has loaded and been validated. */
export const STORY_READY_MARK = "article-map:story-ready";

const messages = (problems: readonly StoryProblem[]) => problems.map((problem) => problem.message);
const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the page shows for how the first story's load ended. */
function loadStateOf(first: FirstStory, offerDefault: boolean): Exclude<LoadState, { status: "loading" }> {
  if (first.kind === "failed") return { status: "failed", file: first.file, problems: [describe(first.error)], offerDefault };
  const result = first.load;
  if (!result.ok) return { status: "failed", file: first.file, problems: messages(result.problems), offerDefault };
  return { status: "ready", story: result.story, skipped: result.skipped, generation: 0, fromFile: false, url: result.url };
}

/**
 * Loads the first story (the catalogue's default or `?story=`), and later the files the reader
 * opens. `onStory` runs once for each story that loads, in the same update as the story itself.
 * @param started - the first story's load when the page's entry script began it; else it begins here
 */
export function useStoryLoader(
  option: StoryOption,
  onStory: (story: Story, from: "start" | "file") => void,
  siteBase: string,
  started: Promise<FirstStory> | null,
) {
  const offerDefault = option.kind === "url";
  // A first story already here (usually the default, validated by the build) is in the first
  // render: no "Loading" render and commit before the map.
  const [arrived] = useState(() => (started ? settledFirstStory(started) : null));
  const [load, setLoad] = useState<LoadState>(() => {
    if (option.kind === "refused") return { status: "failed", file: option.value, problems: [option.problem], offerDefault: true };
    return arrived ? loadStateOf(arrived.outcome, offerDefault) : { status: "loading" };
  });
  const [fileProblem, setFileProblem] = useState<FileProblem | null>(null);
  /** The name of the file being read and validated, which can take seconds for a large one. */
  const [opening, setOpening] = useState<string | null>(null);
  // Only the file opened last may replace the story, however long the earlier ones take to read.
  const lastFile = useRef(0);

  useEffect(() => {
    if (option.kind === "refused") return;
    if (arrived) {
      const state = loadStateOf(arrived.outcome, offerDefault);
      if (state.status !== "ready") return;
      // npm run bench times loading and validation up to when it ended.
      performance.mark(STORY_READY_MARK, { startTime: arrived.at });
      return onStory(state.story, "start");
    }
    let current = true;
    (started ?? loadFirstStory(option, siteBase)).then((first) => {
      const state = loadStateOf(first, offerDefault);
      if (!current) return;
      if (state.status !== "ready") return setLoad(state);
      performance.mark(STORY_READY_MARK);
      // A transition: React renders the map in slices, yielding to the page between them.
      startTransition(() => {
        setLoad(state);
        onStory(state.story, "start");
      });
    });
    return () => {
      current = false;
    };
  }, [option, offerDefault, arrived, started, onStory, siteBase]);

  const openFile = useCallback(async (file: File) => {
    const request = ++lastFile.current;
    setOpening(file.name);
    const result = await readStoryFile(file);
    if (request !== lastFile.current) return;
    setOpening(null);
    if (!result.ok) return setFileProblem({ file: file.name, problems: messages(result.problems) });
    setFileProblem(null);
    setLoad((current) => ({
      status: "ready",
      story: result.story,
      skipped: result.skipped,
      generation: (current.status === "ready" ? current.generation : 0) + 1,
      fromFile: true,
      url: null,
    }));
    onStory(result.story, "file");
  }, [onStory]);

  const dismissFileProblem = useCallback(() => setFileProblem(null), []);
  const dismissSkipped = useCallback(() => setLoad((current) => (current.status === "ready" ? { ...current, skipped: [] } : current)), []);

  return { load, fileProblem, opening, openFile, dismissFileProblem, dismissSkipped };
}
