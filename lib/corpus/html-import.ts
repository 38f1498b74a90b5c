/**
 * Turns a saved web page (.html) into a corpus article: Readability finds the article body on a
 * linkedom DOM (no browser needed), the page's own metadata gives date, site, author and title,
 * and the body then goes through the same cleaning as a raw-text import. Where each value came
 * from is recorded (`dateSource`), and a title is derived only when the page has none.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from './article';
import { precisionOf } from './article';
import { cleanArticle, type CleanReport } from './clean';
import { derivedTitle, detectScript, type ImportOptions } from './import';

export class PageImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PageImportError';
  }
}

export interface PageMetadata {
  title: string | null;
  site: string | null;
  author: string | null;
  /** ISO, as precise as the page states it: 2024-03-05 or 2024-03-05T10:20 (local time as written). */
  date: string | null;
  /** Where the date came from, for the editor: "page metadata: JSON-LD datePublished"… */
  dateSource: string;
  url: string | null;
}

/** Fewer characters than this is a navigation, list or error page, not an article. */
const MIN_ARTICLE_CHARS = 80;

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Blog|Tech)?(?:Article|Posting)$|^BlogPosting$/;

/** Dates as pages write them: ISO (2024-03-05T10:20:00+08:00), 2024年3月5日 10:20, 2024/03/05. */
export function normalizeDate(text: string): string | null {
  const match =
    /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2}))?/.exec(text) ??
    /(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})[日号](?:\s*(\d{1,2})[:：](\d{2}))?/.exec(text) ??
    /(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?/.exec(text);
  if (!match) return null;
  const [, y, m, d, hh, mm] = match;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return hh !== undefined && mm !== undefined ? `${date}T${hh.padStart(2, '0')}:${mm}` : date;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function jsonLdArticles(document: Document): Array<Record<string, Json>> {
  const found: Array<Record<string, Json>> = [];
  const visit = (node: Json) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const type = node['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) found.push(node);
    if (node['@graph']) visit(node['@graph']);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A broken JSON-LD block is the page's problem; the other sources still apply.
    }
  }
  return found;
}

function names(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const all = value.map(names).filter((n): n is string => !!n);
    return all.length ? all.join('、') : null;
  }
  if (value && typeof value === 'object') return names(value.name);
  return null;
}

const text = (value: Json | undefined): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

