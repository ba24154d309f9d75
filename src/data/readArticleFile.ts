import { checkArticleText, MAX_ARTICLE_CHARACTERS } from "../builder/articleInput";
import { htmlArticle } from "../browser/htmlArticle";

/**
 * Reads an article the reader opened in the story builder: a text file as it is, a web page as
 * its article's title and paragraphs. Never throws: a problem comes back as a sentence naming the file.
 */
export async function readArticleFile(file: File): Promise<{ ok: true; text: string; title: string } | { ok: false; message: string }> {
  // Bytes, not characters, but a file four times the limit cannot be an article, however encoded.
  if (file.size > MAX_ARTICLE_CHARACTERS * 4) {
    return { ok: false, message: `${file.name} is ${(file.size / 1_000_000).toFixed(1)} MB; the builder takes one article of up to ${MAX_ARTICLE_CHARACTERS.toLocaleString("en")} characters.` };
  }
  let contents: string;
  try {
    contents = await file.text();
  } catch (error) {
    return { ok: false, message: `${file.name} could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const page = /\.html?$/i.test(file.name) || file.type === "text/html" ? htmlArticle(contents) : { title: "", text: contents };
  const checked = checkArticleText(page.text, file.name);
  return checked.ok ? { ok: true, text: checked.text, title: page.title } : checked;
}
