import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fireEvent, render, screen } from "@testing-library/react";
import { create } from "qrcode";
import { describe, expect, it, vi } from "vitest";
import { HandoutView } from "../../src/components/handout/HandoutView";
import { parseStory } from "../../src/story/parseStory";

// Under jsdom import.meta.url is not a file URL; Vitest runs from the repository root.
const result = parseStory(readFileSync(join(process.cwd(), "geodata/aktobe-2016/story.json"), "utf8"));
if (!result.ok) throw new Error("the shipped story does not load");
const { story } = result;
const LIVE = "https://maps.example.org/map/?story=stories/aktobe.json";

describe("HandoutView", () => {
  it("shows the cover and every step, with “Map loading…” until the basemap is there", () => {
    render(<HandoutView story={story} basemap={null} liveHref={LIVE} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(story.title);
    const steps = document.querySelectorAll(".handout__step");
    expect(steps).toHaveLength(story.briefing.steps.length);
    expect(screen.getAllByText("Map loading…")).toHaveLength(story.briefing.steps.length);
    expect([...steps].map((step) => step.querySelector("h2")?.textContent)).toEqual(story.briefing.steps.map((step) => step.title));
    expect(screen.getByRole("link", { name: LIVE }).getAttribute("href")).toBe(LIVE);
  });

  it("draws the QR code module for module, as rectangles", () => {
    render(<HandoutView story={story} basemap={null} liveHref={LIVE} />);
    const { modules } = create(LIVE, { errorCorrectionLevel: "M" });
    const drawn = new Set<string>();
    const quietZone = 4;
    for (const rect of document.querySelectorAll(".handout__qr-code rect[fill='#000']")) {
      const [x, y, width] = ["x", "y", "width"].map((name) => Number(rect.getAttribute(name)));
      for (let column = x! - quietZone; column < x! - quietZone + width!; column++) drawn.add(`${y! - quietZone},${column}`);
    }
    const dark = new Set<string>();
    for (let row = 0; row < modules.size; row++) {
      for (let column = 0; column < modules.size; column++) if (modules.get(row, column)) dark.add(`${row},${column}`);
    }
    expect(drawn).toEqual(dark);
  });

  it("prints with the Print button", () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    render(<HandoutView story={story} basemap={null} liveHref={LIVE} />);
    fireEvent.click(screen.getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });
});
