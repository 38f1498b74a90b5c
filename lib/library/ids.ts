/**
 * Identities of saved articles: the id from the address (the same page saved twice is one
 * article) and a hash of the folded text (the same text saved from another address is found).
 * A 53-bit string hash (cyrb53): pure and synchronous, enough for a reader's thousands of
 * articles; not a security boundary.
 */

function cyrb53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

export const LIBRARY_ID_PREFIX = 'lib:';

/** The saved article's id for a normalized address (lib/notes/url.ts normalizeUrl). */
export function savedArticleId(normalizedUrl: string): string {
  return LIBRARY_ID_PREFIX + cyrb53(normalizedUrl).toString(36);
}

/** Whether an article id is a saved article's (else a bundled corpus article's). */
export function isSavedArticleId(articleId: string): boolean {
  return articleId.startsWith(LIBRARY_ID_PREFIX);
}

/**
 * Hash of an article's text as the reader sees it regardless of script, spacing and
 * punctuation width: folded paragraphs with all white space removed.
 */
export function textHash(paragraphs: readonly string[], fold: (text: string) => string): string {
  return cyrb53(paragraphs.map((p) => fold(p).replace(/\s+/g, '')).join('\n')).toString(36);
}
