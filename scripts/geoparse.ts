/**
 * `npm run geoparse -- <file> --format eval`: finds and places the places in articles, for batch
 * use and evaluation. The file is an article's text (`.txt`), or JSON Lines of documents
 * (`{"id", "text"}` a line, as ../shared/geoparse/dev.jsonl). Writes one JSON line per document to
 * stdout in the format ../shared/geoparse/score.mjs reads: `{"id", "toponyms": [{"start", "end",
 * "name", "lat", "lng"}]}`. Writing a story file from an article comes with the story builder.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { geoparse } from "../src/geoparse/geoparse.ts";
import { nodeGazetteer } from "./geoparse/gazetteerEntries.ts";

function documents(file: string): Array<{ id: string; text: string }> {
  const contents = readFileSync(file, "utf8");
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

const { values, positionals } = parseArgs({ args: process.argv.slice(2), options: { format: { type: "string", default: "eval" } }, allowPositionals: true });
try {
  if (positionals.length !== 1) throw new Error("give one file: an article (.txt) or documents as JSON Lines (.jsonl)");
  if (values.format !== "eval") throw new Error(`--format ${values.format} is not known: the accepted value is “eval”`);
  const gazetteer = nodeGazetteer();
  for (const { id, text } of documents(positionals[0]!)) {
    const toponyms = geoparse(text, gazetteer).map((mention) => ({ start: mention.start, end: mention.end, name: mention.text, lat: mention.entry.lat, lng: mention.entry.lng }));
    process.stdout.write(`${JSON.stringify({ id, toponyms })}\n`);
  }
} catch (error) {
  process.stderr.write(`geoparse: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
