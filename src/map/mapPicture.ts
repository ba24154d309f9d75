import type { Map as LeafletMap } from "leaflet";
import { byZIndex, drawElement, type Painter } from "./drawElement";
import { themeColour } from "./themeColour";

export interface MapPictureOptions {
  /** Image pixels per CSS pixel. Default: the screen's `devicePixelRatio`. */
  scale?: number;
}

/** CSS pixels of the credits strip: large enough to read on a projected slide. */
const STRIP_FONT_SIZE = 13;
const STRIP_LINE_HEIGHT = 17;
const STRIP_PADDING = 6;
/** Room between the scale bar and the strip and the picture's right edge. */
const SCALE_BAR_MARGIN = 8;
/** OnlineTiles is the map's only tile layer. */
const TILES_CREDIT = "© OpenStreetMap contributors";
const TILES_LEFT_OUT = "Online map tiles left out: the browser does not allow copying them";

/** An image from another site that did not allow sharing it would make the canvas unreadable. */
function copyable(image: HTMLImageElement): boolean {
  const probe = document.createElement("canvas").getContext("2d");
  if (!probe) return false;
  probe.drawImage(image, 0, 0, 1, 1);
  try {
    probe.getImageData(0, 0, 1, 1);
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === "SecurityError") return false;
    throw error;
  }
}

/** Greedy line breaks at spaces, so long credits wrap on a narrow map instead of running off. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && context.measureText(longer).width > width) {
      lines.push(line);
      line = word;
    } else {
      line = longer;
    }
  }
  return line ? [...lines, line] : lines;
}

/** The credits, over the bottom of the map in the theme's paper and ink; returns the strip's top. */
function drawStrip(context: CanvasRenderingContext2D, map: LeafletMap, text: string): number {
  const { x: width, y: height } = map.getSize();
  context.save();
  context.globalAlpha = 1;
  context.font = `${STRIP_FONT_SIZE}px ${getComputedStyle(map.getContainer()).fontFamily}`;
  context.textBaseline = "middle";
  const lines = wrap(context, text, width - 2 * STRIP_PADDING);
  const top = height - lines.length * STRIP_LINE_HEIGHT - 2 * STRIP_PADDING;
  context.fillStyle = themeColour(map, "--paper");
  context.fillRect(0, top, width, height - top);
  context.fillStyle = themeColour(map, "--ink");
  lines.forEach((line, index) => context.fillText(line, STRIP_PADDING, top + STRIP_PADDING + (index + 0.5) * STRIP_LINE_HEIGHT));
  context.restore();
  return top;
}

/**
 * The map as it shows now, as a PNG for slides and documents: basemap, online tiles when the
 * browser allows copying them, the story's shapes, markers and labels, and the scale bar; no
 * buttons, popups or panels. A strip along the bottom carries `attribution` and the tiles' credit.
 * @param map - the map to picture; its container gives the picture's size in CSS pixels
 * @param attribution - the credits for the strip, e.g. "Map: Natural Earth (public domain) · Leaflet"
 * @param options - `scale`: image pixels per CSS pixel, by default the screen's
 * @returns a PNG as large as the map container times the scale
 * @example const png = await mapPicture(map, "Map: Natural Earth (public domain) · Leaflet", { scale: 2 });
 */
export async function mapPicture(map: LeafletMap, attribution: string, options: MapPictureOptions = {}): Promise<Blob> {
  const container = map.getContainer();
  const size = map.getSize();
  const scale = options.scale ?? window.devicePixelRatio;
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(size.x * scale);
  canvas.height = Math.round(size.y * scale);
  const context = canvas.getContext("2d");
  if (!context) throw new Error("this browser cannot draw pictures");
  context.scale(scale, scale);
  context.fillStyle = getComputedStyle(container).backgroundColor;
  context.fillRect(0, 0, size.x, size.y);

  const leftOut = new Set<Element | undefined>([map.getPane("popupPane"), map.getPane("tooltipPane")]);
  const panes = byZIndex([...(map.getPane("mapPane")?.children ?? [])].filter((pane) => pane.classList.contains("leaflet-pane") && !leftOut.has(pane)));
  const images = panes.flatMap((pane) => [...pane.querySelectorAll("img")]).filter((image) => image.complete && image.naturalWidth > 0);
  const painter: Painter = { context, origin: container.getBoundingClientRect(), scale, imagesAllowed: images.every(copyable), tilesDrawn: false };
  for (const pane of panes) drawElement(painter, pane, 1);

  const credits = [attribution, painter.tilesDrawn ? TILES_CREDIT : "", painter.imagesAllowed ? "" : TILES_LEFT_OUT].filter(Boolean).join(" · ");
  const stripTop = drawStrip(context, map, credits);
  const scaleBar = container.querySelector(".leaflet-control-scale");
  if (scaleBar) {
    // On screen the scale bar sits above the credits panel; here it sits above the strip.
    const box = scaleBar.getBoundingClientRect();
    context.save();
    context.translate(size.x - SCALE_BAR_MARGIN - (box.right - painter.origin.left), stripTop - SCALE_BAR_MARGIN - (box.bottom - painter.origin.top));
    drawElement(painter, scaleBar, 1);
    context.restore();
  }

  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the picture"))), "image/png");
  });
}
