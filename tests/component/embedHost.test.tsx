import { afterEach, beforeAll, describe, expect, it, vi, type MockInstance } from "vitest";

const MAP = "https://map.example";
// A classic script, not a module, so TypeScript refuses it as a literal import(); a path held in a
// constant is imported all the same.
const HOST_SCRIPT = "../../src/embed/host.ts";
let addEventListener: MockInstance<typeof window.addEventListener>;

const messageListeners = () => addEventListener.mock.calls.filter(([type]) => type === "message").length;

function iframe(src: string | null): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  if (src !== null) frame.src = src;
  document.body.append(frame);
  return frame;
}

function post(source: Window | null, origin: string, data: unknown): void {
  window.dispatchEvent(new MessageEvent("message", { data, origin, source }));
}

const height = (value: unknown) => ({ type: "article-map:height", height: value });

beforeAll(async () => {
  addEventListener = vi.spyOn(window, "addEventListener");
  await import(/* @vite-ignore */ HOST_SCRIPT);
});

afterEach(() => {
  document.body.replaceChildren();
});

describe("the host page's script", () => {
  it("listens for messages once it is loaded", () => {
    expect(messageListeners()).toBe(1);
  });

  it("sizes the iframe that sent the height, rounded up, and no other", () => {
    const first = iframe(`${MAP}/embed/?story=a`);
    const second = iframe(`${MAP}/embed/?story=b`);
    post(second.contentWindow, MAP, height(320.2));
    expect(second.style.height).toBe("321px");
    expect(first.style.height).toBe("");
    post(first.contentWindow, MAP, { ...height(480), extra: "ignored" });
    expect(first.style.height).toBe("480px");
    expect(second.style.height).toBe("321px");
  });

  it("accepts the bounds 0 and 100000", () => {
    const frame = iframe(`${MAP}/embed/`);
    post(frame.contentWindow, MAP, height(100_000));
    expect(frame.style.height).toBe("100000px");
    post(frame.contentWindow, MAP, height(0));
    expect(frame.style.height).toBe("0px");
  });

  it("resolves a relative src against the page", () => {
    const frame = iframe("/embed/?story=a");
    post(frame.contentWindow, window.location.origin, height(250));
    expect(frame.style.height).toBe("250px");
  });

  it("ignores a height from an origin other than the iframe's src", () => {
    const frame = iframe(`${MAP}/embed/`);
    for (const origin of ["https://evil.example", "http://map.example", "https://map.example:8443", window.location.origin, "null", ""]) {
      post(frame.contentWindow, origin, height(300));
    }
    expect(frame.style.height).toBe("");
  });

  it("ignores a height whose source is not that iframe", () => {
    const frame = iframe(`${MAP}/embed/`);
    const other = iframe("https://other.example/page");
    // The other iframe's window, claiming the map's origin, must not resize the map's iframe.
    post(other.contentWindow, MAP, height(300));
    post(window, MAP, height(300));
    post(null, MAP, height(300));
    expect(frame.style.height).toBe("");
    expect(other.style.height).toBe("");
  });

  it("ignores opaque origins, even from an iframe whose src has one", () => {
    const data = iframe("data:text/html,<p>hi</p>");
    const blank = iframe(null);
    post(data.contentWindow, "null", height(300));
    post(blank.contentWindow, "null", height(300));
    post(blank.contentWindow, window.location.origin, height(300));
    expect(data.style.height).toBe("");
    expect(blank.style.height).toBe("");
  });

  it.each<[string, unknown]>([
    ["a negative height", height(-1)],
    ["a height above 100000", height(100_000.5)],
    ["NaN", height(Number.NaN)],
    ["Infinity", height(Number.POSITIVE_INFINITY)],
    ["a height as text", height("300")],
    ["no height", { type: "article-map:height" }],
    ["another message type", { type: "article-map:select", height: 300 }],
    ["a string", "article-map:height"],
    ["null", null],
    ["an array", [height(300)]],
  ])("ignores %s", (_name, data) => {
    const frame = iframe(`${MAP}/embed/`);
    post(frame.contentWindow, MAP, data);
    expect(frame.style.height).toBe("");
  });

  it("adds no second listener when included again", async () => {
    vi.resetModules();
    await import(/* @vite-ignore */ HOST_SCRIPT);
    expect(messageListeners()).toBe(1);
  });

  // Without this, the test above would pass just as well if the module were never run again.
  it("runs again after resetModules, so the guard is what stops it", async () => {
    document.documentElement.removeAttribute("data-article-map-host");
    vi.resetModules();
    await import(/* @vite-ignore */ HOST_SCRIPT);
    expect(messageListeners()).toBe(2);
  });
});
