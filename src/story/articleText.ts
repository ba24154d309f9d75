/** An article's text file split the way a story stores it. */
export interface ArticleText {
  /** Photo credits and similar lines left over from the web page (lines starting with "|"). */
  credits: string[];
  headline: string;
  /** Body paragraphs in order; paragraph 1 is the first after the headline. */
  paragraphs: string[];
}

/**
 * Splits an article's plain text into credits, headline and paragraphs. Blocks are separated
 * by blank lines; leading blocks that start with "|" are photo credits, not article text.
 * @param text - the article as saved from the web page
 * @returns its parts, each trimmed of surrounding whitespace only
 * @example splitArticleText("| Photo, Agency\n\nHeadline\n\nFirst paragraph.") // { credits: ["| Photo, Agency"], headline: "Headline", paragraphs: ["First paragraph."] }
 */
export function splitArticleText(text: string): ArticleText {
  const blocks = text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/).map((block) => block.trim()).filter(Boolean);
  const firstText = blocks.findIndex((block) => !block.startsWith("|"));
  const credits = firstText === -1 ? blocks : blocks.slice(0, firstText);
  const [headline = "", ...paragraphs] = firstText === -1 ? [] : blocks.slice(firstText);
  return { credits, headline, paragraphs };
}
