/**
 * Ids for story files: lowercase letters and digits joined by single hyphens (the schema's `Id`),
 * made from names and titles so a story file stays readable.
 */

/**
 * A readable id from any text, cut on a word boundary.
 * @example slug("Kazakhstan’s Baikonur Cosmodrome") // "kazakhstans-baikonur-cosmodrome"
 */
export function slug(text: string, fallback: string, maxLength = 40): string {
  const words = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/['’]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (words === "") return fallback;
  if (words.length <= maxLength) return words;
  const cut = words.slice(0, maxLength + 1);
  const boundary = cut.lastIndexOf("-");
  return boundary > 0 ? cut.slice(0, boundary) : words.slice(0, maxLength);
}

/** Hands out ids unique among those it has given: `aktobe`, then `aktobe-2`, `aktobe-3`. */
export function uniqueIds(): (base: string) => string {
  const taken = new Set<string>();
  return (base) => {
    let id = base;
    for (let count = 2; taken.has(id); count += 1) id = `${base}-${count}`;
    taken.add(id);
    return id;
  };
}
