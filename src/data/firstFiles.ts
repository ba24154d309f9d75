import { builtDefaultStory, validatedDefaultStory } from "virtual:catalog";
import type { StoryOption } from "../state/storyOption";
import { pageIsOffline } from "./inlineFiles";

/** Where the catalogue of stories sits, relative to the page. */
export const CATALOG_URL = "geodata/catalog.json";

/** Whether the first story is the one the build validated, which arrives with no worker and no wait. */
export const validatedAtBuild = (option: StoryOption): boolean =>
  option.kind === "default" && builtDefaultStory !== null && validatedDefaultStory !== null && !pageIsOffline();
