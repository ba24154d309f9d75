import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { LoadProblem } from "../../src/components/LoadProblem";
import { Notices, type Notice } from "../../src/components/Notices";
import { OffMapPlaces } from "../../src/components/OffMapPlaces";
import type { Place } from "../../src/story/model";

function NoticesHarness({ initial }: { initial: Notice[] }) {
  const [notices, setNotices] = useState(initial);
  return <Notices notices={notices} onDismiss={(id) => setNotices((current) => current.filter((notice) => notice.id !== id))} />;
}

const place = (id: string, name: string, precision: Place["precision"]): Place => ({
  id, name, precision, origin: "article", aliases: [], description: undefined, geometry: null, box: null, anchor: null, sources: [], mentions: [], countryIds: [], properties: [],
});

describe("messages", () => {
  it("announces notices politely and removes only the one dismissed", () => {
    render(<NoticesHarness initial={[{ id: "a", text: "First problem" }, { id: "b", text: "Second problem" }]} />);
    expect(screen.getByRole("status").getAttribute("aria-live")).toBe("polite");
    fireEvent.click(screen.getAllByRole("button", { name: "Dismiss message" })[0]!);
    expect(screen.queryByText("First problem")).toBeNull();
    expect(screen.getByText("Second problem")).toBeTruthy();
  });

  it("names the file and every problem when a story cannot load", () => {
    render(<LoadProblem file="geodata/x/story.json" problems={["the file is not valid JSON at line 2, column 3: value expected", "id is missing"]} />);
    expect(screen.getByRole("alert").textContent).toContain("geodata/x/story.json");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual([
      "the file is not valid JSON at line 2, column 3: value expected", "id is missing",
    ]);
  });

  it("lists places without a position as buttons that say why they are off the map", () => {
    const chosen: string[] = [];
    render(<OffMapPlaces places={[place("iss", "International Space Station", "off-earth"), place("gulshat", "Gulshat", "city")]} onSelect={(id) => chosen.push(id)} />);
    expect(screen.getByRole("navigation", { name: "Places not on the map" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /International Space Station/ }));
    expect(chosen).toEqual(["iss"]);
    expect(screen.getByRole("button", { name: /Gulshat/ }).textContent).toContain("location unknown");
    expect(screen.getByRole("button", { name: /International Space Station/ }).textContent).toContain("in orbit");
  });

  it("renders nothing when every place is on the map", () => {
    const { container } = render(<OffMapPlaces places={[]} onSelect={() => undefined} />);
    expect(container.innerHTML).toBe("");
  });
});
