import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PlaceList } from "../../src/components/PlaceList";
import { buildStory, type Place } from "../../src/story/model";

const COUNT = 100_000;
/** jsdom lays nothing out: the list's box and each row get the heights a browser would give them. */
const BOX_HEIGHT = 600;
const ROW_HEIGHT = 50;

function place(n: number): Place {
  const offMap = n >= COUNT - 3;
  return {
    id: `place-${n}`, name: n === 73_210 ? "Zhezkazgan" : `Town ${n}`, precision: "city", origin: null,
    aliases: [], description: undefined, geometry: offMap ? null : { type: "Point", coordinates: [n % 360 - 180, 0] },
    box: offMap ? null : [n % 360 - 180, 0, n % 360 - 180, 0], anchor: offMap ? null : [n % 360 - 180, 0], sources: [], mentions: [], countryIds: [], properties: [],
  };
}

const story = buildStory({
  file: { format: "article-map/story", version: 1, id: "geojson", article: null, passages: [], events: [] },
  places: Array.from({ length: COUNT }, (_, n) => place(n)),
  title: "Every town",
  briefing: { title: "Every town", steps: [], generated: true },
});

const rendered = () => Array.from(document.querySelectorAll<HTMLButtonElement>("button[data-place-id]"));
const scroller = () => document.querySelector<HTMLElement>(".place-list__groups")!;

beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, "clientHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.classList.contains("place-list__groups") ? BOX_HEIGHT : 0;
  });
  vi.spyOn(HTMLElement.prototype, "offsetHeight", "get").mockImplementation(function (this: HTMLElement) {
    return this.classList.contains("place-list__groups") ? BOX_HEIGHT : ROW_HEIGHT;
  });
  // The box scrolls as far as its content is tall: the sizer's height, which the list sets.
  vi.spyOn(HTMLElement.prototype, "scrollHeight", "get").mockImplementation(function (this: HTMLElement) {
    const sizer = this.firstElementChild as HTMLElement | null;
    return this.classList.contains("place-list__groups") ? Number.parseFloat(sizer?.style.height ?? "0") : 0;
  });
  // jsdom has no scrolling either: scrolling sets scrollTop and tells the listeners, like a browser.
  Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
    this.scrollTop = typeof options === "object" ? options.top ?? 0 : 0;
    this.dispatchEvent(new Event("scroll"));
  } as Element["scrollTo"];
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function renderList(selectedId: string | null = null) {
  const onSelect = vi.fn();
  const view = render(<PlaceList story={story} selectedId={selectedId} onSelect={onSelect} />);
  const search = screen.getByRole("searchbox", { name: "Find a place" });
  return { ...view, onSelect, search };
}

describe("PlaceList with 100,000 places", () => {
  it("draws only the rows in view, under their group's heading, each saying where it stands", () => {
    renderList();
    expect(screen.getByRole("status").textContent).toBe("100,000 places");
    const buttons = rendered();
    expect(buttons.length).toBeGreaterThan(5);
    expect(buttons.length).toBeLessThan(60);
    expect(screen.getByRole("heading", { name: "City or town" })).toBeTruthy();
    const first = buttons[0]!.closest("li")!;
    expect(first.getAttribute("aria-posinset")).toBe("1");
    expect(first.getAttribute("aria-setsize")).toBe(String(COUNT - 3));
    expect(first.closest("ul")!.getAttribute("aria-labelledby")).toBe(screen.getByRole("heading", { name: "City or town" }).id);
  });

  it("finds a town among them, typing drawing only the matches in view", async () => {
    vi.useFakeTimers();
    const { search } = renderList();
    await act(async () => fireEvent.change(search, { target: { value: "zhezk" } }));
    // The index of 100,000 places is folded a slice per task, after the list shows; a search waits for it.
    expect(screen.getByRole("status").textContent).toBe("Preparing the search of 100,000 places…");
    await act(async () => vi.runAllTimers());
    expect(rendered().map((button) => button.textContent)).toEqual(["Zhezkazgan"]);
    await act(async () => fireEvent.change(search, { target: { value: "town 9" } }));
    expect(screen.getByRole("status").textContent).toBe("11,111 places match “town 9”");
    expect(rendered().length).toBeLessThan(60);
  });

  it("moves with Down, End, Home and Up over the whole list, scrolling each place in", async () => {
    const { search } = renderList();
    search.focus();
    await act(async () => fireEvent.keyDown(search, { key: "ArrowDown" }));
    expect(document.activeElement?.textContent).toBe("Town 0");
    await act(async () => fireEvent.keyDown(document.activeElement!, { key: "ArrowDown" }));
    expect(document.activeElement?.textContent).toBe("Town 1");
    await act(async () => fireEvent.keyDown(document.activeElement!, { key: "End" }));
    expect(document.activeElement?.textContent).toBe(`Town ${COUNT - 1}`);
    expect(document.activeElement?.closest("li")?.getAttribute("aria-posinset")).toBe("3");
    expect(screen.getByRole("heading", { name: "Not on the map" })).toBeTruthy();
    expect(scroller().scrollTop).toBeGreaterThan(ROW_HEIGHT * (COUNT - 100));
    expect(rendered().length).toBeLessThan(60);
    await act(async () => fireEvent.keyDown(document.activeElement!, { key: "Home" }));
    expect(document.activeElement?.textContent).toBe("Town 0");
    await act(async () => fireEvent.keyDown(document.activeElement!, { key: "ArrowUp" }));
    expect(document.activeElement).toBe(search);
  });

  it("scrolls the selected place into view and marks it, without taking the focus", async () => {
    const { rerender, onSelect } = renderList();
    await act(async () => rerender(<PlaceList story={story} selectedId="place-73210" onSelect={onSelect} />));
    const selected = document.querySelector<HTMLElement>('button[aria-current="true"]');
    expect(selected?.textContent).toBe("Zhezkazgan");
    expect(scroller().scrollTop).toBeGreaterThan(ROW_HEIGHT * 70_000);
    expect(document.activeElement).toBe(document.body);
    fireEvent.click(selected!);
    expect(onSelect).toHaveBeenCalledWith("place-73210");
  });
});
