import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { PlaceList } from "../../src/components/PlaceList";
import type { Story } from "../../src/story/model";
import { parseStory } from "../../src/story/parseStory";

// Under jsdom import.meta.url is not a file URL; Vitest runs from the repository root.
const storyText = readFileSync(join(process.cwd(), "geodata/aktobe-2016/story.json"), "utf8");

function load(text = storyText): Story {
  const result = parseStory(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result.story;
}

function renderList(props: Partial<Parameters<typeof PlaceList>[0]> = {}) {
  const onSelect = vi.fn();
  const story = props.story ?? load();
  const view = render(<PlaceList story={story} selectedId={null} onSelect={onSelect} {...props} />);
  const search = screen.getByRole("searchbox", { name: "Find a place" });
  const type = (value: string) => fireEvent.change(search, { target: { value } });
  return { ...view, story, onSelect, search, type };
}

const placeButtons = () => Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-place-id]"));

describe("PlaceList", () => {
  it("lists every place, grouped under headings, with a labelled search box", () => {
    const { story, search } = renderList();
    expect(search.getAttribute("placeholder")).toBe("Name, old name or spelling");
    expect(placeButtons()).toHaveLength(story.places.length);
    expect(screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent)).toEqual([
      "City or town", "Site", "Country", "Region", "Not on the map",
    ]);
    expect(screen.getByRole("status").textContent).toBe(`${story.places.length} places`);
  });

  it("puts its group headings at the level asked for", () => {
    renderList({ headingLevel: 2 });
    expect(screen.getByRole("heading", { level: 2, name: "Not on the map" })).toBeTruthy();
    expect(screen.queryAllByRole("heading", { level: 3 })).toHaveLength(0);
  });

  it("finds Astana by “Nur-Sultan” and says that name matched", () => {
    const { type } = renderList();
    type("Nur-Sultan");
    const astana = screen.getByRole("button", { name: "Astana" });
    expect(astana.closest("li")!.textContent).toContain("matched Nur-Sultan");
    expect(screen.getByRole("button", { name: "Astana", description: /matched Nur-Sultan/ })).toBe(astana);
    expect(placeButtons()).toHaveLength(1);
    expect(screen.getByRole("status").textContent).toBe("1 place matches “Nur-Sultan”");
  });

  it("calls onSelect with the place's id when a place is clicked", () => {
    const { onSelect, type } = renderList();
    type("nur sultan");
    fireEvent.click(screen.getByRole("button", { name: "Astana" }));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith("astana");
  });

  it("says how many places match, or that none does", () => {
    const { type } = renderList();
    type("baik");
    expect(screen.getByRole("status").textContent).toBe("3 places match “baik”");
    expect(screen.getByRole("button", { name: "Gagarin's Start (Site 1/5)" }).closest("li")!.textContent).toContain("description mentions Baikonur");
    type("xyz");
    expect(screen.getByRole("status").textContent).toBe("No place matches “xyz”");
    expect(placeButtons()).toHaveLength(0);
    expect(screen.getByRole("status").getAttribute("aria-live")).toBe("polite");
  });

  it("lists the ISS under “Not on the map”, and says it is not on the map", () => {
    renderList();
    const offMap = screen.getByRole("list", { name: "Not on the map" });
    const iss = within(offMap).getByRole("button", { name: "International Space Station" });
    expect(iss.closest("li")!.textContent).toContain("not on the map");
    expect(within(offMap).getByRole("button", { name: "Gulshat" })).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "City or town" })).queryByRole("button", { name: "Gulshat" })).toBeNull();
  });

  it("shows Aktobe's kind and its counts of passages and events from the story", () => {
    const { story } = renderList();
    const passages = story.passagesForPlace("aktobe").length;
    const events = story.eventsForPlace("aktobe").length;
    expect(passages).toBeGreaterThan(0);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    const aktobe = screen.getByRole("button", { name: "Aktobe" });
    const details = document.getElementById(aktobe.getAttribute("aria-describedby") ?? "");
    expect(details?.textContent).toBe(`City or town · ${plural(passages, "passage")} · ${plural(events, "event")}`);
  });

  it("moves focus with the arrow keys, Home and End, and back up into the search box", () => {
    const { search, story } = renderList();
    search.focus();
    fireEvent.keyDown(search, { key: "ArrowDown" });
    const buttons = placeButtons();
    expect(document.activeElement).toBe(buttons[0]);
    expect(buttons[0]?.dataset.placeId).toBe("aktobe");
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(document.activeElement!, { key: "End" });
    expect(document.activeElement).toBe(buttons.at(-1));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(buttons.at(-1));
    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(buttons.at(-2));
    fireEvent.keyDown(document.activeElement!, { key: "Home" });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" });
    expect(document.activeElement).toBe(search);
    expect(buttons).toHaveLength(story.places.length);
  });

  it("clears the search box with Escape, and lets Escape through once it is empty", () => {
    const onParentKeyDown = vi.fn();
    const story = load();
    render(
      <div onKeyDown={(event) => onParentKeyDown(event.key)}>
        <PlaceList story={story} selectedId={null} onSelect={() => {}} />
      </div>,
    );
    const search = screen.getByRole<HTMLInputElement>("searchbox", { name: "Find a place" });
    fireEvent.change(search, { target: { value: "akmola" } });
    expect(placeButtons()).toHaveLength(1);
    fireEvent.keyDown(search, { key: "Escape" });
    expect(search.value).toBe("");
    expect(placeButtons()).toHaveLength(story.places.length);
    expect(onParentKeyDown).not.toHaveBeenCalled();
    fireEvent.keyDown(search, { key: "Escape" });
    expect(onParentKeyDown).toHaveBeenCalledWith("Escape");
  });

  it("marks the selected place with aria-current", () => {
    renderList({ selectedId: "astana" });
    expect(screen.getByRole("button", { name: "Astana" }).getAttribute("aria-current")).toBe("true");
    expect(screen.getByRole("button", { name: "Aktobe" }).hasAttribute("aria-current")).toBe(false);
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
  });

  it("dims the places outside the chosen dates, which stay selectable", () => {
    const { onSelect } = renderList({ visibleIds: new Set(["aktobe"]) });
    const aktobe = screen.getByRole("button", { name: "Aktobe" });
    const astana = screen.getByRole("button", { name: "Astana", description: /no events in the chosen dates/ });
    expect(astana.closest("li")!.className).toContain("place-list__place--dimmed");
    expect(aktobe.className).not.toContain("dimmed");
    expect(aktobe.closest("li")!.textContent).not.toContain("no events in the chosen dates");
    fireEvent.click(astana);
    expect(onSelect).toHaveBeenCalledWith("astana");
  });

  it("dims nothing without visibleIds", () => {
    renderList({ visibleIds: null });
    expect(document.querySelector(".place-list__place--dimmed")).toBeNull();
  });

  it("renders hostile names and aliases as text, never as HTML", () => {
    const hostile = '<img src=x onerror="window.hacked=1"><script>window.hacked=2</script>';
    const file = JSON.parse(storyText);
    file.places.features[0].properties.name = hostile;
    file.places.features[0].properties.aliases.push(`${hostile} alias`);
    const { container, type } = renderList({ story: load(JSON.stringify(file)) });
    expect(screen.getByRole("button", { name: hostile })).toBeTruthy();
    type(`${hostile} alias`);
    expect(screen.getByRole("button", { name: hostile }).closest("li")!.textContent).toContain(`matched ${hostile} alias`);
    expect(screen.getByRole("status").textContent).toContain(hostile);
    expect(container.querySelector("img, script")).toBeNull();
    expect((window as { hacked?: number }).hacked).toBeUndefined();
  });
});
