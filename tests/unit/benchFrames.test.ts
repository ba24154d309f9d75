import { describe, expect, it } from "vitest";
import { frameStats } from "../../bench/frames";
import { parseBenchOptions } from "../../bench/options";

describe("frame statistics", () => {
  it("counts smooth frames as 60 per second with none dropped", () => {
    const stats = frameStats(Array.from({ length: 120 }, () => 16.7));
    expect(stats.fps).toBeCloseTo(59.9, 1);
    expect(stats).toMatchObject({ frames: 120, medianMs: 16.7, p95Ms: 16.7, timeWeightedP95Ms: 16.7, dropped: 0 });
  });

  it("counts round(gap / 16.7) - 1 dropped frames for each gap past 1.5 frames", () => {
    // 25 ms is 1.5 frames: not dropped; 33.4 ms is one frame dropped; 100 ms is five.
    expect(frameStats([16.7, 25, 33.4, 100]).dropped).toBe(6);
  });

  it("weights frames by time: one long freeze among many quick frames sets the time-weighted p95", () => {
    const stats = frameStats([...Array.from({ length: 99 }, () => 16), 500]);
    expect(stats.p95Ms).toBe(16);
    expect(stats.timeWeightedP95Ms).toBe(500);
    expect(stats.longestMs).toBe(500);
  });
});

describe("bench flags", () => {
  it("runs every part by default, and only the named ones with --only", () => {
    expect([...parseBenchOptions([]).parts]).toEqual(["sizes", "load", "large", "embed", "geoparse"]);
    expect([...parseBenchOptions(["--only", "large,embed"]).parts]).toEqual(["large", "embed"]);
    expect(() => parseBenchOptions(["--only", "speed"])).toThrow(/the parts are sizes, load, large, embed, geoparse/);
  });

  it("makes --quick a short run that other flags can still adjust", () => {
    expect(parseBenchOptions(["--quick"])).toMatchObject({ runs: 2, largeRuns: 1, places: [10_000], embedRuns: 2, geoparseRuns: 1 });
    expect(parseBenchOptions(["--quick", "--places", "100_000"]).places).toEqual([100_000]);
    expect(parseBenchOptions([])).toMatchObject({ runs: 11, largeRuns: 3, places: [10_000, 100_000] });
  });
});
