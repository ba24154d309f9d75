import { act, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../../src/components/ErrorBoundary";

function Broken(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'anchor')");
}

const incidents = () => screen.queryAllByText(/^Something went wrong in the page/);

describe("ErrorBoundary", () => {
  beforeEach(() => {
    history.replaceState(null, "", "/map/?story=stories%2Fother.json&tiles=osm#map=3/1/2");
  });
  afterEach(() => {
    history.replaceState(null, "", "/");
    vi.restoreAllMocks();
  });

  it("shows the app while nothing fails", () => {
    render(<ErrorBoundary><p>The map</p></ErrorBoundary>);
    expect(screen.getByText("The map")).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("turns a render error into a message with a reload button and a link to the default story", () => {
    // React reports the caught error on the console; that is expected here.
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    render(<ErrorBoundary><Broken /></ErrorBoundary>);
    const alert = screen.getByRole("alert");
    expect(screen.getByRole("heading", { name: "The map stopped working" })).toBeTruthy();
    expect(alert.textContent).toContain("Something in the app failed while drawing the page");
    expect(alert.textContent).toContain("Cannot read properties of undefined (reading 'anchor')");
    expect(screen.getByRole("button", { name: "Reload the page" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Open the default story" }).getAttribute("href")).toBe("http://localhost:3000/map/?tiles=osm");
  });

  it("shows an error that escapes to the window as a notice, once, and keeps the app", () => {
    render(<ErrorBoundary><p>The map</p></ErrorBoundary>);
    const error = new Error("handler failed");
    act(() => {
      window.dispatchEvent(new ErrorEvent("error", { message: error.message, error }));
      window.dispatchEvent(new ErrorEvent("error", { message: error.message, error }));
    });
    expect(incidents().map((notice) => notice.textContent)).toEqual([
      "Something went wrong in the page (handler failed). The map may not work fully; reloading the page may help.",
    ]);
    expect(screen.getByText("The map")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Dismiss message" }));
    expect(incidents()).toEqual([]);
  });

  it("shows a promise rejection nobody handled as a notice, and keeps at most three", () => {
    render(<ErrorBoundary><p>The map</p></ErrorBoundary>);
    act(() => {
      for (const reason of ["one", "two", "three", "four"]) {
        window.dispatchEvent(Object.assign(new Event("unhandledrejection"), { reason: new Error(`lost ${reason}`) }));
      }
    });
    expect(incidents().map((notice) => notice.textContent?.match(/\((.*?)\)/)?.[1])).toEqual(["lost two", "lost three", "lost four"]);
    expect(incidents()[0]!.closest("[role=status]")?.getAttribute("aria-live")).toBe("polite");
  });

  it("stops listening to the window when it unmounts", () => {
    const removed = vi.spyOn(window, "removeEventListener");
    const { unmount } = render(<ErrorBoundary><p>The map</p></ErrorBoundary>);
    unmount();
    expect(removed.mock.calls.map(([type]) => type)).toEqual(expect.arrayContaining(["error", "unhandledrejection"]));
  });
});
