import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";
import { Timeline } from "../../src/components/Timeline";
import { parseStory } from "../../src/story/parseStory";
import { OPEN_RANGE, type DayRange } from "../../src/story/dayRange";

// Under jsdom import.meta.url is not a file URL; Vitest runs from the repository root.
const storyText = readFileSync(join(process.cwd(), "geodata/aktobe-2016/story.json"), "utf8");

function load(text = storyText) {
  const result = parseStory(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result.story;
}

const JUNE: DayRange = { from: "2016-06-01", to: "2016-06-30" };

function renderTimeline(options: { range?: DayRange; selected?: string | null; text?: string } = {}) {
  const onRangeChange = vi.fn();
  const onSelectEvent = vi.fn();
  const view = render(
    <Timeline
      story={load(options.text)} range={options.range ?? OPEN_RANGE} onRangeChange={onRangeChange}
      selectedEventId={options.selected ?? null} onSelectEvent={onSelectEvent}
    />,
  );
  return { ...view, onRangeChange, onSelectEvent };
}

const events = () => within(screen.getByRole("list", { name: "Events in time order" })).getAllByRole("button");

describe("Timeline", () => {
  it("shows every event as a button named by its title and its date at its precision", () => {
    renderTimeline();
    expect(events()).toHaveLength(10);
    expect(screen.getByRole("button", { name: "Attacks in Aktobe, about 5–10 June 2016" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Group detained over bomb plot, 26 June 2016" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Aslan leaves for the United States, about 2011" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /^Soyuz MS-01 launches to the ISS, 7 July 2016, 07:36 local time/ })).toBeTruthy();
    // The visible label is the title, which the name starts with (WCAG 2.5.3).
    for (const button of events()) expect(button.getAttribute("aria-label")).toMatch(new RegExp(`^${button.textContent}, `));
  });

  it("lists events in time order, which is the keyboard order", () => {
    renderTimeline();
    expect(events().map((button) => button.closest("li")?.dataset.eventId)).toEqual([
      "aslan-emigrates", "tenge-devaluation", "tenge-float", "land-reform-protests", "aktobe-attacks",
      "nazarbayev-address", "rosenblum-testimony", "detentions", "delegation-meeting", "soyuz-ms-01",
    ]);
  });

  it("draws days and moments as dots and longer dates as bars", () => {
    const { container } = renderTimeline();
    const kind = (id: string) => container.querySelector(`[data-event-id="${id}"]`)?.classList;
    expect(kind("detentions")?.contains("timeline__event--dot")).toBe(true);
    expect(kind("soyuz-ms-01")?.contains("timeline__event--dot")).toBe(true);
    expect(kind("aktobe-attacks")?.contains("timeline__event--bar")).toBe(true);
    expect(kind("aslan-emigrates")?.contains("timeline__event--bar")).toBe(true);
  });

  it("positions events in percentages of the track, in rows that never overlap", () => {
    const { container } = renderTimeline();
    const items = Array.from(container.querySelectorAll<HTMLLIElement>(".timeline__event"));
    const boxes = items.map((item) => ({ row: Number(item.dataset.row), left: Number.parseFloat(item.style.left), width: Number.parseFloat(item.style.width) }));
    for (const item of items) {
      expect(item.style.left).toMatch(/%$/);
      expect(item.style.width).toMatch(/%$/);
      expect(item.style.top).toBe(`calc(${item.dataset.row} * var(--timeline-row))`);
    }
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.left + box.width).toBeLessThanOrEqual(100.001);
      for (const other of boxes) {
        if (other === box || other.row !== box.row) continue;
        expect(box.left + box.width <= other.left || other.left + other.width <= box.left).toBe(true);
      }
    }
    // June lies right of the years before it, and the launch right of June.
    const leftOf = (id: string) => Number.parseFloat((container.querySelector(`[data-event-id="${id}"] .timeline__marker`) as HTMLElement).style.left);
    const markerAt = (id: string) => {
      const item = container.querySelector<HTMLElement>(`[data-event-id="${id}"]`)!;
      return Number.parseFloat(item.style.left) + (leftOf(id) / 100) * Number.parseFloat(item.style.width);
    };
    expect(markerAt("tenge-float")).toBeLessThan(markerAt("aktobe-attacks"));
    expect(markerAt("aktobe-attacks")).toBeLessThan(markerAt("detentions"));
    expect(markerAt("detentions")).toBeLessThan(markerAt("soyuz-ms-01"));
    const list = screen.getByRole("list", { name: "Events in time order" });
    expect(list.style.height).toBe(`calc(${Math.max(...boxes.map((box) => box.row)) + 1} * var(--timeline-row))`);
  });

  it("marks the publication date", () => {
    const { container } = renderTimeline();
    const label = screen.getByText("Published about 7–8 July 2016");
    const band = label.closest<HTMLElement>(".timeline__published");
    expect(band).toBe(container.querySelector(".timeline__published"));
    expect(Number.parseFloat(band!.style.left)).toBeGreaterThan(90);
  });

  it("dims the events outside the range, keeping them listed and saying so in their names", () => {
    const { container } = renderTimeline({ range: JUNE });
    expect(events()).toHaveLength(10);
    const launch = screen.getByRole("button", { name: /^Soyuz MS-01 launches to the ISS, .*, outside the chosen dates$/ });
    expect(launch.closest("li")?.classList.contains("timeline__event--outside")).toBe(true);
    expect(screen.getByRole("button", { name: /^US security delegation meets Kazakh officials, .*outside the chosen dates$/ })).toBeTruthy();
    const attacks = screen.getByRole("button", { name: "Attacks in Aktobe, about 5–10 June 2016" });
    expect(attacks.closest("li")?.classList.contains("timeline__event--outside")).toBe(false);
    expect(container.querySelectorAll(".timeline__event--outside")).toHaveLength(6);
    expect(screen.getByRole("status").textContent).toBe("4 of 10 events in the chosen dates");
  });

  it("calls onSelectEvent with the event's id and shows the selected event pressed, with its details", () => {
    const { onSelectEvent, rerender } = renderTimeline();
    fireEvent.click(screen.getByRole("button", { name: "Group detained over bomb plot, 26 June 2016" }));
    expect(onSelectEvent).toHaveBeenCalledWith("detentions");
    rerender(<Timeline story={load()} range={OPEN_RANGE} onRangeChange={() => {}} selectedEventId="detentions" onSelectEvent={onSelectEvent} />);
    const pressed = events().filter((button) => button.getAttribute("aria-pressed") === "true");
    expect(pressed.map((button) => button.textContent)).toEqual(["Group detained over bomb plot"]);
    expect(document.querySelector(".timeline__selected")?.textContent).toBe("Group detained over bomb plot: 26 June 2016 (the article: “June 29”) · Balkhash, Gulshat");
  });

  it("moves focus between events with the arrow keys, keeping one event in the Tab order", () => {
    renderTimeline();
    const buttons = events();
    expect(buttons.filter((button) => button.tabIndex === 0)).toEqual([buttons[0]]);
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: "ArrowLeft" });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: "ArrowLeft" });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: "End" });
    expect(document.activeElement).toBe(buttons[9]);
    expect(buttons.filter((button) => button.tabIndex === 0)).toEqual([buttons[9]]);
    fireEvent.keyDown(buttons[9]!, { key: "Home" });
    expect(document.activeElement).toBe(buttons[0]);
  });

  it("puts the selected event in the Tab order", () => {
    renderTimeline({ selected: "aktobe-attacks" });
    const tabbable = events().filter((button) => button.tabIndex === 0);
    expect(tabbable.map((button) => button.textContent)).toEqual(["Attacks in Aktobe"]);
  });

  it("marks and names events that only other sources report", () => {
    const file = JSON.parse(storyText);
    file.events.find((event: { id: string }) => event.id === "detentions").origin = "other-sources";
    renderTimeline({ text: JSON.stringify(file) });
    const button = screen.getByRole("button", { name: "Group detained over bomb plot, 26 June 2016, from other sources" });
    expect(button.closest("li")?.classList.contains("timeline__event--other-sources")).toBe(true);
    expect(document.querySelectorAll(".timeline__event--other-sources")).toHaveLength(1);
    expect(screen.getByRole("list", { name: "Key" }).textContent).toContain("only other sources report it");
  });

  it("renders nothing for a story with no dates", () => {
    const story = load();
    const { container } = render(
      <Timeline story={{ ...story, file: { ...story.file, article: null, events: [] } }} range={OPEN_RANGE} onRangeChange={() => {}} selectedEventId={null} onSelectEvent={() => {}} />,
    );
    expect(container.innerHTML).toBe("");
  });
});

