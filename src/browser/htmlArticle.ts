/**
 * An article's title and text from a saved web page, for the story builder. The page is parsed
 * as an inert document: none of its scripts run and nothing it links to is fetched.
 */

const LEFT_OUT = "script, style, noscript, template, nav, header, footer, aside, form, figure, iframe, svg";
const BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";

export function htmlArticle(html: string): { title: string; text: string } {
  const page = new DOMParser().parseFromString(html, "text/html");
  const title = (page.querySelector("h1")?.textContent ?? page.title).replace(/\s+/g, " ").trim();
  const body = page.querySelector("article") ?? page.querySelector("main") ?? page.body;
  for (const element of body.querySelectorAll(LEFT_OUT)) element.remove();
  const blocks = [...body.querySelectorAll(BLOCKS)]
    // A block inside another (a paragraph in a quote) is read with its parent.
    .filter((block) => !block.parentElement?.closest(BLOCKS))
    .map((block) => block.textContent.replace(/\s+/g, " ").trim())
    .filter((text) => text !== "");
  const text = blocks.length > 0 ? blocks.join("\n\n") : body.textContent.replace(/[ \t]+/g, " ").trim();
  return { title, text };
}
