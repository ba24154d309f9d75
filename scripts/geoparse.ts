/**
 * `npm run geoparse -- <file> [--format story|eval]`: finds and places the places in articles.
 *
 * - `--format story` (the default for a `.txt` article): writes a story file with every proposal
 *   accepted, checked by the app's validator, to stdout or `--out FILE`. `--source NAME` names the
 *   publisher (else the file's name stands in) and `--published YYYY-MM-DD` dates the article,
 *   against which "last month" resolves (else the file's last change, marked approximate; both
 *   guesses are said on stderr); `--title` defaults to the article's headline line (src/builder/newDraft.ts).
 * - `--format eval` (the default for `.jsonl`): the file is an article's text, or JSON Lines of
 *   documents (`{"id", "text"}` a line, as ../shared/geoparse/dev.jsonl). Writes one JSON line per
 *   document in the format ../shared/geoparse/score.mjs reads: `{"id", "toponyms": [{"start",
 *   "end", "name", "lat", "lng"}]}`.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { acceptAll } from "../src/builder/acceptAll.ts";
import { checkArticleText } from "../src/builder/articleInput.ts";
import { newDraft } from "../src/builder/newDraft.ts";
import { saveDraft } from "../src/builder/saveDraft.ts";
import { geoparse } from "../src/geoparse/geoparse.ts";
import { parseDay } from "../src/story/dates.ts";
import { nodeGazetteer } from "./geoparse/gazetteerEntries.ts";

function documents(file: string, contents: string): Array<{ id: string; text: string }> {
  if (!file.endsWith(".jsonl")) return [{ id: basename(file), text: contents }];
  return contents.split("\n").flatMap((line, index) => {
    if (line.trim() === "") return [];
    let document: unknown;
    try {
      document = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${index + 1} is not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    }
    const { id, text } = (document ?? {}) as { id?: unknown; text?: unknown };
    if (typeof id !== "string" || typeof text !== "string") throw new Error(`${file}:${index + 1} needs a string "id" and a string "text"`);
    return [{ id, text }];
  });
}

function story(file: string, contents: string, options: { title?: string; source?: string; published?: string }): string {
  if (file.endsWith(".jsonl")) throw new Error(`--format story needs one article as text (.txt), but ${file} is JSON Lines; use --format eval for it`);
  const { published } = options;
  if (published !== undefined && parseDay(published) === null) throw new Error(`--published ${published} is not a day: write it YYYY-MM-DD, such as 2016-07-07`);
  const source = options.source ?? basename(file);
  if (options.source === undefined) process.stderr.write(`geoparse: no --source NAME given: the story names its source “${source}”\n`);
  // The day of the file's last change where the user is, not in UTC.
  const changed = statSync(file).mtime;
  const fileDay = `${changed.getFullYear()}-${String(changed.getMonth() + 1).padStart(2, "0")}-${String(changed.getDate()).padStart(2, "0")}`;
  if (published === undefined) process.stderr.write(`geoparse: no --published YYYY-MM-DD given: the story is dated about ${fileDay}, the file's last change, and its relative dates count from that\n`);
  // The same check as the builder's page, so one article makes one story either way.
  const checked = checkArticleText(contents, file);
  if (!checked.ok) throw new Error(checked.message);
  const draft = newDraft({ text: checked.text, ...options, source, published: published ?? fileDay }, nodeGazetteer());
  const saved = saveDraft(acceptAll({ ...draft, publishedApproximate: published === undefined }));
  if (!saved.ok) throw new Error(`the story would not load:\n${saved.problems.map((each) => `  ${each.message}`).join("\n")}`);
  return saved.json;
}

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  options: { format: { type: "string" }, out: { type: "string" }, title: { type: "string" }, source: { type: "string" }, published: { type: "string" } },
  allowPositionals: true,
});
try {
  if (positionals.length !== 1) throw new Error("give one file: an article (.txt) or documents as JSON Lines (.jsonl)");
  const file = positionals[0]!;
  const format = values.format ?? (file.endsWith(".jsonl") ? "eval" : "story");
  if (format !== "eval" && format !== "story") throw new Error(`--format ${format} is not known: the accepted values are “story” and “eval”`);
  const contents = readFileSync(file, "utf8");
  let output: string;
  if (format === "story") {
    output = story(file, contents, { title: values.title, source: values.source, published: values.published });
  } else {
    const gazetteer = nodeGazetteer();
    output = documents(file, contents).map(({ id, text }) => {
      const toponyms = geoparse(text, gazetteer).map((mention) => ({ start: mention.start, end: mention.end, name: mention.text, lat: mention.entry.lat, lng: mention.entry.lng }));
      return `${JSON.stringify({ id, toponyms })}\n`;
    }).join("");
  }
  if (values.out === undefined) process.stdout.write(output);
  else writeFileSync(values.out, output);
} catch (error) {
  process.stderr.write(`geoparse: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
