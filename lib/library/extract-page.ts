/**
 * The article on a live page, as the saving script sends it back: body text by
 * @mozilla/readability on a COPY of the document (the page is never changed), metadata as the page
 * states it (lib/corpus/page-metadata.ts, the same reading as the corpus's HTML import), the
 * address normalized like notes', the script from the text. Refusals are typed (refusal.ts).
 *
 * Bundled into a script injected on demand, so it stays small: no opencc dictionaries, no
 * segmenter (script detection uses the frequent-character table; the pipeline may re-decide).
 */
import { MAX_PAGE_BYTES, type DateSource, type ExtractedPage } from './model';
import type { SaveRefusal } from './refusal';
import { articleAuthor, derivedTitle, isArticleText, MIN_ARTICLE_CHARS, readArticleText } from '../corpus/article-text';
import { pageMetadata } from '../corpus/page-metadata';
import { articleDate } from '../corpus/article-date';
import { normalizeUrl } from '../notes/url';
import { frequentCharConverters, scriptEvidence } from '../text/script-detect';
import { exceedsUtf8Bytes, utf8Bytes } from '../text/utf8';
import { httpUrl } from '../web/http-url';

export type ExtractResult = { ok: true; page: ExtractedPage } | { ok: false; refusal: SaveRefusal };

export interface ExtractOptions {
  /** Character converters for script detection and boilerplate (default: the frequent-character table). */
  converters?: { toSimplified: (text: string) => string; toTraditional: (text: string) => string };
  /** Size limit in bytes of the page's serialized HTML (default MAX_PAGE_BYTES). */
  maxBytes?: number;
}

/** A body shorter than this (non-space characters) with paywall signs is a teaser, not the article. */
export const PAYWALL_STUB_CHARS = 600;

/**
 * What paywalls say, in Simplified (matched on text folded to Simplified, so Traditional pages
 * count too): prompts to subscribe, log in, pay or join to read on, and "N% left" teasers.
 */
export const PAYWALL_PROMPT =
  /(?:订阅|登录|登入|注册|付费|购买|开通会员|成为会员|加入会员)(?:后|之后)?(?:即可|才能|方可|可)?(?:继续)?(?:阅读|查看|解锁|浏览)(?:全文|完整|更多|剩余)?|本文(?:为|是|属于)?(?:付费|会员|VIP|订阅|订户)(?:专享|专属|限定|独享)?(?:内容|文章)|(?:付费|会员|VIP|订户|订阅者)(?:专享|专属|限定|独享)(?:内容|文章)|解锁全文|阅读全文(?:需|请)|剩余\s*\d{1,2}\s*%|还有\s*\d{1,2}\s*%\s*(?:的)?内容|免费试读|subscribe (?:to|now to) (?:read|continue)|subscribers? only|sign in to (?:read|continue)/i;
/** Markup names paywalls use; words a newsletter box also uses ("subscribe") are left out. */
const PAYWALL_MARKUP =
  /pay-?(?:wall|gate)|reg-?wall|premium-?(?:content|wall|article|lock|gate)|(?:content|article)-?(?:lock|gate)|locked-?(?:content|article)|members?-?(?:only|gate|lock|wall)|subscribers?-?(?:only|gate|wall)|vip-?(?:content|only|lock|mask|gate)|metered-?content/i;

/** The first sign of a paywall on the page, or null. */
export function paywallSignal(
  document: Document,
  accessibleForFree: boolean | null,
  toSimplified: (text: string) => string,
): string | null {
  if (accessibleForFree === false) return 'JSON-LD isAccessibleForFree: false';
  for (const element of document.querySelectorAll('[class], [id]')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    const markup = PAYWALL_MARKUP.exec(names);
    if (markup) return `markup: ${markup[0]}`;
  }
  const text = toSimplified((document.body?.textContent ?? '').replace(/\s+/g, ' '));
  const prompt = PAYWALL_PROMPT.exec(text);
  return prompt ? `text: ${prompt[0]}` : null;
}

function siteFromUrl(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** The page's size as serialized HTML, measured only up to the limit. */
function pageBytes(document: Document, limit: number): number | null {
  const html = document.documentElement?.outerHTML ?? '';
  return exceedsUtf8Bytes(html, limit) ? utf8Bytes(html) : null;
}

/** Reads the article on `document` (left unchanged) whose address is `url`. */
export function extractPage(document: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  const address = httpUrl(url);
  if (!address) return { ok: false, refusal: { code: 'notWebPage' } };
  const limit = options.maxBytes ?? MAX_PAGE_BYTES;
  const bytes = pageBytes(document, limit);
  if (bytes !== null) return { ok: false, refusal: { code: 'tooLarge', bytes, limit } };

  const converters = options.converters ?? frequentCharConverters();
  const metadata = pageMetadata(document);
  // Readability rewrites the DOM it reads: it gets a copy, never the reader's page.
  const text = readArticleText(document.cloneNode(true) as Document, metadata.title, {
    repairs: [],
    foldLine: converters.toSimplified,
  });
  if (text.bodyChars < PAYWALL_STUB_CHARS) {
    const signal = paywallSignal(document, metadata.accessibleForFree, converters.toSimplified);
    if (signal) return { ok: false, refusal: { code: 'paywalled', chars: text.bodyChars, signal } };
  }
  if (!isArticleText(text)) return { ok: false, refusal: { code: 'noArticle', chars: text.bodyChars } };
  if (text.hanChars < MIN_ARTICLE_CHARS / 2)
    return { ok: false, refusal: { code: 'notChinese', hanChars: text.hanChars } };

  const title = metadata.title ?? text.readabilityTitle;
  // The corpus import's reading: metadata, the sign-off's date code, the address, the dateline's day.
  const { date: published, kind } = articleDate(metadata, text, address);
  const dateSource: DateSource = kind === 'readability' ? 'meta' : kind;
  const evidence = scriptEvidence(text.paragraphs.join(''), converters.toSimplified, converters.toTraditional);
  return {
    ok: true,
    page: {
      url: normalizeUrl(address),
      title: title ?? derivedTitle(text.paragraphs),
      titleDerived: !title,
      site: metadata.site ?? text.siteName ?? siteFromUrl(address),
      author: articleAuthor(
        metadata.author,
        text,
        metadata.site ?? text.siteName,
        converters.toSimplified,
        metadata.authorIsEditor,
      ),
      published,
      dateSource,
      script: evidence.traditionalOnly > evidence.simplifiedOnly ? 'hant' : 'hans',
      paragraphs: text.paragraphs,
    },
  };
}
