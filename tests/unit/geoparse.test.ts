import { describe, expect, it } from "vitest";
import { buildGazetteer, nameKey, type GazetteerEntry } from "../../src/geoparse/gazetteer";
import { geoparse } from "../../src/geoparse/geoparse";

const place = (id: string, name: string, kind: GazetteerEntry["kind"], country: string | null, admin: string | null, population: number, lat = 0, lng = 0): GazetteerEntry =>
  ({ id, name, kind, lat, lng, country, admin, population });

// A few real GeoNames places, including the usual traps: a country and a town of the same name,
// a town that is also a first name, two Parises.
const entries = [
  { entry: place("US", "United States", "country", "US", null, 0, 39.76, -98.5), names: ["United States", "U.S.", "US"] },
  { entry: place("RU", "Russia", "country", "RU", null, 0, 60, 100), names: ["Russia"] },
  { entry: place("CN", "China", "country", "CN", null, 0, 35, 105), names: ["China"] },
  { entry: place("KZ", "Kazakhstan", "country", "KZ", null, 0, 48, 68), names: ["Kazakhstan"] },
  { entry: place("GE", "Georgia", "country", "GE", null, 0, 42, 43.5), names: ["Georgia"] },
  { entry: place("2988507", "Paris", "city", "FR", "FR-11", 2_138_551, 48.85, 2.35), names: ["Paris"] },
  { entry: place("4717560", "Paris", "city", "US", "US-TX", 24_782, 33.66, -95.56), names: ["Paris"] },
  { entry: place("4699066", "Texas City", "city", "US", "US-TX", 46_000, 29.38, -94.9), names: ["Texas City"] },
  { entry: place("US-TX", "Texas", "admin-area", "US", "US-TX", 0, 31.25, -99.25), names: ["Texas"] },
  { entry: place("4696233", "Henry", "city", "US", "US-IL", 2_400, 41.11, -89.36), names: ["Henry"] },
  { entry: place("610612", "Aktobe", "city", "KZ", "KZ-04", 262_457, 50.28, 57.21), names: ["Aktobe", "Aqtobe"] },
];
const gazetteer = buildGazetteer(entries);
const found = (text: string) => geoparse(text, gazetteer).map((mention) => [text.slice(mention.start, mention.end), mention.entry.id]);

describe("the geoparser's gazetteer", () => {
  it("finds a place by any of its names, whatever the case, accents and full stops", () => {
    expect(nameKey("U.S.")).toBe("us");
    expect(nameKey("Zürich")).toBe("zurich");
    expect(gazetteer.lookup("AQTOBE").map((entry) => entry.id)).toEqual(["610612"]);
    expect(gazetteer.lookup("Paris")).toHaveLength(2);
    expect(gazetteer.longestName).toBe(2);
  });
});

describe("finding and placing the places a text names", () => {
  it("gives each mention's exact span, a possessive left out", () => {
    expect(found("A U.S. delegation met in Kazakhstan’s capital.")).toEqual([["U.S.", "US"], ["Kazakhstan", "KZ"]]);
  });

  it("splits places joined by “and”, and keeps the longest name the gazetteer knows", () => {
    expect(found("friendly with the United States, Russia and China.")).toEqual([["United States", "US"], ["Russia", "RU"], ["China", "CN"]]);
    expect(found("A storm hit Texas City on Monday.")).toEqual([["Texas City", "4699066"]]);
  });

  it("leaves out a place's name inside a person's name, and sentence words such as “May”", () => {
    expect(found("Chiquita Raquel Henry, 19, was arrested.")).toEqual([]);
    expect(found("Police went to Henry. May brought rain.")).toEqual([["Henry", "4696233"]]);
  });

  it("takes a town's name alone as the person a longer name in the same text is", () => {
    expect(found("Chiquita Raquel Henry, 19, was arrested. Detectives found Henry at home.")).toEqual([]);
    // Not when the longer name ends in a state's name: "Texas" alone is still the state.
    expect(found("Mary Texas met him. Texas is large.")).toEqual([["Texas", "US-TX"]]);
  });

  it("keeps a country or a state inside an institution's name, as the gold data counts them, but not a town", () => {
    expect(found("The University of Texas sued the U.S. Department of Justice.")).toEqual([["Texas", "US-TX"], ["U.S.", "US"]]);
    expect(found("The Henry Ford Museum opened.")).toEqual([]);
  });

  it("takes a town's name that speaks for a person's", () => {
    expect(found("“We will rebuild,” Henry said.")).toEqual([]);
    expect(found("In Henry, said the mayor, they will rebuild.")).toEqual([["Henry", "4696233"]]);
  });

  it("never takes a generic noun alone for a place", () => {
    const withCity = buildGazetteer([...entries, { entry: place("5586437", "City", "city", "US", "US-ID", 1_000), names: ["City"] }]);
    expect(geoparse("The City said no.", withCity)).toEqual([]);
  });

  it("prefers a country or a state to a town, and the town in the state the text names", () => {
    expect(found("He moved to Georgia.")).toEqual([["Georgia", "GE"]]);
    expect(found("Paris is in Texas.")).toEqual([["Paris", "4717560"], ["Texas", "US-TX"]]);
    expect(found("Paris is on the Seine.")).toEqual([["Paris", "2988507"]]);
  });

  it("is surer of a name with one place than of a name with two close ones", () => {
    const [aktobe] = geoparse("Aktobe", gazetteer);
    const [paris] = geoparse("Paris is in Texas.", gazetteer);
    expect(aktobe!.confidence).toBeGreaterThan(paris!.confidence);
  });
});