function meta(document: Document, ...selectors: string[]): string | null {
  for (const selector of selectors) {
    const content = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** Elements where news pages put the byline's date. */
const BYLINE_HINT = /byline|date|time|publish|pubtime|post-?info|article-?info|meta|source/i;

/** "記者 陳美玲", "作者：王小明", "文｜李华": the name after a reporter label. */
export function bylineAuthor(line: string): string | null {
  return /(?:記者|记者|作者|撰文|文)\s*[:：｜|/]?\s*([\p{Script=Han}·]{2,5}?)(?=[\s,，|｜/]|\d|$)/u.exec(line)?.[1] ?? null;
}

function bylineDate(document: Document): { date: string; from: string; line: string } | null {
  for (const time of document.querySelectorAll('time')) {
    const date = normalizeDate(time.getAttribute('datetime') ?? '') ?? normalizeDate(time.textContent ?? '');
    const line = (time.parentElement?.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (date) return { date, from: `byline: <time> "${(time.getAttribute('datetime') ?? time.textContent ?? '').trim()}"`, line };
  }
  for (const element of document.querySelectorAll('[class], [id]')) {
    const hint = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (!BYLINE_HINT.test(hint)) continue;
    const line = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (line.length > 80) continue;
    const date = normalizeDate(line);
    if (date) return { date, from: `byline: "${line}"`, line };
  }
  return null;
}

/**
 * Strips the site name a title carries: "标题 - 36氪", "標題 | iThome", "标题_虎嗅网". A headline
 * (JSON-LD, og:title) loses only a tail naming the site; a <title> also loses any short tail,
 * since that is where pages put their name.
 */
export function stripSiteSuffix(title: string, site: string | null, isDocumentTitle: boolean): string {
  const match = /^(.+?)\s*(?:\s[-–—|]\s|[|｜_])\s*([^-–—|｜_]+)$/.exec(title.trim());
  if (!match) return title.trim();
  const [, head, tail] = match as unknown as [string, string, string];
  if (site && tail.includes(site)) return head;
  if (isDocumentTitle && tail.length <= 12 && head.length >= 4) return head;
  return title.trim();
}

/** Date, site, author, title and address as the page itself states them. */
export function pageMetadata(document: Document): PageMetadata {
  const ld = jsonLdArticles(document)[0] ?? {};
  const publisher = ld.publisher;
  const site =
    meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ??
    (publisher && typeof publisher === 'object' && !Array.isArray(publisher) ? text(publisher.name) : null);

  let date: string | null = null;
  let dateSource = '';
  const byline = bylineDate(document);
  const candidates: Array<[string | null, string]> = [
    [meta(document, 'meta[property="article:published_time"]'), 'page metadata: <meta property="article:published_time">'],
    [text(ld.datePublished), 'page metadata: JSON-LD datePublished'],
    [meta(document, 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="PubDate"]'), 'page metadata: <meta> publish date'],
  ];
  for (const [value, from] of candidates) {
    const normalized = value ? normalizeDate(value) : null;
    if (normalized) {
      [date, dateSource] = [normalized, from];
      break;
    }
  }
  if (!date && byline) [date, dateSource] = [byline.date, byline.from];

  const author =
    names(ld.author) ?? meta(document, 'meta[name="author"]', 'meta[property="article:author"]') ?? (byline ? bylineAuthor(byline.line) : null);
  const headline = text(ld.headline) ?? meta(document, 'meta[property="og:title"]');
  const documentTitle = document.querySelector('title')?.textContent?.trim() || null;
  const title = headline ? stripSiteSuffix(headline, site, false) : documentTitle ? stripSiteSuffix(documentTitle, site, true) : null;
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'meta[property="og:url"]') ?? text(ld.url);
  return {
    title: title || null,
    site,
    author: author && !/^https?:/.test(author) ? author : null,
    date,
    dateSource,
    url: url && /^https?:\/\//.test(url) ? url : null,
  };
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td';

/** The article's text, one block per line (Readability's HTML, read as blocks). */
function blockText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)].filter((el) => !el.querySelector(BLOCKS));
  const lines = blocks.map((el) => (el.textContent ?? '').replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  return lines.length ? lines.join('\n') : (document.body.textContent ?? '');
}

/** Readability's byline, without its "作者：" / "文｜" label. */
function cleanByline(byline: string | null | undefined): string | null {
  const name = byline
    ?.replace(/^(?:作者|文|撰文|記者|记者|编辑|編輯)\s*[:：｜|/]\s*/, '')
    .trim()
    .split(/\s+/)[0];
  return name && name.length <= 20 && !normalizeDate(name) ? name : null;
}

export function importHtmlArticle(html: string, file: string, options: ImportOptions): { article: Article; report: CleanReport; metadata: PageMetadata } {
  const metadata = pageMetadata(parseHTML(html).document);
  // Readability changes the DOM it reads, so it gets its own copy.
  const parsed = new Readability(parseHTML(html).document, { charThreshold: 200 }).parse();
  const raw = parsed?.content ? blockText(parsed.content) : '';
  const { paragraphs, boilerplate, report } = cleanArticle(raw, options);
  const title = metadata.title ?? (parsed?.title?.trim() || null);
  // Readability often keeps the headline as the first block.
  const body = title && paragraphs[0] === title ? paragraphs.slice(1) : paragraphs;
  const length = body.join('').replace(/\s/g, '').length;
  if (length < MIN_ARTICLE_CHARS) {
    throw new PageImportError(
      `${file}: no article found (${length} characters of body text${parsed ? '' : ', Readability found no content'}); is this an index, list or error page?`,
    );
  }
  const han = body.join('').match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < MIN_ARTICLE_CHARS / 2) {
    throw new PageImportError(`${file}: the article has ${han} Chinese characters; the corpus takes Chinese news articles`);
  }
  const date = metadata.date ?? (parsed?.publishedTime ? normalizeDate(parsed.publishedTime) : null);
  const article: Article = {
    id: options.id,
    title: title ?? derivedTitle(body),
    titleDerived: !title,
    site: metadata.site ?? (parsed?.siteName?.trim() || null),
    author: metadata.author ?? cleanByline(parsed?.byline),
    date,
    datePrecision: date ? precisionOf(date) : null,
    dateSource: metadata.date ? metadata.dateSource : date ? 'page metadata (Readability publishedTime)' : '',
    url: metadata.url,
    script: detectScript(body.join(''), options.foldLine, options.toTraditional),
    seed: options.seed,
    boilerplate,
    paragraphs: body,
  };
  return { article, report, metadata };
}
