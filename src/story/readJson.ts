import { parseTree, printParseErrorCode, type ParseError } from "jsonc-parser";
import { STORY_LIMITS } from "./limits";
import { formatPath, problem, type StoryProblem } from "./problems";

/** Keys that could reach an object's prototype if the data were ever merged into an object. */
const UNSAFE_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export type JsonResult = { ok: true; value: unknown } | { ok: false; problems: StoryProblem[] };

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
  const depth = nestingDepth(body);
  if (depth > maxDepth.value) return fail(`the file nests ${depth} levels deep, but a story may nest at most ${maxDepth.value}`);
  try {
    return { ok: true, value: JSON.parse(body) };
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
  const before = text.slice(0, first.offset).split("\n");
  const reason = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}: ${reason}`;
}

/** Deepest nesting of arrays and objects, counted without parsing, so it cannot overflow a stack. */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index];
    if (inString) {
      if (character === "\\") index += 1;
      else if (character === '"') inString = false;
    } else if (character === '"') inString = true;
    else if (character === "{" || character === "[") deepest = Math.max(deepest, (depth += 1));
    else if (character === "}" || character === "]") depth -= 1;
  }
  return deepest;
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