// Towns that are also first names, surnames and words, and the states news abbreviates.
const more = buildGazetteer([
  ...entries,
  { entry: place("5780802", "Roy", "city", "US", "US-UT", 37_964, 41.162, -112.026), names: ["Roy"] },
  { entry: place("4539726", "Jones", "city", "US", "US-OK", 2_948, 35.566, -97.287), names: ["Jones"] },
  { entry: place("4677008", "Bryan", "city", "US", "US-TX", 82_118, 30.674, -96.37), names: ["Bryan"] },
  { entry: place("5327298", "Bell", "city", "US", "US-CA", 36_205, 33.978, -118.187), names: ["Bell"] },
  { entry: place("4687635", "Early", "city", "US", "US-TX", 2_833, 31.742, -98.946), names: ["Early"] },
  { entry: place("1253786", "Un", "city", "IN", "IN-09", 30_671, 23.887, 71.77), names: ["Un"] },
  { entry: place("5152333", "Dublin", "city", "US", "US-OH", 45_098, 40.099, -83.114), names: ["Dublin"] },
  { entry: place("4801859", "Charleston", "city", "US", "US-WV", 49_736, 38.35, -81.633), names: ["Charleston"] },
  { entry: place("US-WV", "West Virginia", "admin-area", "US", "US-WV", 0, 38.64, -80.61), names: ["West Virginia"] },
  { entry: place("US-MA", "Massachusetts", "admin-area", "US", "US-MA", 0, 42.26, -71.8), names: ["Massachusetts"] },
  { entry: place("US-GA", "Georgia", "admin-area", "US", "US-GA", 0, 32.68, -83.22), names: ["Georgia"] },
  { entry: place("4647963", "Paris", "city", "US", "US-TN", 10_150, 36.302, -88.327), names: ["Paris"] },
  { entry: place("4302035", "Murray", "city", "US", "US-KY", 18_954, 36.61, -88.315), names: ["Murray"] },
  { entry: place("LB", "Lebanon", "country", "LB", null, 0, 33.83, 35.83), names: ["Lebanon"] },
  { entry: place("4922673", "Lebanon", "city", "US", "US-IN", 15_892, 40.048, -86.469), names: ["Lebanon"] },
  { entry: place("4267336", "Zionsville", "city", "US", "US-IN", 26_296, 39.951, -86.262), names: ["Zionsville"] },
  { entry: place("SN", "Senegal", "country", "SN", null, 0, 14.5, -14.25), names: ["Senegal"] },
]);
const foundIn = (text: string) => geoparse(text, more).map((mention) => [text.slice(mention.start, mention.end), mention.entry.id]);

describe("telling people, words and acronyms from towns", () => {
  it("takes a run that opens with a first name for a person, and the surname alone later too", () => {
    expect(foundIn("Roy Jones met Bryan Harman in Texas. Jones left.")).toEqual([["Texas", "US-TX"]]);
  });

  it("takes the words after a title, or around a middle initial, for a person's name", () => {
    expect(foundIn("State Rep. Jay Bell spoke. Sheriff Bryan Jones agreed.")).toEqual([]);
    expect(foundIn("Police shot Tyrise M. Bell on Monday.")).toEqual([]);
    // A state before the title is still a place.
    expect(foundIn("The Texas Gov. Bryan Jones spoke.")).toEqual([["Texas", "US-TX"]]);
  });

  it("reads a short all-capital word as an acronym unless a country or a state goes by it", () => {
    expect(foundIn("The UN and the U.S. agreed.")).toEqual([["U.S.", "US"]]);
  });

  it("reads a lone small town's name opening a sentence as a word, and elsewhere as the town", () => {
    expect(foundIn("Early voting began. They voted in Early.")).toEqual([["Early", "4687635"]]);
  });

  it("keeps a town's name that opens the name of one of its bodies", () => {
    expect(foundIn("The Dublin City Council met.")).toEqual([["Dublin", "5152333"]]);
    expect(foundIn("The Dublin Jones Band played.")).toEqual([]);
  });
});

describe("abbreviations and misspellings", () => {
  it("finds the AP's state abbreviations with their full stop, and only with it", () => {
    expect(foundIn("He lives in Charleston, W.Va., and works in Athens, Ga., for now.")).toEqual([
      ["Charleston", "4801859"],
      ["W.Va.", "US-WV"],
      ["Ga.", "US-GA"],
    ]);
    expect(foundIn("Mass was held.")).toEqual([]);
  });

  it("finds a country whose long name is misspelt, but not a word two letters from a short one", () => {
    expect(foundIn("Despite problems, Kazahktan grew.")).toEqual([["Kazahktan", "KZ"]]);
    expect(foundIn("It took several days. Several people came.")).toEqual([]);
  });
});

describe("choosing among places of the same name", () => {
  it("prefers the town near the other places the text names", () => {
    expect(foundIn("Flooding closed roads in Paris and Murray.")).toEqual([["Paris", "4647963"], ["Murray", "4302035"]]);
  });

  it("does not let a name vouch for its own country", () => {
    expect(foundIn("Lebanon and Zionsville schools closed.")).toEqual([["Lebanon", "4922673"], ["Zionsville", "4267336"]]);
    expect(foundIn("Israel and Lebanon talked.")).toEqual([["Lebanon", "LB"]]);
  });

  it("ranks every mention's places best first", () => {
    const [paris] = geoparse("Paris and Murray.", more);
    expect(paris!.entries[0]).toBe(paris!.entry);
    expect(paris!.entries.map((entry) => entry.id)).toContain("2988507");
  });
});
