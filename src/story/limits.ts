/** One limit on what a story file may be, so that a hostile or broken file cannot hang the page. */
export interface StoryLimit {
  name: string;
  value: number;
  unit: string;
  why: string;
}

/** Declared once; the loader enforces them and the README lists them. */
export const STORY_LIMITS = {
  maxCharacters: {
    name: "File size",
    value: 20_000_000,
    unit: "characters (about 20 MB)",
    why: "Parsing and validating more would freeze the page; large datasets belong in several stories.",
  },
  maxDepth: {
    name: "Nesting depth",
    value: 64,
    unit: "levels of arrays and objects",
    why: "A story needs about 10; deeper files are malformed or built to exhaust the parser's stack.",
  },
} satisfies Record<string, StoryLimit>;

/**
 * A UTF-16 code unit takes at most 3 bytes in UTF-8, so a file larger than this cannot be within
 * the character limit; refusing it before reading spares holding hundreds of megabytes.
 */
export const STORY_MAX_BYTES = STORY_LIMITS.maxCharacters.value * 3;
