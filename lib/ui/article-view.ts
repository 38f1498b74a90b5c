/** A cleaned corpus article as a readable page (text only: article text is data, never markup). */
import type { CompiledArticle } from '../corpus/compile';
import type { Translate } from './strings';
import { httpUrl } from '../web/http-url';
import { el } from './dom';

export function renderArticle(root: HTMLElement, article: CompiledArticle, t: Translate): void {
  const header = el('header', '');
  header.append(el('h1', '', article.title[article.script === 'zh-Hant' ? 'hant' : 'hans']));
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
