import type { MapChannel, MapCommand, MapEvent } from "./channel";
import { readIncomingMessage, type IncomingMessage, type OutgoingMessage } from "./messages";
import { isAllowedOrigin } from "./origins";

function toCommand(message: IncomingMessage): MapCommand {
  switch (message.type) {
    case "article-map:select":
      return { type: "select", place: message.place };
    case "article-map:set-view":
      return { type: "set-view", view: { zoom: message.zoom, lat: message.lat, lng: message.lng } };
    case "article-map:set-range":
      return { type: "set-range", range: { from: message.from, to: message.to } };
  }
}

function toMessage(event: MapEvent): OutgoingMessage {
  switch (event.type) {
    case "ready":
      return { type: "article-map:ready" };
    case "select":
      return { type: "article-map:select", place: event.place };
    case "view":
      return { type: "article-map:view", ...event.view };
  }
}

/**
 * Posts a message to the page around the embed: to each allowed origin only, so a page that is
 * not on the list learns nothing; to any when there is no list.
 */
export function postToParent(message: OutgoingMessage, origins: readonly string[] | null): void {
  for (const origin of origins ?? ["*"]) window.parent.postMessage(message, origin);
}

/**
 * Joins an embed's channel to the page that frames it. Only the parent is heard, and only from an
 * allowed origin; anything malformed is ignored with a console warning, never an exception.
 * @returns a function that disconnects it
 */
export function bridgeToParent(channel: MapChannel, origins: readonly string[] | null): () => void {
  // At the top level the "parent" is the embed itself, which would hear its own events as commands.
  if (window.parent === window) return () => undefined;
  const hear = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    if (!isAllowedOrigin(event.origin, origins)) {
      console.warn(`article-map: a message from ${event.origin} was ignored: only ${origins?.join(", ") || "no origin"} may steer this map (?origins=)`);
      return;
    }
    const read = readIncomingMessage(event.data);
    if (read.ok) channel.command(toCommand(read.message));
    else console.warn(`article-map: ${read.problem}`);
  };
  window.addEventListener("message", hear);
  const stop = channel.onEvent((event) => postToParent(toMessage(event), origins));
  return () => {
    window.removeEventListener("message", hear);
    stop();
  };
}
