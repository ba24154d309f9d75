import type { MapView } from "../state/mapView";
import type { DayRange } from "../story/dayRange";

/** What a host (a page around an embed, or a script using the web component) asks the map to do. */
export type MapCommand =
  | { type: "select"; place: string | null }
  | { type: "set-view"; view: MapView }
  | { type: "set-range"; range: DayRange };

/** What the map tells its host. */
export type MapEvent =
  | { type: "ready" }
  | { type: "select"; place: string | null }
  | { type: "view"; view: MapView };

type Listener<T> = (value: T) => void;

/**
 * The two-way line between a map and its host: commands in, events out. It knows nothing of
 * postMessage or custom elements, which are bridged onto it, so the map obeys one vocabulary
 * whichever way it is embedded.
 */
export class MapChannel {
  private readonly commandListeners = new Set<Listener<MapCommand>>();
  private readonly eventListeners = new Set<Listener<MapEvent>>();
  /** Commands given before the map could obey (its story still loading), carried out once it can. */
  private pending: MapCommand[] = [];

  command(command: MapCommand): void {
    if (this.commandListeners.size === 0) this.pending.push(command);
    for (const listener of this.commandListeners) listener(command);
  }

  onCommand(listener: Listener<MapCommand>): () => void {
    this.commandListeners.add(listener);
    const waiting = this.pending;
    this.pending = [];
    for (const command of waiting) listener(command);
    return () => this.commandListeners.delete(listener);
  }

  emit(event: MapEvent): void {
    for (const listener of this.eventListeners) listener(event);
  }

  onEvent(listener: Listener<MapEvent>): () => void {
    this.eventListeners.add(listener);
    return () => this.eventListeners.delete(listener);
  }
}
