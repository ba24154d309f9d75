import { MapChannel, type MapEvent } from "../embed/channel";
import type { MapView } from "../state/mapView";
import type { DayRange } from "../story/dayRange";
import { attributesToHref, ELEMENT_ATTRIBUTES, optionsToHref, type ArticleMapOptions, type ElementAttribute } from "./options";

/**
 * article-map.js: the module a host page loads to embed the map without an iframe. It stays
 * small; React, Leaflet and the map's code load only when a map is mounted, which the element
 * does once it comes near the viewport.
 */

/** This module sits at the site's root, next to `geodata/` and `assets/`. */
const SITE_BASE = new URL(/* @vite-ignore */ ".", import.meta.url).href;

export type { ArticleMapOptions } from "./options";

export interface ArticleMapHandle {
  /** Selects a place by id (its popup opens), or closes the popup with null. */
  select(place: string | null): void;
  setView(view: MapView): void;
  setRange(range: DayRange): void;
  /** Listens for "ready", "select" or "view"; returns a function that stops listening. */
  on<T extends MapEvent["type"]>(type: T, listener: (event: Extract<MapEvent, { type: T }>) => void): () => void;
  /** Removes the map and every listener it added. */
  destroy(): void;
}

function mountFromHref(element: HTMLElement, href: string): ArticleMapHandle {
  const channel = new MapChannel();
  let unmount: (() => void) | null = null;
  let destroyed = false;
  void import("./mount").then(({ mountInShadow }) => {
    if (!destroyed) unmount = mountInShadow(element, href, SITE_BASE, channel);
  });
  return {
    select: (place) => channel.command({ type: "select", place }),
    setView: (view) => channel.command({ type: "set-view", view }),
    setRange: (range) => channel.command({ type: "set-range", range }),
    on: (type, listener) => channel.onEvent((event) => {
      if (event.type === type) listener(event as Parameters<typeof listener>[0]);
    }),
    destroy: () => {
      destroyed = true;
      unmount?.();
      unmount = null;
    },
  };
}

/**
 * Mounts a map in any element of the host page (in its shadow root).
 * @example const map = mountArticleMap(document.querySelector("#map"), { place: "astana" }); map.on("select", (e) => console.log(e.place));
 */
export function mountArticleMap(element: HTMLElement, options: ArticleMapOptions = {}): ArticleMapHandle {
  return mountFromHref(element, optionsToHref(options, document.baseURI));
}

/** `<article-map story="…" place="…" theme="…">`: mounted when near the viewport, not before. */
export class ArticleMapElement extends HTMLElement {
  static observedAttributes = [...ELEMENT_ATTRIBUTES];
  private handle: ArticleMapHandle | null = null;
  private visibility: IntersectionObserver | null = null;

  connectedCallback(): void {
    this.visibility = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.mount();
    }, { rootMargin: "200px" });
    this.visibility.observe(this);
  }

  disconnectedCallback(): void {
    this.visibility?.disconnect();
    this.visibility = null;
    this.handle?.destroy();
    this.handle = null;
  }

  attributeChangedCallback(name: ElementAttribute, before: string | null, after: string | null): void {
    if (!this.handle || before === after) return;
    // A new place is a selection; any other option draws the map afresh.
    if (name === "place") this.handle.select(after);
    else this.remount();
  }

  select(place: string | null): void {
    this.handle?.select(place);
  }

  private mount(): void {
    this.visibility?.disconnect();
    this.visibility = null;
    if (this.handle) return;
    const attributes: Partial<Record<ElementAttribute, string>> = {};
    for (const name of ELEMENT_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value !== null) attributes[name] = value;
    }
    this.handle = mountFromHref(this, attributesToHref(attributes, document.baseURI));
    this.handle.on("ready", () => this.dispatchEvent(new CustomEvent("article-map:ready")));
    this.handle.on("select", (event) => this.dispatchEvent(new CustomEvent("article-map:select", { detail: { place: event.place } })));
    this.handle.on("view", (event) => this.dispatchEvent(new CustomEvent("article-map:view", { detail: event.view })));
  }

  private remount(): void {
    this.handle?.destroy();
    this.handle = null;
    this.mount();
  }
}

if (!customElements.get("article-map")) customElements.define("article-map", ArticleMapElement);
