/**
 * Checks text the reader pasted or opened before it becomes a draft, so a wrong file or an empty
 * paste gets a sentence that says what is wrong, and the work already done is kept.
 */

/** A long feature is about 60,000 characters; a book is not an article. */
export const MAX_ARTICLE_CHARACTERS = 400_000;

export type CheckedText = { ok: true; text: string } | { ok: false; message: string };

/** Control characters other than tab and line breaks. */
const isBinary = (character: string) => {
  const code = character.charCodeAt(0);
  return code < 0x20 && character !== "\t" && character !== "\n";
};
/** What a decoder puts for bytes that are not UTF-8: never dropped, or quotes would no longer be the article's. */
const UNDECODED = "\uFFFD";

/**
 * @param text - as pasted or read from a file
 * @param what - how to name it in messages: "The pasted text", "article.txt"
 */
export function checkArticleText(text: string, what: string): CheckedText {
  const normalised = text.replace(/\r\n?/g, "\n").trim();
  if (normalised === "") return { ok: false, message: `${what} is empty: paste or open the article's text to find its places.` };
  if (normalised.length > MAX_ARTICLE_CHARACTERS) {
    const size = normalised.length >= 1_000_000 ? `${(normalised.length / 1_000_000).toFixed(1)} million` : normalised.length.toLocaleString("en");
    return { ok: false, message: `${what} has ${size} characters; the builder takes one article of up to ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")}.` };
  }
  const binary = [...normalised].filter(isBinary).length;
  const undecoded = normalised.split(UNDECODED).length - 1;
  // A stray control character in a copied page is dropped; a NUL or many of them mean a binary file.
  if (normalised.includes(String.fromCharCode(0)) || (binary > 3 && binary > normalised.length / 200)) {
    return { ok: false, message: `${what} is not text: it has ${(binary + undecoded).toLocaleString("en")} control or undecodable characters, as a binary file (an image, a PDF, a Word file) has. Paste the article's words, or open a .txt or .html file.` };
  }
  if (undecoded > 0) {
    return { ok: false, message: `${what} is not UTF-8 text: ${undecoded.toLocaleString("en")} of its characters could not be read. Save it as UTF-8 (in most editors: Save as, Encoding UTF-8) and open it again.` };
  }
  return { ok: true, text: binary === 0 ? normalised : [...normalised].filter((character) => !isBinary(character)).join("") };
}
