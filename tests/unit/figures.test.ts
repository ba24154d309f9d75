import { describe, expect, it } from "vitest";
import { wholeNumber } from "../../src/story/figures";

describe("wholeNumber", () => {
  it("writes whole numbers as the browser's English (en) number format does, without loading it", () => {
    const english = new Intl.NumberFormat("en", { maximumFractionDigits: 0 });
    const values = [0, 1, 7, 42, 999, 1000, 1001, 9999, 12_345, 100_000, 999_999, 1_000_000, 20_000_000, 1234.4, 1234.5, -1, -1234, -0.4, 987_654_321];
    for (let value = 1; value < 1e12; value = value * 7 + 3) values.push(value);
    for (const value of values) expect(wholeNumber(value), String(value)).toBe(english.format(value).replace(/^-0$/, "0"));
  });
});
