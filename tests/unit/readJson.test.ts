import { describe, expect, it } from "vitest";
import { readJson } from "../../src/story/readJson";

const repeated = (text: string) => {
  const result = readJson(text);
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join("\n"));
  return result.repeatedKeys.map((each) => each.path);
};

describe("readJson: keys written twice in one object", () => {
  it("names a repeated key, wherever it is nested, with spaces before the colon or not", () => {
    expect(repeated('{"a": 1, "a": 2}')).toEqual(["a"]);
    expect(repeated('{"list": [{"b": 1}, {"c": 1, "c" \n\t: 2}]}')).toEqual(["list[1].c"]);
  });

  it("is not fooled by colons, quotes and backslashes inside strings", () => {
    expect(repeated('{"note": "x\\": y", "note": 3}')).toEqual(["note"]);
    expect(repeated('{"a": "b: c", "d": {"e": "f\\\\", "g": ":"}, "h": ["i:", "j"]}')).toEqual([]);
  });

  it("finds none where the same key is in different objects, or a key is __proto__", () => {
    expect(repeated('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]}')).toEqual([]);
    expect(repeated('{"__proto__": 1, "x": {"__proto__": {"y": 2}}}')).toEqual([]);
  });
});
