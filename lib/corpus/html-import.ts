/**
 * Turns a saved web page (.html) into a corpus article: Readability finds the article body on a
 * linkedom DOM (no browser needed), the page's own metadata gives date, site, author and title,
 * and the body then goes through the same cleaning as a raw-text import. Where each value came
 * from is recorded (`dateSource`), and a title is derived only when the page has none.
 */
import { parseHTML } from 'linkedom';
import type { Article } from './article';
import { precisionOf } from './article';
import type { CleanReport } from './clean';
import type { ImportOptions } from './import';
import { articleAuthor, derivedTitle, isArticleText, MIN_ARTICLE_CHARS, readArticleText } from './article-text';
import { pageMetadata, type PageMetadata } from './page-metadata';
import { articleDate } from './article-date';
import { detectScript } from '../text/script-detect';

export class PageImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageImportError';
  }
}

export function importHtmlArticle(html: string, file: string, options: ImportOptions): { article: Article; report: CleanReport; metadata: PageMetadata } {
  const metadata = pageMetadata(parseHTML(html).document);
  // Readability changes the DOM it reads, so it gets its own copy.
  const parsed = readArticleText(parseHTML(html).document, metadata.title, options);
  const title = metadata.title ?? parsed.readabilityTitle;
  const body = parsed.paragraphs;
  const { boilerplate, report } = parsed;
  if (!isArticleText(parsed)) {
    const why = !parsed.found
      ? ', Readability found no content'
      : parsed.bodyChars >= MIN_ARTICLE_CHARS
        ? `, ${Math.round(parsed.linkDensity * 100)}% of it in links`
        : '';
    throw new PageImportError(
      `${file}: no article found (${parsed.bodyChars} characters of body text${why}); is this an index, list or error page?`,
    );
  }
  if (parsed.hanChars < MIN_ARTICLE_CHARS / 2) {
    throw new PageImportError(`${file}: the article has ${parsed.hanChars} Chinese characters; the corpus takes Chinese news articles`);
  }
  // A sign-off's date (中央社's 1131125) or the dateline's day when the page states none: every relative date hangs on it.
  const { date, source: dateSource } = articleDate(metadata, parsed, metadata.url);
  const site = metadata.site ?? parsed.siteName;
  const article: Article = {
    id: options.id,
    title: title ?? derivedTitle(body),
    titleDerived: !title,
    site,
    // The page's author field unless it names the site or an account; then the writer a credit or dateline names.
    author: articleAuthor(metadata.author, parsed, site, options.foldLine, metadata.authorIsEditor),
    date,
    datePrecision: date ? precisionOf(date) : null,
    dateSource,
    url: metadata.url,
    script: detectScript(body.join(''), options.foldLine, options.toTraditional),
    seed: options.seed,
    boilerplate,
    paragraphs: body,
  };
  return { article, report, metadata };
}
