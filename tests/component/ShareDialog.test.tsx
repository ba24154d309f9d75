import { fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ShareDialog } from "../../src/components/ShareDialog";

const APP = "https://example.org/maps/index.html?story=stories/a.json&place=aktobe&view=text#map=6/48.20/67.50";
const EMBED = "https://example.org/maps/embed.html?story=https%3A%2F%2Fexample.org%2Fmaps%2Fstories%2Fa.json&place=aktobe";
const HINT = "Press Ctrl+C (⌘C on a Mac) to copy";

function renderDialog() {
  const onClose = vi.fn();
  render(<ShareDialog appHref={APP} storyTitle="Aktobe attacks" onClose={onClose} />);
  const dialog = screen.getByRole("dialog", { name: "Share and embed" });
  const field = (name: string) => within(dialog).getByRole("textbox", { name }) as HTMLInputElement | HTMLTextAreaElement;
  return {
    onClose,
    dialog,
    link: field("Link to this view"),
    iframeCode: field("Embed with an iframe"),
    elementCode: field("Embed without an iframe (web component)"),
    preview: within(dialog).getByTitle("Preview of the embed") as HTMLIFrameElement,
  };
}

/** The browser's clipboard is the boundary: jsdom has none, so each test brings its own. */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, "clipboard", { configurable: true, value: writeText && { writeText } });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, "clipboard");
});

describe("ShareDialog", () => {
  it("opens on the link to this view, without the text-only view", () => {
    const { dialog, link } = renderDialog();
    expect(dialog.hasAttribute("open")).toBe(true);
    expect(link.value).toBe("https://example.org/maps/index.html?story=stories%2Fa.json&place=aktobe#map=6/48.20/67.50");
    expect(link.readOnly).toBe(true);
  });

  it("starts the embed at the defaults, with an absolute story and the map view", () => {
    const { iframeCode, elementCode, preview } = renderDialog();
    expect(preview.getAttribute("src")).toBe(`${EMBED}#map=6/48.20/67.50`);
    expect(preview.getAttribute("sandbox")).toBe("allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    expect(preview.getAttribute("loading")).toBe("lazy");
    expect(iframeCode.value).toContain(`src="${EMBED.replace("&", "&amp;")}#map=6/48.20/67.50" title="Map: Aktobe attacks"`);
    expect(elementCode.value).toContain(`<article-map story="https://example.org/maps/stories/a.json" place="aktobe" style="display:block;height:520px">`);
  });

  it("updates both snippets and the preview as options change", () => {
    const { iframeCode, elementCode, preview } = renderDialog();
    fireEvent.click(screen.getByRole("radio", { name: "Dark" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Show the side panel" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Fixed view (no panning or zooming)" }));
    expect(preview.getAttribute("src")).toBe(`${EMBED}&theme=dark&panel=0&static=1#map=6/48.20/67.50`);
    expect(iframeCode.value).toContain("&amp;theme=dark&amp;panel=0&amp;static=1#map=");
    expect(elementCode.value).toContain(` theme="dark" panel="0" static="1" style=`);

    fireEvent.click(screen.getByRole("radio", { name: "Follow the reader's system" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Show the side panel" }));
    expect(preview.getAttribute("src")).toBe(`${EMBED}&static=1#map=6/48.20/67.50`);
    expect(elementCode.value).not.toContain("theme=");
    expect(elementCode.value).not.toContain("panel=");
  });

  it("sizes the snippets to the chosen height, and caps the preview so the dialog fits", () => {
    const { iframeCode, elementCode, preview } = renderDialog();
    const height = screen.getByRole("spinbutton", { name: /Height in pixels/ });
    fireEvent.change(height, { target: { value: "300" } });
    expect(iframeCode.value).toContain("height:300px;border:0");
    expect(preview.style.height).toBe("300px");
    expect(screen.queryByText(/Shown 360 pixels tall/)).toBeNull();
    fireEvent.change(height, { target: { value: "900" } });
    expect(elementCode.value).toContain("display:block;height:900px");
    expect(preview.style.height).toBe("360px");
    expect(screen.getByText("Shown 360 pixels tall here; the embed is 900.")).toBeTruthy();
  });

  it("copies a snippet to the clipboard and says so, until the snippet changes", async () => {
    const writeText = vi.fn((_text: string) => Promise.resolve());
    stubClipboard(writeText);
    const { iframeCode } = renderDialog();
    const button = screen.getByRole("button", { name: "Copy iframe code" });
    fireEvent.click(button);
    const status = within(button.parentElement!).getByRole("status");
    await vi.waitFor(() => expect(status.textContent).toBe("Copied"));
    expect(writeText).toHaveBeenCalledExactlyOnceWith(iframeCode.value);
    expect(iframeCode.value).toMatch(/^<iframe src=/);
    fireEvent.click(screen.getByRole("checkbox", { name: "Show map buttons" }));
    expect(status.textContent).toBe("");
  });

  it("selects the text and asks for Ctrl+C when the clipboard refuses", async () => {
    stubClipboard(() => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")));
    const { elementCode } = renderDialog();
    const button = screen.getByRole("button", { name: "Copy web component code" });
    fireEvent.click(button);
    await vi.waitFor(() => expect(within(button.parentElement!).getByRole("status").textContent).toBe(HINT));
    expect(document.activeElement).toBe(elementCode);
    expect([elementCode.selectionStart, elementCode.selectionEnd]).toEqual([0, elementCode.value.length]);
  });

  it("does the same where there is no clipboard at all", async () => {
    stubClipboard(undefined);
    const { link } = renderDialog();
    const button = screen.getByRole("button", { name: "Copy link" });
    fireEvent.click(button);
    await vi.waitFor(() => expect(within(button.parentElement!).getByRole("status").textContent).toBe(HINT));
    expect(document.activeElement).toBe(link);
    expect([link.selectionStart, link.selectionEnd]).toEqual([0, link.value.length]);
  });

  it("closes on Escape, on the close button and on the backdrop, but not on a click inside", () => {
    const { onClose, dialog } = renderDialog();
    fireEvent.click(screen.getByRole("heading", { name: "Preview" }));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(document, { key: "Escape" });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole("button", { name: "Close share and embed" }));
    expect(onClose).toHaveBeenCalledTimes(2);
    fireEvent.click(dialog);
    expect(onClose).toHaveBeenCalledTimes(3);
  });

  it("gives every control a name, so each can be found by it", () => {
    const { dialog } = renderDialog();
    const named = ([
      ["button", "Close share and embed"], ["textbox", "Link to this view"], ["button", "Copy link"],
      ["radio", "Follow the reader's system"], ["radio", "Light"], ["radio", "Dark"],
      ["checkbox", "Show the side panel"], ["checkbox", "Show map buttons"], ["checkbox", "Fixed view (no panning or zooming)"], ["checkbox", "Show the headline"],
      ["spinbutton", "Height in pixels (240 to 1600)"],
      ["textbox", "Embed with an iframe"], ["button", "Copy iframe code"],
      ["textbox", "Embed without an iframe (web component)"], ["button", "Copy web component code"],
    ] as const).map(([role, name]) => within(dialog).getByRole(role, { name }));
    expect(named).toEqual([...dialog.querySelectorAll("input, textarea, button, select")]);
  });
});
