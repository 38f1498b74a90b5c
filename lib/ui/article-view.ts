/** A cleaned corpus article as a readable page (text only: article text is data, never markup). */
import type { CompiledArticle } from '../corpus/compile';
import type { Translate } from './strings';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Only web addresses become links: a corpus URL of another scheme is shown as text. */
export function safeHttpUrl(raw: string | null): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

export function renderArticle(root: HTMLElement, article: CompiledArticle, t: Translate): void {
  const header = el('header', '');
  header.append(el('h1', '', article.title[article.script === 'zh-Hant' ? 'hant' : 'hans']));
  const byline = el('p', 'byline');
  for (const part of [article.site, article.author, article.date?.replace('T', ' ')])
    if (part) byline.append(el('span', '', part));
  const url = safeHttpUrl(article.url);
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
