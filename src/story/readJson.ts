import { parseTree, printParseErrorCode, visit, type ParseError } from "jsonc-parser";
import { STORY_LIMITS } from "./limits";
import { formatPath, problem, type StoryProblem } from "./problems";

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
    return fail(`the file has ${text.length.toLocaleString("en")} characters, but a story may have at most ${maxCharacters.value.toLocaleString("en")}`);
  }
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return fail("the file is empty");
  const depth = nestingDepth(body, maxDepth.value);
  if (depth.deepest > maxDepth.value) {
    return fail(`the file nests ${depth.deepest} levels deep, but a story may nest at most ${maxDepth.value}; level ${maxDepth.value + 1} starts at${lineAndColumn(body, depth.firstTooDeep)}`);
  }
  try {
    return { ok: true, value: JSON.parse(body), repeatedKeys: findRepeatedKeys(body) };
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

/** Deepest nesting of arrays and objects, counted without parsing, so it cannot overflow a stack. */
function nestingDepth(text: string, limit: number): { deepest: number; firstTooDeep: number } {
  let depth = 0;
  let deepest = 0;
  let firstTooDeep = -1;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (inString) {
      if (character === "\\") index += 1;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === "{" || character === "[") {
      deepest = Math.max(deepest, (depth += 1));
      if (depth > limit && firstTooDeep === -1) firstTooDeep = index;
    } else if (character === "}" || character === "]") depth -= 1;
  }
  return { deepest, firstTooDeep };
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
