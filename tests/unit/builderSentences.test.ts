import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { paragraphSpans, sentenceAt, sentenceSpans } from "../../src/builder/sentences";

const texts = (text: string, spans: ReadonlyArray<{ start: number; end: number }>) => spans.map(({ start, end }) => text.slice(start, end));
const sentences = (text: string) => texts(text, sentenceSpans(text));

describe("paragraphs", () => {
  it("are separated by blank lines when the text has any, lines inside one kept together", () => {
    const text = "  First line\nstill first.\n\n \nSecond.  \n\n";
    expect(texts(text, paragraphSpans(text))).toEqual(["First line\nstill first.", "Second."]);
  });

  it("are one a line when the text has no blank line", () => {
    expect(texts("One.\nTwo.\r\nThree.", paragraphSpans("One.\nTwo.\r\nThree."))).toEqual(["One.", "Two.", "Three."]);
  });

  it("match the first story's paragraphs exactly", () => {
    const story = JSON.parse(readFileSync(new URL("../../geodata/aktobe-2016/story.json", import.meta.url), "utf8"));
    const body = (story.article.paragraphs as string[]).join("\n\n");
    expect(texts(body, paragraphSpans(body))).toEqual(story.article.paragraphs);
  });
});

describe("sentences", () => {
  it("do not end at titles, initials or dotted abbreviations inside a sentence", () => {
    expect(sentences("Mr. Smith met Gen. Jones and John F. Kennedy at the U.S. Army base. Then Sen. Lee left.")).toEqual([
      "Mr. Smith met Gen. Jones and John F. Kennedy at the U.S. Army base.",
      "Then Sen. Lee left.",
    ]);
  });

  it("tell a numbered No. from the word no", () => {
    expect(sentences("It was Resolution No. 5 of 2016. The answer was no. Talks ended.")).toEqual(["It was Resolution No. 5 of 2016.", "The answer was no.", "Talks ended."]);
  });

  it("end after a dotted abbreviation when a new sentence plainly starts", () => {
    expect(sentences("He flew to the U.S. The next day he left.")).toEqual(["He flew to the U.S.", "The next day he left."]);
  });

  it("do not end inside a decimal number", () => {
    expect(sentences("It cost $3.5 million. Prices rose 2.25 percent.")).toEqual(["It cost $3.5 million.", "Prices rose 2.25 percent."]);
  });

  it("end after a closing quote, and keep a quoted question with its speaker", () => {
    const text = 'The meeting took place "within the past week," said the source, who cited "a mix of agencies." The source did not say. "What happened? We know," said Hanke.';
    expect(sentences(text)).toEqual([
      'The meeting took place "within the past week," said the source, who cited "a mix of agencies."',
      "The source did not say.",
      '"What happened? We know," said Hanke.',
    ]);
    expect(sentences("“Are these attacks the sign?” asked Aslan. “Yes!” Then he left.")).toEqual(["“Are these attacks the sign?” asked Aslan.", "“Yes!”", "Then he left."]);
  });

  it("never cross a paragraph, and know their paragraph", () => {
    const spans = sentenceSpans("One ends without a stop\n\nTwo starts here. And goes on.");
    expect(spans.map((span) => span.paragraph)).toEqual([0, 1, 1]);
  });

  it("find the sentence a span starts in", () => {
    const text = "Aktobe was attacked. Astana was calm.";
    const spans = sentenceSpans(text);
    const astana = text.indexOf("Astana");
    expect(texts(text, [sentenceAt(spans, { start: astana, end: astana + 6 })!])).toEqual(["Astana was calm."]);
    expect(sentenceAt(spans, { start: text.indexOf(" Astana"), end: astana })).toBeUndefined();
  });
});
