/**
 * Draws DOM elements onto a canvas as the browser shows them now, from their boxes and computed
 * styles: enough CSS for Leaflet's panes and this app's markers and labels, not a general renderer.
 */

/** Far enough off the picture that only a shadow cast back onto it shows. */
const OFF_PICTURE = 100_000;

interface Shadow {
  colour: string;
  x: number;
  y: number;
  blur: number;
  spread: number;
  inset: boolean;
}

/** Where a picture is being drawn, and what it may and did draw. */
export interface Painter {
  context: CanvasRenderingContext2D;
  /** The map container's top left on the page: every element is placed relative to it. */
  origin: DOMRect;
  scale: number;
  /** False when an image would taint the canvas, which could then not be saved at all. */
  imagesAllowed: boolean;
  /** Set once a map tile is drawn, so that the picture credits the tiles' source. */
  tilesDrawn: boolean;
}

/** `text-shadow` and `box-shadow` as computed: `rgb(255, 255, 255) 0px 0px 2px, …`, colour first. */
function parseShadows(value: string): Shadow[] {
  if (value === "none") return [];
  return value.split(/,(?![^(]*\))/).map((part) => {
    const colour = /^\s*(\w+\([^)]*\)|#\w+|[a-z]+)/.exec(part)?.[1] ?? "transparent";
    const [x = 0, y = 0, blur = 0, spread = 0] = part.slice(part.indexOf(colour) + colour.length).match(/-?[\d.]+/g)?.map(Number) ?? [];
    return { colour, x, y, blur, spread, inset: part.includes("inset") };
  });
}

const px = (value: string): number => Number.parseFloat(value) || 0;
/** In stacking order: Leaflet stacks markers by z-index, not by their order in the DOM. */
export function byZIndex(elements: Iterable<Element>): Element[] {
  return [...elements]
    .map((element) => ({ element, z: Number.parseInt(getComputedStyle(element).zIndex, 10) || 0 }))
    .sort((a, b) => a.z - b.z)
    .map(({ element }) => element);
}

function drawPixels(painter: Painter, source: HTMLCanvasElement | HTMLImageElement) {
  const box = source.getBoundingClientRect();
  painter.context.drawImage(source, box.left - painter.origin.left, box.top - painter.origin.top, box.width, box.height);
}

/** Leaflet's SVG renderer draws only paths, styled by attributes and by the stylesheet's classes. */
function drawSvg(painter: Painter, svg: SVGSVGElement, opacity: number) {
  const { context, origin } = painter;
  const box = svg.getBoundingClientRect();
  const view = svg.viewBox.baseVal;
  if (!view || view.width === 0 || view.height === 0) return;
  context.save();
  context.translate(box.left - origin.left, box.top - origin.top);
  context.scale(box.width / view.width, box.height / view.height);
  context.translate(-view.x, -view.y);
  for (const path of svg.querySelectorAll("path")) {
    const style = getComputedStyle(path);
    const data = path.getAttribute("d");
    if (!data || style.display === "none" || style.visibility === "hidden") continue;
    const shape = new Path2D(data);
    const alpha = opacity * Number(style.opacity);
    if (style.fill !== "none") {
      context.globalAlpha = alpha * Number(style.fillOpacity);
      context.fillStyle = style.fill;
      context.fill(shape, style.fillRule === "evenodd" ? "evenodd" : "nonzero");
    }
    if (style.stroke !== "none") {
      context.globalAlpha = alpha * Number(style.strokeOpacity);
      context.strokeStyle = style.stroke;
      context.lineWidth = px(style.strokeWidth);
      context.lineCap = style.strokeLinecap as CanvasLineCap;
      context.lineJoin = style.strokeLinejoin as CanvasLineJoin;
      context.setLineDash(style.strokeDasharray === "none" ? [] : style.strokeDasharray.split(/[\s,]+/).map(px));
      context.stroke(shape);
    }
  }
  context.restore();
}

