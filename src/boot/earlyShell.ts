import { isWebLink } from "../browser/webLink";
import { BUILDER_LINK, HEADER_BUTTONS, viewSwitchLink } from "../state/headerActions";
import type { Headline } from "../story/headline";

/** What of the app's layout the shell repeats, as the URL options set it. */
export interface ShellLayout {
  theme: string;
  /** The header with the headline (`?title=`). */
  title: boolean;
  /** The side panel's place (`?panel=`), held by its loading message as the app holds it. */
  panel: boolean;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

function header({ title, article, summary }: Headline): HTMLElement {
  const meta = element("p", "story-header__meta");
  if (article) {
    const { source, published } = article;
    const link = isWebLink(source.url) ? Object.assign(element("a", "", source.name), { href: source.url, target: "_blank", rel: "noopener noreferrer" }) : source.name;
    const time = Object.assign(element("time", "", published.text), { dateTime: published.dateTime });
    meta.append(link, " · ", time, " · ", summary);
  } else {
    meta.append(summary);
  }
  return element("header", "story-header", element("h1", "story-header__title", title), meta, actions());
}

/**
 * The header's links and buttons, so the header wraps as the app's will. The links work at once;
 * the buttons are inert until the app, which opens what they name, replaces them.
 */
function actions(): HTMLElement {
  const link = viewSwitchLink(window.location, false);
  const nav = element("nav", "story-header__actions", ...[link, BUILDER_LINK].map(({ href, label }) => Object.assign(element("a", "", label), { href })));
  nav.setAttribute("aria-label", "Views and help");
  for (const button of HEADER_BUTTONS) {
    const made = element("button", "story-header__help", button.label, ...("key" in button ? [" ", element("kbd", "", button.key)] : []));
    made.type = "button";
    made.inert = true;
    nav.append(made);
  }
  return nav;
}

/**
 * The app's layout, with the same elements and classes as App.tsx draws it, built by the page's
 * entry before React has arrived, so the early map is laid out at its final size. It sits beside
 * the app's element, over it (`.early-view`): StoryMap moves the map's element into its own place
 * and then removes the shell. Text is only ever set as text, never parsed as HTML.
 * @returns the shell, and the empty element the map is to be drawn in
 */
export function earlyShell(headline: Headline, layout: ShellLayout): { shell: HTMLElement; mapElement: HTMLElement } {
  const mapElement = element("div", "story-map");
  const body = element("div", `app__body${layout.panel ? " app__body--with-panel" : ""}`, element("div", "app__map", mapElement));
  if (layout.panel) {
    const panel = element("aside", "side-panel side-panel--loading", element("p", "loading__text", "Loading the article…"));
    panel.setAttribute("aria-label", "Story");
    panel.setAttribute("aria-busy", "true");
    body.append(panel);
  }
  const app = element("div", "app app--app", ...(layout.title ? [header(headline)] : []), body);
  const shell = element("div", "app-root early-view", app);
  shell.dataset.theme = layout.theme;
  return { shell, mapElement };
}
