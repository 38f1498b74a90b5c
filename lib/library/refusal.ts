/**
 * Why a page was not saved to the library, as data: the interface words it (lib/ui/strings.ts,
 * keys `libraryRefused*`), logs and tests read `describeRefusal`. Nothing is half-saved in any case.
 */
export type SaveRefusal =
  /** Only http(s) pages are saved (lib/web/http-url.ts). */
  | { code: 'notWebPage' }
  /** The page's HTML is over MAX_PAGE_BYTES; checked before any parsing. */
  | { code: 'tooLarge'; bytes: number; limit: number }
  /** Readability found no article, or too little text: an index, list, search or error page. */
  | { code: 'noArticle'; chars: number }
  /** A short body and signs of a paywall (subscribe/log-in prompts, paywall markup, JSON-LD). */
  | { code: 'paywalled'; chars: number; signal: string }
  /** The article is not Chinese text. */
  | { code: 'notChinese'; hanChars: number }
  /** Already in the library: same address or same text. */
  | { code: 'duplicate'; by: 'url' | 'text'; existingId: string; existingTitle: string }
  /** The disk is full; what was stored before is unchanged. */
  | { code: 'quota' }
  /** Any other storage failure; what was stored before is unchanged. */
  | { code: 'writeFailed'; detail: string };

export type SaveRefusalCode = SaveRefusal['code'];

/** The English sentence for a refusal (logs, tests, and the fallback text). */
export function describeRefusal(refusal: SaveRefusal): string {
  switch (refusal.code) {
    case 'notWebPage':
      return 'only web pages (http or https) can be saved';
    case 'tooLarge':
      return `the page is too large to save (${Math.round(refusal.bytes / 1024 / 1024)} MB; the limit is ${Math.round(refusal.limit / 1024 / 1024)} MB)`;
    case 'noArticle':
      return 'no article was found on this page (is it an index, list or error page?)';
    case 'paywalled':
      return 'this page shows only the start of a paywalled article; open the full text first';
    case 'notChinese':
      return 'the article is not in Chinese';
    case 'duplicate':
      return `already in the library (${refusal.by === 'url' ? 'same address' : 'same text'}): ${refusal.existingTitle}`;
    case 'quota':
      return 'the disk is full: nothing was saved, and the library is unchanged';
    case 'writeFailed':
      return `nothing was saved (${refusal.detail}); the library is unchanged`;
  }
}
