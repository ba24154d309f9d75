import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PlaceDetails } from "../../src/components/PlaceDetails";
import { parseStory } from "../../src/story/parseStory";

// Under jsdom import.meta.url is not a file URL; Vitest runs from the repository root.
const storyText = readFileSync(join(process.cwd(), "geodata/aktobe-2016/story.json"), "utf8");
const articleText = readFileSync(join(process.cwd(), "geodata/aktobe-2016/article.txt"), "utf8");

function load(text = storyText) {
  const result = parseStory(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result.story;
}

describe("PlaceDetails", () => {
  it("quotes every passage about Aktobe verbatim from the article, with its paragraph number", () => {
    const story = load();
    render(<PlaceDetails story={story} place={story.placeById.get("aktobe")!} />);
    const blockquotes = Array.from(document.querySelectorAll("blockquote"));
    const gunStores = articleText.split("\n").flatMap((line) => line.split(/(?<=\.) /)).find((sentence) => sentence.includes("robbed two gun stores"));
    expect(gunStores).toBeDefined();
    expect(blockquotes.map((quote) => quote.textContent)).toContain(gunStores);
    for (const quote of blockquotes) expect(articleText).toContain(quote.textContent ?? "\u0000");
    const figure = blockquotes.find((quote) => quote.textContent === gunStores)?.closest("figure");
    expect(figure?.querySelector("figcaption")?.textContent).toBe("Paragraph 5");
  });

  it("shows the event with its date at its precision, the article's wording and a fact check with a safe link", () => {
    const story = load();
    render(<PlaceDetails story={story} place={story.placeById.get("aktobe")!} />);
    const events = screen.getByRole("region", { name: "Events" });
    expect(within(events).getByText("about 5–10 June 2016")).toBeTruthy();
    expect(events.textContent).toContain("the article: “the four-day rampage beginning June 5”");
    expect(events.textContent).toContain("Fact check:");
    const link = within(events).getByRole("link", { name: /2016 Aktobe shootings/ });
    expect(link.getAttribute("href")).toBe("https://en.wikipedia.org/wiki/2016_Aktobe_shootings");
    expect(link.getAttribute("rel")).toBe("noopener noreferrer");
  });

  it("labels a place without a position and one that only other sources name", () => {
    const story = load();
    render(<PlaceDetails story={story} place={story.placeById.get("gulshat")!} />);
    expect(screen.getByText("Not on the map")).toBeTruthy();
    expect(screen.getByText("From other sources, not named in the article")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Gulshat");
  });

  it("shows hostile text from a story as text, never as HTML", () => {
    const hostile = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
    const story = JSON.parse(storyText);
    story.article.paragraphs[0] += ` ${hostile}`;
    story.places.features[0].properties.name = hostile;
    story.passages.push({ id: "hostile", paragraph: 1, quote: hostile, places: ["aktobe"] });
    const loaded = load(JSON.stringify(story));
    const { container } = render(<PlaceDetails story={loaded} place={loaded.placeById.get("aktobe")!} />);
    expect(container.querySelector("img, script")).toBeNull();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(hostile);
    expect(Array.from(container.querySelectorAll("blockquote")).map((quote) => quote.textContent)).toContain(hostile);
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});
