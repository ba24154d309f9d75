/**
 * The short forms of US states and cities that news writes with full stops (the AP stylebook's:
 * "Charleston, W.Va.", "Athens, Ga."), by their letters without spaces or the last full stop. Only
 * taken with that full stop, so that "Mass", "Miss" and "Ill" stay words.
 */
export const DOTTED_PLACES: Readonly<Record<string, string>> = {
  Ala: "Alabama", Ariz: "Arizona", Ark: "Arkansas", Calif: "California", Colo: "Colorado", Conn: "Connecticut", Del: "Delaware",
  Fla: "Florida", Ga: "Georgia", Ill: "Illinois", Ind: "Indiana", Kan: "Kansas", Kans: "Kansas", Ky: "Kentucky", La: "Louisiana",
  Md: "Maryland", Mass: "Massachusetts", Mich: "Michigan", Minn: "Minnesota", Miss: "Mississippi", Mo: "Missouri", Mont: "Montana",
  Neb: "Nebraska", Nebr: "Nebraska", Nev: "Nevada", "N.H": "New Hampshire", "N.J": "New Jersey", "N.M": "New Mexico", "N.Y": "New York",
  "N.C": "North Carolina", "N.D": "North Dakota", Okla: "Oklahoma", Ore: "Oregon", Pa: "Pennsylvania", Penn: "Pennsylvania",
  "R.I": "Rhode Island", "S.C": "South Carolina", "S.D": "South Dakota", Tenn: "Tennessee", Tex: "Texas", Vt: "Vermont", Va: "Virginia",
  Wash: "Washington", "W.Va": "West Virginia", Wis: "Wisconsin", Wisc: "Wisconsin", Wyo: "Wyoming", "D.C": "Washington, D.C.",
  "L.A": "Los Angeles", Phila: "Philadelphia",
};

/** The key of a span in {@link DOTTED_PLACES}: "W. Va." and "W.Va." are one. */
export const dottedKey = (span: string): string => span.replace(/\s+/g, "").replace(/\.$/, "");

/** Abbreviations a full stop follows inside a name: titles ("Sen. Harman") and Saint, Mount and Fort ("St. Louis"). */
export const DOTTED = new Set(["mr", "mrs", "ms", "dr", "rev", "gov", "sen", "rep", "atty", "det", "sgt", "lt", "capt", "col", "gen", "maj", "cpl", "pvt", "adm", "cmdr", "prof", "supt", "st", "mt", "ft"]);
