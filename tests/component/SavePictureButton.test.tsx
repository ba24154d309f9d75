import { act, fireEvent, render, screen } from "@testing-library/react";
import { MapContainer } from "react-leaflet";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mapPicture } from "../../src/map/mapPicture";
import { SavePictureButton } from "../../src/map/SavePictureButton";

// jsdom has no canvas: the picture itself is tested in the browser (tests/e2e/savePicture.test.ts).
vi.mock("../../src/map/mapPicture", () => ({ mapPicture: vi.fn() }));

const ATTRIBUTION = "Map: Natural Earth (public domain) · Leaflet";

function renderButton() {
  const onError = vi.fn();
  render(
    <MapContainer center={[48, 67]} zoom={5}>
      <SavePictureButton fileName="aktobe-2016" attribution={ATTRIBUTION} onError={onError} />
    </MapContainer>,
  );
  return { onError, button: screen.getByRole("button", { name: "Save as PNG" }) };
}

/** A picture that arrives when the test says so. */
function pendingPicture() {
  let settle!: { resolve: (blob: Blob) => void; reject: (error: Error) => void };
  vi.mocked(mapPicture).mockReturnValue(new Promise<Blob>((resolve, reject) => (settle = { resolve, reject })));
  return settle;
}

let clicked: HTMLAnchorElement[];
beforeEach(() => {
  clicked = [];
  vi.useFakeTimers({ toFake: ["setTimeout"] });
  // jsdom downloads nothing: record what would be downloaded.
  vi.spyOn(URL, "createObjectURL").mockReturnValue("blob:picture");
  vi.spyOn(URL, "revokeObjectURL").mockReturnValue(undefined);
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.mocked(mapPicture).mockReset();
});

describe("SavePictureButton", () => {
  it("says Saving… while it works, then downloads <fileName>.png and revokes its URL later", async () => {
    const picture = pendingPicture();
    const { button, onError } = renderButton();
    fireEvent.click(button);
    expect(button.textContent).toBe("Saving…");
    expect(button.getAttribute("aria-disabled")).toBe("true");
    // The drawing code is imported on the first click.
    await vi.waitFor(() => expect(vi.mocked(mapPicture)).toHaveBeenCalledWith(expect.objectContaining({ getContainer: expect.any(Function) }), ATTRIBUTION));

    // A second click while saving makes no second picture.
    fireEvent.click(button);
    expect(vi.mocked(mapPicture)).toHaveBeenCalledTimes(1);

    const blob = new Blob(["png"], { type: "image/png" });
    await act(async () => picture.resolve(blob));
    expect(URL.createObjectURL).toHaveBeenCalledWith(blob);
    expect(clicked.map((link) => [link.download, link.getAttribute("href")])).toEqual([["aktobe-2016.png", "blob:picture"]]);
    expect(button.textContent).toBe("Save as PNG");
    expect(button.getAttribute("aria-disabled")).toBe("false");
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith("blob:picture");
    expect(onError).not.toHaveBeenCalled();
  });

  it("reports a failure as a sentence and is ready to try again", async () => {
    const picture = pendingPicture();
    const { button, onError } = renderButton();
    fireEvent.click(button);
    await act(async () => picture.reject(new Error("the browser could not encode the picture")));
    expect(onError).toHaveBeenCalledWith("The map could not be saved as a picture: the browser could not encode the picture.");
    expect(clicked).toEqual([]);
    expect(button.textContent).toBe("Save as PNG");
    expect(button.getAttribute("aria-disabled")).toBe("false");
  });
});
