/**
 * Writes the offline briefing (offlineBriefing.ts) to `export/<story-id>-briefing.html`.
 * Usage: `tsx scripts/export-briefing.ts [geodata/<story-id>/story.json]`; without a file it
 * exports the catalogue's default story. The last line printed is the file and its size.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { offlineBriefing } from "./offlineBriefing";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
const EXPORT_DIR = join(REPO_ROOT, "export");

try {
  const { id, html } = await offlineBriefing(process.argv[2]);
  mkdirSync(EXPORT_DIR, { recursive: true });
  const out = join(EXPORT_DIR, `${id}-briefing.html`);
  writeFileSync(out, html);
  console.log(`${relative(REPO_ROOT, out)} (${(Buffer.byteLength(html) / 1_000_000).toFixed(1)} MB)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
