import type { Gazetteer } from "./gazetteer";
import { recognise } from "./recognise";
import { resolve, type Resolved } from "./resolve";

/**
 * The places a text names: each mention's span, the gazetteer entry it resolves to and how sure
 * that is. Pure: runs in Node and, with the gazetteer loaded, in the browser.
 */
export function geoparse(text: string, gazetteer: Gazetteer): Resolved[] {
  return resolve(recognise(text, gazetteer));
}