/** Background, border and box shadows, turned as the element is (a site's diamond). */
function drawBox(painter: Painter, element: HTMLElement, style: CSSStyleDeclaration) {
  const { context, origin, scale } = painter;
  const shadows = parseShadows(style.boxShadow).filter((shadow) => !shadow.inset);
  const border = (side: "top" | "right" | "bottom" | "left") => ({
    width: px(style.getPropertyValue(`border-${side}-width`)),
    colour: style.getPropertyValue(`border-${side}-color`),
  });
  const [top, right, bottom, left] = [border("top"), border("right"), border("bottom"), border("left")];
  const transparent = /^rgba\(.*,\s*0\)$|^transparent$/.test(style.backgroundColor);
  if (transparent && !shadows.length && !(top.width || right.width || bottom.width || left.width)) return;

  const [width, height] = [element.offsetWidth, element.offsetHeight];
  const box = element.getBoundingClientRect();
  const matrix = new DOMMatrix(style.transform === "none" ? undefined : style.transform);
  const corner = style.borderTopLeftRadius.split(" ")[0] ?? "0";
  const radius = Math.min(corner.endsWith("%") ? (px(corner) / 100) * Math.min(width, height) : px(corner), Math.min(width, height) / 2);
  const [x, y] = [-width / 2, -height / 2];
  context.save();
  // Transforms turn about the element's centre, which a bounding box keeps where it is.
  context.translate(box.left + box.width / 2 - origin.left, box.top + box.height / 2 - origin.top);
  context.rotate(Math.atan2(matrix.b, matrix.a));
  for (const shadow of shadows.reverse()) {
    context.beginPath();
    context.roundRect(x - shadow.spread + shadow.x, y - shadow.spread + shadow.y, width + 2 * shadow.spread, height + 2 * shadow.spread, radius + shadow.spread);
    context.fillStyle = shadow.colour;
    context.shadowColor = shadow.colour;
    context.shadowBlur = shadow.blur * scale;
    context.fill();
  }
  context.shadowColor = "transparent";
  context.beginPath();
  context.roundRect(x, y, width, height, radius);
  context.fillStyle = style.backgroundColor;
  context.fill();
  if (radius > 0) {
    context.beginPath();
    context.roundRect(x, y, width, height, radius);
    context.roundRect(x + top.width, y + top.width, width - 2 * top.width, height - 2 * top.width, Math.max(0, radius - top.width));
    context.fillStyle = top.colour;
    context.fill("evenodd");
  } else {
    for (const [side, rect] of [
      [top, [x, y, width, top.width]],
      [right, [x + width - right.width, y, right.width, height]],
      [bottom, [x, y + height - bottom.width, width, bottom.width]],
      [left, [x, y, left.width, height]],
    ] as const) {
      context.fillStyle = side.colour;
      context.fillRect(...rect);
    }
  }
  context.restore();
}

/** One line of text in its font and colour, over its `text-shadow` halo. */
function drawText(painter: Painter, element: HTMLElement, style: CSSStyleDeclaration, text: string) {
  const { context, origin, scale } = painter;
  context.save();
  context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
  context.letterSpacing = style.letterSpacing === "normal" ? "0px" : style.letterSpacing;
  context.textBaseline = "alphabetic";
  const shown = style.textTransform === "uppercase" ? text.toUpperCase() : text;
  const metrics = context.measureText(shown);
  const box = element.getBoundingClientRect();
  const x = box.left - origin.left + px(style.paddingLeft) + px(style.borderLeftWidth);
  const top = box.top - origin.top + px(style.paddingTop) + px(style.borderTopWidth);
  const height = box.height - px(style.paddingTop) - px(style.paddingBottom) - px(style.borderTopWidth) - px(style.borderBottomWidth);
  // A line of normal height centres the font's ascent and descent in the line box.
  const baseline = top + (height - metrics.fontBoundingBoxAscent - metrics.fontBoundingBoxDescent) / 2 + metrics.fontBoundingBoxAscent;
  // Shadows are offset in device pixels, whatever the transform: the text is drawn off the
  // picture and only its shadow falls back onto it, as CSS paints a shadow without a second text.
  for (const shadow of parseShadows(style.textShadow).reverse()) {
    context.shadowColor = shadow.colour;
    context.shadowBlur = shadow.blur * scale;
    context.shadowOffsetX = (OFF_PICTURE + shadow.x) * scale;
    context.shadowOffsetY = shadow.y * scale;
    context.fillText(shown, x - OFF_PICTURE, baseline);
  }
  context.shadowColor = "transparent";
  context.fillStyle = style.color;
  context.fillText(shown, x, baseline);
  if (style.textDecorationLine.includes("underline")) {
    const thickness = px(style.textDecorationThickness) || 1;
    context.fillStyle = style.textDecorationColor;
    context.fillRect(x, baseline + metrics.fontBoundingBoxDescent / 2, metrics.width, thickness);
  }
  context.restore();
}

/** Draws an element and what is inside it, in stacking order, as the browser shows it now. */
export function drawElement(painter: Painter, element: Element, inheritedOpacity: number) {
  const style = getComputedStyle(element);
  // A clipped element is a visually hidden one: a marker's label with no room beside it.
  if (style.display === "none" || style.visibility === "hidden" || style.clipPath !== "none") return;
  const opacity = inheritedOpacity * Number(style.opacity);
  if (opacity === 0) return;
  painter.context.globalAlpha = opacity;
  if (element instanceof HTMLCanvasElement) {
    if (element.width > 0 && element.height > 0) drawPixels(painter, element);
  } else if (element instanceof HTMLImageElement) {
    if (painter.imagesAllowed && element.complete && element.naturalWidth > 0) {
      drawPixels(painter, element);
      painter.tilesDrawn ||= element.classList.contains("leaflet-tile");
    }
  } else if (element instanceof SVGSVGElement) {
    drawSvg(painter, element, opacity);
  } else if (element instanceof HTMLElement) {
    drawBox(painter, element, style);
    const text = element.children.length === 0 ? (element.textContent ?? "").replace(/\s+/g, " ").trim() : "";
    if (text) drawText(painter, element, style, text);
    for (const child of byZIndex(element.children)) drawElement(painter, child, opacity);
  }
}

