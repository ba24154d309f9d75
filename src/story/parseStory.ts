import { parseTree, printParseErrorCode, type ParseError, type ParseErrorCode } from "jsonc-parser";
import type * as z from "zod";
import { checkStory } from "./checkStory";
import { buildStory, type Story } from "./model";
import { describeValue, formatPath, problem, type StoryProblem } from "./problems";
import { StorySchema } from "./schema";

/**
 * A story that loaded, with the items that had to be left out (each named with its problem), or
 * the problems that stop the whole file from loading.
 */
export type ParseResult =
  | { ok: true; story: Story; skipped: StoryProblem[] }
  | { ok: false; problems: StoryProblem[] };

/**
 * Turns the text of a story file into the validated model. Never throws: every problem comes
 * back as a sentence with its JSON path.
 * @param text - the file's contents
 * @returns the story, or the list of problems that stop it from loading
 * @example parseStory('{"format": "article-map/story"}') // { ok: false, problems: [...] }
 */
export function parseStory(text: string): ParseResult {
  const json = parseJson(text.replace(/^\uFEFF/, ""));
  if (!json.ok) return json;
  const parsed = StorySchema.safeParse(json.value, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(describeIssue) };
  const problems = checkStory(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, story: buildStory(parsed.data), skipped: [] };
}

// JSON.parse's messages differ between engines and often omit the position, so a syntax error
// is located with jsonc-parser's scanner in strict mode, which gives the offset of the first error.
function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problems: StoryProblem[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const errors: ParseError[] = [];
    parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    const reason = first ? describeSyntaxError(first.error) : "it ends too early or has text after the end";
    const where = first ? lineAndColumn(text, first.offset) : "";
    return { ok: false, problems: [{ path: "the file", message: `the file is not valid JSON${where}: ${reason}` }] };
  }
}

function describeSyntaxError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
}

function describeIssue(issue: z.core.$ZodIssue): StoryProblem {
  const path = issue.path;
  if (issue.code === "invalid_union" && "discriminator" in issue) {
    return problem(path, issue.input, "a geometry type must be Point, MultiPoint, LineString, Polygon or MultiPolygon");
  }
  if (issue.code === "unrecognized_keys") {
    return { path: formatPath(path) || "the file", message: `${formatPath(path) || "the file"} has unknown field ${issue.keys.map((key) => describeValue(key)).join(", ")}` };
  }
  return problem(path, issue.input, lowerFirst(issue.message));
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
