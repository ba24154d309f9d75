import { parseTree, printParseErrorCode, visit, type ParseError } from "jsonc-parser";
import { STORY_LIMITS } from "./limits";
import { formatPath, problem, type StoryProblem } from "./problems";
import { wholeNumber } from "./figures";

/** Keys that could reach an object's prototype if the data were ever merged into an object. */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Values no story may hold, each with its path, as the loader found them. */
export type Unsafe = ReadonlyArray<StoryProblem & { at: PropertyKey[] }>;

export type JsonResult = { ok: true; value: unknown; repeatedKeys: Unsafe } | { ok: false; problems: StoryProblem[] };

/**
 * Reads a file's text as JSON within the story limits: size, nesting depth, a leading byte-order
 * mark, and syntax errors located by line and column.
 * @param text - the file's contents
 * @returns the parsed value, or the problem that stops it
 * @example readJson('{"a": }') // { ok: false, problems: [{ message: "the file is not valid JSON at line 1, column 7: value expected" }] }
 */
export function readJson(text: string): JsonResult {
  const { maxCharacters, maxDepth } = STORY_LIMITS;
  if (text.length > maxCharacters.value) {
    return fail(`the file has ${wholeNumber(text.length)} characters, but a story may have at most ${wholeNumber(maxCharacters.value)}`);
  }
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return fail("the file is empty");
  const depth = scanStructure(body, maxDepth.value);
  if (depth.deepest > maxDepth.value) {
    return fail(`the file nests ${depth.deepest} levels deep, but a story may nest at most ${maxDepth.value}; level ${maxDepth.value + 1} starts at${lineAndColumn(body, depth.firstTooDeep)}`);
  }
  try {
    const value: unknown = JSON.parse(body);
    // JSON.parse keeps one of two same keys, so the parsed value holds fewer keys than the text
    // exactly when a key repeats; only then is the text walked again to name it (a fifth of the
    // time of a 100,000-place file).
    return { ok: true, value, repeatedKeys: depth.keys === keyCount(value) ? [] : findRepeatedKeys(body) };
  } catch {
    return fail(`the file is not valid JSON${syntaxErrorPlace(body)}`);
  }
}

function fail(message: string): JsonResult {
  return { ok: false, problems: [{ path: "the file", message }] };
}

// JSON.parse's messages differ between engines and often omit the position, so a syntax error
// is located with jsonc-parser's scanner in strict mode, which gives the offset of the first error.
function syntaxErrorPlace(text: string): string {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return "";
  // A comma before a closing bracket is the commonest slip; point at the comma, not the bracket.
  const trailingComma = /,\s*$/.exec(text.slice(0, first.offset));
  const closing = text[first.offset];
  const expected = printParseErrorCode(first.error);
  if (trailingComma && (closing === "]" || closing === "}") && (expected === "ValueExpected" || expected === "PropertyNameExpected")) {
    return ` at${lineAndColumn(text, trailingComma.index)}: remove the comma before the closing ${closing}`;
  }
  const reason = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return ` at${lineAndColumn(text, first.offset)}: ${reason}`;
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return ` line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

/**
 * Keys that appear twice in one object: JSON.parse keeps the last and silently drops the first,
 * so a place could move without a word.
 */
function findRepeatedKeys(text: string): Array<StoryProblem & { at: PropertyKey[] }> {
  const found: Array<StoryProblem & { at: PropertyKey[] }> = [];
  const open: Array<Set<string>> = [];
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectEnd: () => open.pop(),
    onObjectProperty: (name, _offset, _length, _line, _column, pathSupplier) => {
      const keys = open.at(-1);
      if (!keys) return;
      if (keys.has(name)) {
        const at = [...pathSupplier(), name];
        const path = formatPath(at);
        found.push({ path, message: `${path} appears twice in one object, but a key may appear only once (the first would be silently ignored)`, at });
      }
      keys.add(name);
    },
  });
  return found;
}

const [QUOTE, BACKSLASH, COLON, OPEN_OBJECT, OPEN_ARRAY, CLOSE_OBJECT, CLOSE_ARRAY] = ['"', "\\", ":", "{", "[", "}", "]"].map((each) => each.charCodeAt(0));
const isJsonSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

/**
 * Deepest nesting of arrays and objects, counted without parsing, so it cannot overflow a stack;
 * and the number of keys written, each a string followed by a colon.
 */
function scanStructure(text: string, limit: number): { deepest: number; firstTooDeep: number; keys: number } {
  let depth = 0;
  let deepest = 0;
  let firstTooDeep = -1;
  let keys = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) {
        inString = false;
        let next = index + 1;
        while (isJsonSpace(text.charCodeAt(next))) next += 1;
        if (text.charCodeAt(next) === COLON) keys += 1;
      }
    } else if (code === QUOTE) inString = true;
    else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      deepest = Math.max(deepest, (depth += 1));
      if (depth > limit && firstTooDeep === -1) firstTooDeep = index;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) depth -= 1;
  }
  return { deepest, firstTooDeep, keys };
}

/** Keys held by every object in a parsed value, walked without recursion. */
function keyCount(value: unknown): number {
  let count = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== "object") continue;
    const children = Array.isArray(node) ? node : Object.values(node);
    if (!Array.isArray(node)) count += children.length;
    for (const child of children) pending.push(child);
  }
  return count;
}

/**
 * Finds values no story should hold: keys that could reach a prototype, and numbers too large
 * to be finite (JSON such as 1e400 parses to Infinity).
 * @param value - parsed JSON, at most STORY_LIMITS.maxDepth deep
 * @returns one problem per offending key or number, with its path segments
 */
export function findUnsafeValues(value: unknown): Array<StoryProblem & { at: PropertyKey[] }> {
  const found: Array<StoryProblem & { at: PropertyKey[] }> = [];
  const visit = (node: unknown, at: PropertyKey[]) => {
    if (typeof node === "number" && !Number.isFinite(node)) {
      found.push({ ...problem(at, node, "numbers must be finite; this one is too large for a coordinate or a count"), at });
    } else if (Array.isArray(node)) {
      node.forEach((child, index) => visit(child, [...at, index]));
    } else if (node !== null && typeof node === "object") {
      for (const key of Object.keys(node)) {
        if (UNSAFE_KEYS.has(key)) {
          const path = formatPath([...at, key]);
          found.push({ path, message: `${path} is a key named "${key}", but keys may not be named __proto__, constructor or prototype`, at: [...at, key] });
        }
        else visit((node as Record<string, unknown>)[key], [...at, key]);
      }
    }
  };
  visit(value, []);
  return found;
}
