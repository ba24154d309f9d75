import { describe, expect, it } from "vitest";
import { formatMapHash, parseMapHash } from "../../src/state/mapView";
import { readUrlState } from "../../src/state/urlOptions";

describe("the #map= hash", () => {
  it("reads zoom, latitude and longitude", () => {
    expect(parseMapHash("#map=6/48.2/67.5")).toEqual({ zoom: 6, lat: 48.2, lng: 67.5 });
    expect(parseMapHash("map=5.25/-33.9/-70.66")).toEqual({ zoom: 5.25, lat: -33.9, lng: -70.66 });
    expect(parseMapHash("#other=1")).toBeNull();
  });

  it("explains what is wrong with a malformed view", () => {
    expect(parseMapHash("#map=6/48.2")).toEqual({ problem: expect.stringContaining("#map=6/48.2 was ignored: it must be three numbers") });
    expect(parseMapHash("#map=6/95/10")).toEqual({ problem: expect.stringContaining("latitude must be between -90 and 90") });
    expect(parseMapHash("#map=6/45/200")).toEqual({ problem: expect.stringContaining("longitude must be between -180 and 180") });
    expect(parseMapHash("#map=40/45/20")).toEqual({ problem: expect.stringContaining("zoom must be between 0 and 22") });
    expect(parseMapHash("#map=6/4e1/20")).toEqual({ problem: expect.stringContaining("three numbers") });
  });

  it("writes as many decimals as the zoom can show, and round-trips", () => {
    expect(formatMapHash({ zoom: 6, lat: 48.21234, lng: 67.5 })).toBe("map=6/48.21/67.50");
    expect(formatMapHash({ zoom: 10, lat: 50.279691, lng: 57.207181 })).toBe("map=10/50.2797/57.2072");
    expect(formatMapHash({ zoom: 3, lat: 10, lng: 190 })).toBe("map=3/10.0/-170.0");
    const view = { zoom: 7.5, lat: 45.9651, lng: 63.3052 };
    const back = parseMapHash(`#${formatMapHash(view)}`);
    expect(formatMapHash(view)).toBe("map=7.5/45.965/63.305");
    expect(back).toEqual({ zoom: 7.5, lat: 45.965, lng: 63.305 });
  });
});

describe("readUrlState", () => {
  it("reads ?place= and #map=, and lists ignored options", () => {
    expect(readUrlState("https://example.org/map/?place=aktobe#map=8/50.28/57.21")).toEqual({
      story: { kind: "default" }, place: "aktobe", view: { zoom: 8, lat: 50.28, lng: 57.21 }, tiles: null, range: { from: null, to: null }, textOnly: false, theme: "auto", render: { panel: true, controls: true, static: false, title: true }, origins: null, mode: "map", step: null, problems: [],
    });
    const bad = readUrlState("https://example.org/map/?place=#map=abc");
    expect(bad.place).toBeNull();
    expect(bad.view).toBeNull();
    expect(bad.problems).toEqual([expect.stringContaining("#map=abc was ignored")]);
  });
});
