import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { LoadProblem } from "../../src/components/LoadProblem";
import { OpenStoryButton } from "../../src/components/OpenStoryButton";
import { SkippedItems } from "../../src/components/SkippedItems";
import type { StoryProblem } from "../../src/story/problems";

const SKIPPED: StoryProblem[] = [
  { path: "places.features[3].geometry.coordinates[1]", message: "places.features[3].geometry.coordinates[1] is 95, but a latitude must be between -90 and 90" },
  { path: "passages[2].places[0]", message: "passages[2].places[0] is \"nowhere\", but no place in the story has that id" },
  { path: "events[1]", message: "events[1] was left out: it happened at no place that is in the story" },
];

function SkippedHarness({ skipped }: { skipped: StoryProblem[] }) {
  const [shown, setShown] = useState(skipped);
  return <SkippedItems skipped={shown} onDismiss={() => setShown([])} />;
}

describe("the panel of skipped items", () => {
  it("lists every skipped item's sentence, says how many, and is dismissible", () => {
    render(<SkippedHarness skipped={SKIPPED} />);
    const panel = screen.getByRole("region", { name: "Some of this story was left out" });
    expect(panel.textContent).toContain("the file has 3 problems, and what they concern is not shown");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(SKIPPED.map((problem) => problem.message));
    fireEvent.click(screen.getByRole("button", { name: "Dismiss this list" }));
    expect(screen.queryByRole("region")).toBeNull();
  });

  it("speaks of one problem in the singular", () => {
    render(<SkippedItems skipped={SKIPPED.slice(0, 1)} onDismiss={() => undefined} />);
    expect(screen.getByRole("region").textContent).toContain("the file has 1 problem, and what it concerns is not shown");
  });

  it("renders nothing when nothing was skipped", () => {
    const { container } = render(<SkippedItems skipped={[]} onDismiss={() => undefined} />);
    expect(container.innerHTML).toBe("");
  });

  it("shows hostile text as text", () => {
    const message = 'places.features[0].properties.name is "<img src=x onerror=alert(1)>", but it must be a string';
    const { container } = render(<SkippedItems skipped={[{ path: "places.features[0]", message }]} onDismiss={() => undefined} />);
    expect(container.querySelector("img")).toBeNull();
    expect(screen.getByRole("listitem").textContent).toBe(message);
  });
});

describe("a story that failed to load", () => {
  afterEach(() => history.replaceState(null, "", "/"));

  it("links back to the default story when the failed one came from ?story=", () => {
    render(<LoadProblem file="javascript:alert(1)" problems={["?story=javascript:alert(1) was refused: …"]} defaultHref="http://localhost:3000/?tiles=osm" />);
    expect(screen.getByRole("alert").textContent).toContain("javascript:alert(1)");
    expect(screen.getByRole("link", { name: "open the default story" }).getAttribute("href")).toBe("http://localhost:3000/?tiles=osm");
  });

  it("offers no link when the default story itself failed", () => {
    render(<LoadProblem file="geodata/catalog.json" problems={["geodata/catalog.json could not be loaded"]} />);
    expect(screen.queryByRole("link")).toBeNull();
    expect(screen.getByRole("alert").textContent).toContain("Fix the file and reload the page.");
  });
});

describe("the Open story button", () => {
  it("opens its hidden file input, passes on the chosen file, and can take the same file again", () => {
    const chosen: string[] = [];
    const { container } = render(<OpenStoryButton onFile={(file) => chosen.push(file.name)} />);
    const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.hidden).toBe(true);
    expect(input.accept).toBe(".json,.geojson,application/json,application/geo+json");
    let clicked = 0;
    input.addEventListener("click", (event) => {
      clicked++;
      event.preventDefault();
    });
    fireEvent.click(screen.getByRole("button", { name: "Open story" }));
    expect(clicked).toBe(1);

    const file = new File(["{}"], "mine.geojson", { type: "application/geo+json" });
    Object.defineProperty(input, "files", { configurable: true, value: [file] });
    fireEvent.change(input);
    expect(chosen).toEqual(["mine.geojson"]);
    expect(input.value).toBe("");
  });
});
