import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseStory } from "../../src/story/parseStory";

const root = new URL("../..", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "builder-cli-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const ARTICLE = "Floods hit Aktobe\n\nFloods reached Aktobe in Kazakhstan on Thursday, officials said. Roads to Russia were closed last month.\n";
const articleFile = join(folder, "floods.txt");
writeFileSync(articleFile, ARTICLE);

const geoparse = (...args: string[]) => spawnSync("npx", ["tsx", "scripts/geoparse.ts", ...args], { cwd: root, encoding: "utf8", timeout: 60_000 });

describe("npm run geoparse", () => {
  it("writes a story file that loads in full, from a .txt article by default", () => {
    const run = geoparse(articleFile, "--source", "Daily <News>", "--published", "2016-07-07");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const loaded = parseStory(run.stdout);
    if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.message).join("\n"));
    expect(loaded.skipped).toEqual([]);
    expect(loaded.story.title).toBe("Floods hit Aktobe");
    expect(loaded.story.places.map((place) => place.name)).toEqual(expect.arrayContaining(["Aktobe", "Kazakhstan"]));
    expect(loaded.story.file.events.find((event) => event.date.asWritten === "Thursday")?.date).toMatchObject({ precision: "day", start: "2016-07-07" });
  }, 60_000);

  it("with only the article's file, names the file as its source and dates it by the file's last change, and says so", () => {
    const dated = join(folder, "dated.txt");
    writeFileSync(dated, ARTICLE);
    utimesSync(dated, new Date("2016-07-08T12:00:00Z"), new Date("2016-07-08T12:00:00Z"));
    const run = geoparse(dated);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("no --source NAME given: the story names its source “dated.txt”");
    expect(run.stderr).toContain("no --published YYYY-MM-DD given: the story is dated about 2016-07-08, the file's last change");
    const story = JSON.parse(run.stdout);
    expect(story.article.source).toEqual({ name: "dated.txt" });
    expect(story.article.published).toEqual({ precision: "day", start: "2016-07-08", approximate: true });
    expect(parseStory(run.stdout).ok).toBe(true);
  }, 60_000);

  it("writes to --out with the --title given", () => {
    const out = join(folder, "story.json");
    const run = geoparse(articleFile, "--source", "AMI", "--published", "2016-07-07", "--title", "My title", "--out", out);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    const story = JSON.parse(readFileSync(out, "utf8"));
    expect(story.article.title).toBe("My title");
    // The headline line is not the given title, so it stays in the article.
    expect(story.article.paragraphs[0]).toBe("Floods hit Aktobe");
  }, 60_000);

  it("names a bad --published and exits with 1", () => {
    const run = geoparse(articleFile, "--source", "AMI", "--published", "2016-02-30");
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("geoparse: --published 2016-02-30 is not a day: write it YYYY-MM-DD, such as 2016-07-07\n");
  }, 60_000);

  it("refuses --format story for JSON Lines, naming the problem", () => {
    const documents = join(folder, "documents.jsonl");
    writeFileSync(documents, `${JSON.stringify({ id: "a", text: "In Aktobe." })}\n`);
    const run = geoparse(documents, "--format", "story", "--source", "AMI", "--published", "2016-07-07");
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("--format story needs one article as text (.txt)");
    expect(run.stderr).toContain("--format eval");
    const evaluated = geoparse(documents);
    expect(evaluated.status).toBe(0);
    expect(JSON.parse(evaluated.stdout)).toMatchObject({ id: "a", toponyms: [{ start: 3, end: 9, name: "Aktobe" }] });
  }, 60_000);
});
