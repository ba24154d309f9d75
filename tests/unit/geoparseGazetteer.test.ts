import { beforeAll, describe, expect, it } from "vitest";
import type { Gazetteer } from "../../src/geoparse/gazetteer";
import { geoparse } from "../../src/geoparse/geoparse";
import { nodeGazetteer } from "../../scripts/geoparse/gazetteerEntries";

// The full gazetteer the command line and the browser use: regions, renamed capitals, facilities,
// GeoNames' country points. About a second to build.
let gazetteer: Gazetteer;
beforeAll(() => {
  gazetteer = nodeGazetteer();
});
const found = (text: string) => geoparse(text, gazetteer).map((mention) => [mention.text, mention.entry.kind, mention.entry.name]);

describe("the full gazetteer", () => {
  it("knows a capital by its old and new names, regions and facilities, and no demonym or news agency", () => {
    expect(found("Kazakh officials in Astana (AMI) spoke of security in Central Asia before the launch from the Baikonur Cosmodrome.")).toEqual([
      ["Astana", "city", "Astana"],
      ["Central Asia", "region", "Central Asia"],
      ["Baikonur Cosmodrome", "facility", "Baikonur Cosmodrome"],
    ]);
  });

  it("places the United States where GeoNames does, and knows Turkey and the UK's nations", () => {
    const [us] = geoparse("The United States", gazetteer);
    expect([us!.entry.lat, us!.entry.lng]).toEqual([39.76, -98.5]);
    expect(found("Turkey, Scotland and Queensland")).toEqual([
      ["Turkey", "country", "Türkiye"],
      ["Scotland", "admin-area", "Scotland"],
      ["Queensland", "admin-area", "Queensland"],
    ]);
  });

  it("finds cities by the short forms of Saint and Mount", () => {
    expect(found("St. Petersburg and Mt. Pleasant")).toEqual([
      ["St. Petersburg", "city", "Saint Petersburg"],
      ["Mt. Pleasant", "city", "Mount Pleasant"],
    ]);
  });
});