describe("Timeline range filter", () => {
  it("has labelled date pickers bounded by the story's span", () => {
    renderTimeline({ range: JUNE });
    const from = screen.getByLabelText("From") as HTMLInputElement;
    const to = screen.getByLabelText("To") as HTMLInputElement;
    expect(from.type).toBe("date");
    expect(from.value).toBe("2016-06-01");
    expect(to.value).toBe("2016-06-30");
    expect(from.min).toBe("2010-11-21");
    expect(to.max).toBe("2016-08-18");
    expect(from.max).toBe("2016-06-30");
    expect(to.min).toBe("2016-06-01");
  });

  it("reports a changed day, and Clear opens the range", () => {
    const { onRangeChange } = renderTimeline({ range: JUNE });
    fireEvent.change(screen.getByLabelText("To"), { target: { value: "2016-07-07" } });
    expect(onRangeChange).toHaveBeenLastCalledWith({ from: "2016-06-01", to: "2016-07-07" });
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "" } });
    expect(onRangeChange).toHaveBeenLastCalledWith({ from: null, to: "2016-07-07" });
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(onRangeChange).toHaveBeenLastCalledWith({ from: null, to: null });
  });

  it("keeps a From after To in the picker with a message, without reporting it", () => {
    const { onRangeChange } = renderTimeline({ range: JUNE });
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2016-07-10" } });
    expect(onRangeChange).not.toHaveBeenCalled();
    expect(screen.getByRole("alert").textContent).toBe("From is after To: choose an earlier From or a later To.");
    expect((screen.getByLabelText("From") as HTMLInputElement).value).toBe("2016-07-10");
    expect(screen.getByLabelText("From").getAttribute("aria-invalid")).toBe("true");
  });

  it("offers presets counted back from publication, pressed when chosen", () => {
    function Harness() {
      const [range, setRange] = useState<DayRange>(OPEN_RANGE);
      return <Timeline story={load()} range={range} onRangeChange={setRange} selectedEventId={null} onSelectEvent={() => {}} />;
    }
    render(<Harness />);
    const presets = within(screen.getByRole("group", { name: "Quick ranges" })).getAllByRole("button");
    expect(presets.map((button) => button.textContent)).toEqual(["Week before publication", "Month before publication", "Year of publication (2016)"]);
    fireEvent.click(presets[0]!);
    expect(presets[0]!.getAttribute("aria-pressed")).toBe("true");
    expect((screen.getByLabelText("From") as HTMLInputElement).value).toBe("2016-07-02");
    expect(screen.getByRole("status").textContent).toBe("2 of 10 events in the chosen dates");
    fireEvent.click(screen.getByRole("button", { name: "Clear" }));
    expect(presets[0]!.getAttribute("aria-pressed")).toBe("false");
    expect((screen.getByLabelText("From") as HTMLInputElement).value).toBe("");
    expect(screen.getByRole("status").textContent).toBe("All 10 events");
  });
});
