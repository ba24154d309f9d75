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
    expect(found("Henry was arrested. May brought rain.")).toEqual([["Henry", "4696233"]]);
  });

  it("takes a town's name alone as the person a longer name in the same text is", () => {
    expect(found("Chiquita Raquel Henry, 19, was arrested. Detectives found Henry at home.")).toEqual([]);
    // Not when the longer name is an institution's, or ends in a state's name.
    expect(found("Mary Texas met him. Texas is large.")).toEqual([["Texas", "US-TX"], ["Texas", "US-TX"]]);
  });

  it("keeps a country or a state inside an institution's name, as the gold data counts them, but not a town", () => {
    expect(found("The University of Texas sued the U.S. Department of Justice.")).toEqual([["Texas", "US-TX"], ["U.S.", "US"]]);
    expect(found("The Henry Ford Museum opened.")).toEqual([]);
  });

  it("takes a town's name that speaks for a person's", () => {
    expect(found("“We will rebuild,” Henry said.")).toEqual([]);
    expect(found("Henry, said the mayor, will rebuild.")).toEqual([["Henry", "4696233"]]);
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
