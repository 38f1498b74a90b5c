/** A cleaned corpus article or a saved one as a readable page (text only: article text is data, never markup). */
import type { CompiledArticle } from '../corpus/compile';
import type { SavedArticle } from '../library/model';
import type { Translate } from './strings';
import { httpUrl } from '../web/http-url';
import { el } from './dom';

/** What the reader page shows of an article, bundled or saved. */
export interface ReadableArticle {
  title: string;
  site: string | null;
  author: string | null;
  date: string | null;
  url: string | null;
  paragraphs: readonly string[];
}

export function corpusReadable(article: CompiledArticle): ReadableArticle {
  return { ...article, title: article.title[article.script === 'zh-Hant' ? 'hant' : 'hans'] };
}

export function savedReadable(article: SavedArticle): ReadableArticle {
  return { ...article, date: article.published };
}

export function renderArticle(root: HTMLElement, article: ReadableArticle, t: Translate): void {
  const header = el('header', '');
  header.append(el('h1', '', article.title));
  const byline = el('p', 'byline');
  for (const part of [article.site, article.author, article.date?.replace('T', ' ')])
    if (part) byline.append(el('span', '', part));
  // Only web addresses become links: a corpus URL of another scheme is shown as text.
  const url = httpUrl(article.url);
  if (url) {
    const link = el('a', '', t('original'));
    link.href = url;
    link.target = '_blank';
    link.rel = 'noreferrer noopener';
    byline.append(link);
  } else {
    byline.append(el('span', 'no-original', t('noOriginal')));
  }
  header.append(byline);
  root.replaceChildren(header, ...article.paragraphs.map((text) => el('p', '', text)));
}
