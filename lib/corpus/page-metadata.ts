/**
 * What a news page states about itself: title, site, author, publication date (and where it came
 * from) and address, read from <meta> tags, JSON-LD, <time> elements and the byline. Reads the
 * document only (any DOM: linkedom at build time, the live page in the extension).
 */
import { CREDITED_NAMES, REPORTER_LINE } from './credit-lines';
import { creditAuthor } from './dateline';
import { splitTitle, type TitleContext } from './site-title';

/** An element's text as shown: runs of white space as one space, trimmed. */
const shownText = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export interface PageMetadata {
  title: string | null;
  site: string | null;
  author: string | null;
  /**
   * The author is only the editor a credit above the lead names ("编辑：X"): on many sites the writer,
   * on a wire story the desk's, so a reporter the dateline names goes first.
   */
  authorIsEditor: boolean;
  /** ISO, as precise as the page states it: 2024-03-05 or 2024-03-05T10:20 (local time as written). */
  date: string | null;
  /** Where the date came from, for the editor: "page metadata: JSON-LD datePublished"… */
  dateSource: string;
  /** The same, as a kind: which of the page's statements gave the date. */
  dateKind: DateKind;
  url: string | null;
  /** JSON-LD `isAccessibleForFree` (how sites declare a paywall to search engines), or null when unstated. */
  accessibleForFree: boolean | null;
}

export type DateKind = 'meta' | 'json-ld' | 'time-element' | 'byline' | 'none';

const ARTICLE_TYPES = /^(?:News|Reportage|Analysis|Opinion|Blog|Tech)?(?:Article|Posting)$|^BlogPosting$/;

/** A weekday pages put between date and time: 星期一, 週二, 周日, （三）, (Mon). */
const WEEKDAY = String.raw`(?:\s*(?:(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]|[（(](?:[一二三四五六日]|週[一二三四五六日]|[A-Z][a-z]{2})[)）]))?`;
/** A bar some bylines put between the date and its time: "2024.03.04 | 09:15". */
const BAR_BEFORE_TIME = String.raw`\s*[|｜]\s*`;
const DATE_FORMS = [
  new RegExp(String.raw`(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[T ]|${BAR_BEFORE_TIME})(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?`),
  new RegExp(String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]${WEEKDAY}(?:(?:\s*|${BAR_BEFORE_TIME})(\d{1,2})[:：](\d{2}))?`),
  new RegExp(String.raw`(\d{4})[/.](\d{1,2})[/.](\d{1,2})${WEEKDAY}(?:(?:\s+|${BAR_BEFORE_TIME})(\d{1,2}):(\d{2}))?`),
  // 新华网's "2024-01/19 16:12:45", and the same with the year set apart: "2024 01/19 16:12:45".
  new RegExp(String.raw`(\d{4})(?:-|\s+)(\d{1,2})/(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?`),
];

/** Dates as pages write them: ISO (2024-03-05T10:20:00+08:00), 2024年3月5日 星期二 10:20, 2024/03/05. */
export function normalizeDate(text: string): string | null {
  let match: RegExpExecArray | null = null;
  for (const form of DATE_FORMS) if ((match = form.exec(text))) break;
  if (!match) return null;
  const [, y, m, d, hh, mm, offset] = match;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  if (offset && hh !== undefined && mm !== undefined) return newsLocalTime(Number(y), month, day, Number(hh), Number(mm), offset);
  const date = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return hh !== undefined && mm !== undefined ? `${date}T${hh.padStart(2, '0')}:${mm}` : date;
}

/** Chinese-language news is written in UTC+8 (mainland, Taiwan, Hong Kong, Macau, Singapore). */
const NEWS_OFFSET_MINUTES = 8 * 60;

/**
 * A timestamp with an offset, as the newsroom's clock read it: WordPress and CDNs often state
 * UTC ("2024-11-25T20:00:00Z" is 26 November in Beijing), and the article's own 今天 / 25日
 * mean the newsroom's day.
 */
function newsLocalTime(year: number, month: number, day: number, hour: number, minute: number, offset: string): string {
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset === 'Z' ? '0000' : offset.slice(1).replace(':', '');
  const offsetMinutes = offset === 'Z' ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
  const utc = Date.UTC(year, month - 1, day, hour, minute) - offsetMinutes * 60_000;
  return new Date(utc + NEWS_OFFSET_MINUTES * 60_000).toISOString().slice(0, 16);
}

/** Dates in news addresses: /2024-05-15/, /20240515/, /2024/05/15/, /2024/0515/. */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /(?:^|\D)(20\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?!\d)/.exec(path);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/**
 * The year and month of a news address that states no day: WordPress's "month and name"
 * permalinks (/2024/11/slug/), archive folders (/202411/, /2024-11/). An address is given at
 * publication, so it places a dateline's bare day; a number elsewhere in the path does not count.
 */
export function urlMonth(url: string): { year: number; month: number } | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /\/(20\d{2})[-/_]?(0[1-9]|1[0-2])(?=\/)/.exec(path);
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The article nodes of the page's JSON-LD. In a `@graph` (Yoast and other SEO plugins) the article
 * names its author and publisher only by reference ("author": {"@id": "…#/schema/person/x"}): those
 * are replaced by the nodes they point at, so the Person's and the Organization's names are read.
 */
function jsonLdArticles(document: Document): Array<Record<string, Json>> {
  const found: Array<Record<string, Json>> = [];
  const byId = new Map<string, Record<string, Json>>();
  const visit = (node: Json) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const type = node['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (typeof node['@id'] === 'string' && type !== undefined) byId.set(node['@id'], node);
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
  const resolve = (value: Json | undefined): Json | undefined => {
    if (Array.isArray(value)) return value.map((item) => resolve(item) ?? null);
    if (!value || typeof value !== 'object' || typeof value['@id'] !== 'string' || 'name' in value) return value;
    return byId.get(value['@id']) ?? value;
  };
  return found.map((article) => ({
    ...article,
    ...(article.author !== undefined ? { author: resolve(article.author) ?? null } : {}),
    ...(article.publisher !== undefined ? { publisher: resolve(article.publisher) ?? null } : {}),
  }));
}

/** `pubDate` of Baidu's cambrian JSON-LD ("@context": "https://ziyuan.baidu.com/contexts/cambrian.jsonld"). */
function cambrianPubDate(document: Document): string | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const node = JSON.parse(script.textContent ?? '') as Json;
      if (node && typeof node === 'object' && !Array.isArray(node) && typeof node['@context'] === 'string' && /cambrian/.test(node['@context']))
        return text(node.pubDate);
    } catch {
      // A broken block is the page's problem; the other sources still apply.
    }
  }
  return null;
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
const BYLINE_HINT = /byline|date|time|publish|pubtime|created|post[-_]?info|article[-_]?info|meta|source/i;

/** "記者 陳美玲", "作者：王小明", "文｜李华", "【記者張曉明報道】": the name after a reporter label. */
export function bylineAuthor(line: string): string | null {
  return (
    /(?:記者|记者|作者|撰文|文)\s*[:：｜|/／]?\s*([\p{Script=Han}·]{2,5}?)(?=[\s,，、|｜/／】」）)]|\d|$|報道|报道|攝|摄)/u.exec(line)?.[1] ??
    null
  );
}

/** Elements that hold the author's name itself (microformats, schema.org, WordPress, rel=author). */
const AUTHOR_ELEMENTS = '[rel="author"], [itemprop="author"], .author .fn, .vcard .fn, .author-name, .byline-name';

/** A person's name as bylines write it: 2–5 Han characters (· allowed), or a short Latin name. */
const PERSON_NAME = /^(?:[\p{Script=Han}·]{2,6}|[A-Za-z][A-Za-z .'-]{1,40})$/u;

function authorElementName(document: Document): string | null {
  for (const element of document.querySelectorAll(AUTHOR_ELEMENTS)) {
    const name = shownText(element.textContent);
    if (PERSON_NAME.test(name)) return name;
  }
  return null;
}

/** Elements a headline is set in when the page has no <h1>: a lower heading, or a styled block. */
const HEADLINE_STAND_INS = 'h2, h3, h4, div, p, span, strong';
/** A shorter text is a logo or a section's name, never the headline. */
const MIN_HEADLINE_CHARS = 8;
/** What parts a <title>: its headline, the site's name, sections. */
const TITLE_SEPARATOR = /\s*(?:\s[-–—|·]\s|[-–—|｜_·]|--)\s*/;
/** A separator opening what follows a headline in the <title>. */
const LEADING_TITLE_SEPARATOR = new RegExp(`^${TITLE_SEPARATOR.source}`);
/** A separator closing what precedes a headline in the <title>. */
const TRAILING_TITLE_SEPARATOR = new RegExp(`${TITLE_SEPARATOR.source}$`);

/**
 * The headline as the page shows it: its <h1>, else the first element, holding no other block, whose
 * text is the <title> or opens it before a separator (观察者网 sets its headline in an <h3>, 驱动之家 in a
 * <div>). The byline, the writer's link and the credits are looked for beside or under it.
 */
export function shownHeadline(document: Document): Element | null {
  const h1 = document.querySelector('h1');
  if (h1 || !document.body) return h1;
  const title = shownText(document.querySelector('title')?.textContent);
  if (title.length < MIN_HEADLINE_CHARS) return null;
  for (const element of document.body.querySelectorAll(HEADLINE_STAND_INS)) {
    if (element.querySelector('div, p, h2, h3, h4, ul, ol, table')) continue;
    const text = shownText(element.textContent);
    if (text.length < MIN_HEADLINE_CHARS) continue;
    if (text === title || (title.startsWith(text) && LEADING_TITLE_SEPARATOR.test(title.slice(text.length)))) return element;
    // "經濟通 ET Net - 專欄 - 科網追擊 - 標題": some sites put their name and sections before the headline.
    if (title.endsWith(text) && TRAILING_TITLE_SEPARATOR.test(title.slice(0, -text.length))) return element;
  }
  return null;
}

/**
 * A link to a member's or author's own page on a community or blog platform (/u/8152033417,
 * /people/x, /author/x, or the id joined on: /user_2291734, /author-268), or a forum script's profile
 * page with the member's id in the query (userinfo.php?id=2231459, member.php?u=12, home.php?mod=space&uid=5):
 * on a post, the one beside the headline names who wrote it.
 */
const PROFILE_HREF =
  /\/(?:(?:u|user|users|people|member|author|authors|profile)\/[^/?#]+|(?:u|user|member|author|profile)[_-]\d+)\/?(?:[?#].*)?$|\/(?:(?:user|member|profile|space)[a-z]*\.(?:php|aspx?|jsp)\?(?:[^#]*&)?(?:id|uid|u|userid|user_id)|home\.php\?(?:[^#]*&)?uid)=\d+(?:[&#].*)?$/i;
/** The site's bars and menus, where a profile link names the signed-in reader; an article's own header holds the headline. */
const SITE_BARS =
  'nav, header, footer, [class*="nav"], [class*="header"], [class*="login"], [class*="account"], [class*="toolbar"], [class*="topbar"]';
/** Readers' comments and replies: their profile links name the commenters. */
const COMMENTS = '[class*="comment"], [class*="reply"]';

/**
 * A link to the home the page's own address lives under, one folder from the root: a blog platform
 * files each post under its writer (blog.csdn.net/NAME/article/details/…, www.cnblogs.com/NAME/p/…).
 */
function isHomeOfPage(href: string, page: URL | null): boolean {
  if (!page) return false;
  let link: URL;
  try {
    link = new URL(href, page);
  } catch {
    return false;
  }
  const folder = link.pathname.replace(/\/$/, '');
  return link.host === page.host && /^\/[^/]+$/.test(folder) && page.pathname.startsWith(`${folder}/`) && !link.search;
}

/** The address the page states for itself: its canonical link, else og:url. */
function statedAddress(document: Document): string | null {
  return document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'meta[property="og:url"]');
}

function pageAddress(document: Document): URL | null {
  const stated = statedAddress(document);
  try {
    return stated ? new URL(stated) : null;
  } catch {
    return null;
  }
}

/** Links of menus and breadcrumbs (a header's links are not all sections: the article's own header holds its byline). */
const NAVIGATION_LINKS = 'nav a, [class*="nav"] a, [class*="crumb"] a, [id*="crumb"] a, [class*="menu"] a, [class*="channel"] a';

function profileLinkName(document: Document, headline: Element | null): string | null {
  if (!headline) return null;
  const page = pageAddress(document);
  // A section's link is no writer, whatever folder it opens ("科技" at /tech/ over /tech/2024/…).
  const sections = new Set([...document.querySelectorAll(NAVIGATION_LINKS)].map((a) => shownText(a.textContent)));
  for (const link of document.querySelectorAll('a[href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!(PROFILE_HREF.test(href) || isHomeOfPage(href, page)) || link.closest(COMMENTS)) continue;
    const bar = link.closest(SITE_BARS);
    if (bar && !bar.contains(headline)) continue;
    if (sections.has(shownText(link.textContent))) continue;
    // Beside the headline: in one of its containers below <body>, not elsewhere on the page.
    let shared = headline.parentElement;
    while (shared && !shared.contains(link)) shared = shared.parentElement;
    if (!shared || shared === document.body || shared === document.documentElement) continue;
    const name = shownText(link.textContent);
    if (PERSON_NAME.test(name)) return name;
  }
  return null;
}

/** Elements that name the site: its home link and logo. */
const SITE_ELEMENTS = 'a[href="/"], [class*="logo"], [id*="logo"], .site-title, .site-name, [class*="brand"]';

/** Links of the page's navigation and breadcrumbs: their short texts are its sections. */
const SECTION_LINKS = 'nav a, [class*="nav"] a, [class*="crumb"] a, [class*="menu"] a, [class*="channel"] a, [class*="header"] a';
/** A site's name as its logo shows it ("數位時代 BusinessNext", "TechNews 科技新報"). */
const MAX_SITE_NAME_CHARS = 30;
/** A section's name is a word or two, never a headline. */
const MAX_SECTION_CHARS = 10;


/** The logo: a link named so, or the link inside a block named so. */
const LOGO_LINKS = 'a[class*="logo"], a[id*="logo"], [class*="logo"] a, [id*="logo"] a';
/** Links of the page's top bar, where an unnamed logo is the link holding only the site's image. */
const HEADER_LINKS = 'header a, [class*="header"] a, [id*="header"] a';
/** A home link's text that is no name. */
const HOME_WORDS = /^(?:首页|首頁|主页|主頁|home|回首页|回首頁|返回首页|返回首頁)$/i;

/**
 * The site's name as its logo shows it, for a page that states it nowhere else (no og:site_name, no
 * publisher, no tail on its <title>): the logo links to the site's home page, the root of the page's
 * own host (or "/"), and its text or image's alt is a short name.
 */
function logoSiteName(document: Document): string | null {
  const page = pageAddress(document);
  // A top bar's home link that is only an image is its logo: a menu's "要闻" may link home too, in words.
  const imageLinks = [...document.querySelectorAll(HEADER_LINKS)].filter((a) => !shownText(a.textContent) && a.querySelector('img'));
  for (const link of [...document.querySelectorAll(LOGO_LINKS), ...imageLinks]) {
    const href = link.getAttribute('href') ?? '';
    let target: URL;
    try {
      target = new URL(href, page ?? 'http://page.invalid/');
    } catch {
      continue;
    }
    const root = target.pathname.replace(/\/(?:index\.\w+)?$/, '') === '' && !target.search;
    if (!root || (page ? target.host !== page.host : !/^\/$|^\/\/|^https?:/.test(href))) continue;
    const name = shownText(link.textContent) || shownText(link.querySelector('img')?.getAttribute('alt'));
    if (name.length >= 2 && name.length <= MAX_SITE_NAME_CHARS && !HOME_WORDS.test(name) && /[\p{Script=Han}A-Za-z]/u.test(name)) return name;
  }
  return null;
}

/** A breadcrumb trail, and what parts its crumbs when they are not links. */
const BREADCRUMBS = '[class*="crumb"], [id*="crumb"]';
const CRUMB_SEPARATOR = /\s*[>›»＞/／|｜]\s*/;
/** Links of the page's menus: a section's name, never the site's. */
const MENU_LINKS = 'nav a, [class*="nav"] a, [class*="menu"] a, header a, [class*="header"] a';

/**
 * The site's name as its breadcrumb trail's root gives it ("汽车之家 > 车家号 > 新车 > 正文"), for a page
 * that states it nowhere else: a trail starts at the site's home, as 首页 or by the site's name. A
 * first crumb the top menu also lists is a section (a trail that starts below home), not the site.
 */
function breadcrumbSiteName(document: Document): string | null {
  const menu = new Set([...document.querySelectorAll(MENU_LINKS)].map((a) => shownText(a.textContent)));
  for (const trail of document.querySelectorAll(BREADCRUMBS)) {
    const crumbs = shownText(trail.textContent)
      .replace(/^(?:当前位置|當前位置|您的位置|你的位置|您现在的位置|位置)\s*[:：]\s*/, '')
      .split(CRUMB_SEPARATOR)
      .filter(Boolean);
    const root = crumbs[0];
    if (crumbs.length < 2 || !root || HOME_WORDS.test(root) || menu.has(root)) continue;
    if (root.length >= 2 && root.length <= MAX_SITE_NAME_CHARS && /[\p{Script=Han}A-Za-z]/u.test(root)) return root;
  }
  return null;
}

/** What the page calls itself and its sections, and the headline it shows: what a title's tails are judged by. */
function titleContext(document: Document, statedSites: ReadonlyArray<string | null>): TitleContext {
  // A logo is often an image: its alt text or the link's title names the site.
  const shown = [...document.querySelectorAll(SITE_ELEMENTS)].flatMap((el) =>
    [el.textContent, el.getAttribute('title'), el.getAttribute('alt'), el.querySelector('img')?.getAttribute('alt')].map(shownText),
  );
  const sections = new Set(
    [...document.querySelectorAll(SECTION_LINKS)].map((a) => shownText(a.textContent)).filter((t) => t.length >= 2 && t.length <= MAX_SECTION_CHARS),
  );
  return {
    // A logo or home link holding a whole menu is no name: only short texts count.
    siteNames: [...statedSites, ...shown].filter((name): name is string => !!name && name.length <= MAX_SITE_NAME_CHARS),
    bylineNames: [...document.querySelectorAll(AUTHOR_ELEMENTS)].map((el) => shownText(el.textContent)).filter(Boolean),
    sections,
    shownHeadlines: [...document.querySelectorAll('h1')].map((h) => shownText(h.textContent)).filter(Boolean),
    keywords: (meta(document, 'meta[name="keywords"]', 'meta[name="news_keywords"]') ?? '')
      .split(/[,，、;；]/)
      .map((k) => k.trim())
      .filter(Boolean),
  };
}

/**
 * A site that states an English name for itself ("Yahoo News") and its Chinese name in the <title>'s
 * tail ("Yahoo奇摩新聞"): readers of Chinese news know it by the Chinese one. The tail must carry the
 * English name's first word, so a channel's name is never taken for the site.
 */
export function chineseSiteName(stated: string | null, tails: readonly string[]): string | null {
  const word = stated && !/\p{Script=Han}/u.test(stated) ? /[A-Za-z]{3,}/.exec(stated)?.[0]?.toLowerCase() : undefined;
  if (!word) return null;
  return tails.find((tail) => /\p{Script=Han}/u.test(tail) && tail.toLowerCase().includes(word)) ?? null;
}


/**
 * A <title> that opens with the headline the page shows (its <h1>), then a separator: what follows is
 * the site's name and sections, however long ("标题_太平洋电脑网PConline"). Their parts join the tails,
 * after those already split off (tails run from the title's end inwards).
 */
function shownHeadlineFirst(split: { head: string; tails: string[] }, shown: readonly string[]): { head: string; tails: string[] } | null {
  for (const headline of shown) {
    if (headline.length < MIN_HEADLINE_CHARS || headline === split.head || !split.head.startsWith(headline)) continue;
    const separator = LEADING_TITLE_SEPARATOR.exec(split.head.slice(headline.length));
    const rest = separator ? split.head.slice(headline.length + separator[0].length).trim() : '';
    // The rest is a name or two, never a second headline as long as the first.
    if (!rest || rest.length >= headline.length) continue;
    return { head: headline, tails: [...split.tails, ...rest.split(TITLE_SEPARATOR).reverse()] };
  }
  return null;
}

/**
 * A <title> that closes with the headline the page shows, after a separator: what precedes it is the
 * site's name and sections ("經濟通 ET Net - 專欄 - 科網追擊 - 標題"), the site first. They become the
 * tails, the site's name where the last tail of a headline-first title would be.
 */
function shownHeadlineLast(split: { head: string; tails: string[] }, shown: readonly string[]): { head: string; tails: string[] } | null {
  for (const headline of shown) {
    if (headline.length < MIN_HEADLINE_CHARS || headline === split.head || !split.head.endsWith(headline)) continue;
    const before = split.head.slice(0, -headline.length);
    const separator = TRAILING_TITLE_SEPARATOR.exec(before);
    const rest = separator ? before.slice(0, before.length - separator[0].length).trim() : '';
    // The rest is a name or two, never a second headline as long as the first.
    if (!rest || rest.length >= headline.length) continue;
    return { head: headline, tails: [...rest.split(TITLE_SEPARATOR), ...split.tails] };
  }
  return null;
}

/** Of the tails a <title> carried, the one the page's home link or logo also shows; else the last. */
function siteFromTitleTails(context: TitleContext, tails: readonly string[]): string | null {
  return tails.find((tail) => context.siteNames.includes(tail)) ?? tails[0] ?? null;
}

/** A byline row's labels: 来源：X, 出处：X, 作者：X, 编辑：X, 发布时间：…, 发布于2024-… (Simplified or Traditional). */
const BYLINE_ROW_LABEL = /(?:来源|來源|出处|出處|作者|编辑|編輯|发布|發布|發佈)\s*[:：]|^(?:发布|發布|發佈|发表|發表)(?:于|於)\s*\d{4}/;

/** A timestamp standing alone in its element ("2023-08-29 18:46"): a byline's date, never a sentence. */
const BARE_TIMESTAMP = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}(?::\d{2})?$/;

/** A byline's edit time, labelled so: 修改, 更新, 编辑于, "Updated". */
const MODIFIED_LABEL = /修改|更新|编辑于|編輯於|updated|modified|edited/i;

type BylineDate = { date: string; from: string; line: string; kind: DateKind };

/** The lead: the first paragraph with a sentence's end or this long ends the credits above it. */
const MIN_LEAD_CHARS = 40;

/**
 * An element's text with its children's texts set apart: a date box styled as three rows
 * (<span class="year">2024</span><span class="day">01/19</span><span class="time">16:12:45</span>)
 * has no space in its text, though the reader sees the parts apart.
 */
const childrenApart = (element: Element) => shownText([...element.childNodes].map((child) => child.textContent ?? '').join(' '));

/**
 * The byline's date: the first <time> element, else the first short element whose class or id
 * says date or time. Portals print today's date in the top bar and times beside sidebar
 * headlines, so a candidate after the headline (<h1>) wins over one before it.
 */
function bylineDate(document: Document, headline: Element | null): BylineDate | null {
  // Document order by index (linkedom's compareDocumentPosition misorders nested elements).
  const all = [...document.querySelectorAll('*')];
  const headlineAt = headline ? all.indexOf(headline) : -1;
  const order = new Map(all.map((el, i) => [el, i]));
  const afterHeadline = (el: Element) => !headline || (order.get(el) ?? -1) > headlineAt;
  const timeElements = [...document.querySelectorAll('time')];
  const preferred = timeElements.filter(afterHeadline);
  for (const time of preferred.length ? preferred : timeElements) {
    const date = normalizeDate(time.getAttribute('datetime') ?? '') ?? normalizeDate(time.textContent ?? '');
    if (!date) continue;
    const stated = (time.getAttribute('datetime') ?? time.textContent ?? '').trim();
    const line = shownText(time.parentElement?.textContent);
    return { date, from: `byline: <time> "${stated}"`, line, kind: 'time-element' };
  }
  let before: BylineDate | null = null;
  let modified: BylineDate | null = null;
  for (const element of document.querySelectorAll('[class], [id]')) {
    const hint = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
    if (!BYLINE_HINT.test(hint)) continue;
    const line = shownText(element.textContent);
    if (line.length > 80) continue;
    const date = normalizeDate(line) ?? normalizeDate(childrenApart(element));
    if (!date) continue;
    const found: BylineDate = { date, from: `byline: "${line}"`, line, kind: 'byline' };
    // "已于 2024-04-19 11:05 修改" above "于 2024-04-19 10:32 首次发布": the edit's time only when no other is stated.
    if (afterHeadline(element) && MODIFIED_LABEL.test(line)) modified ??= found;
    else if (afterHeadline(element)) return found;
    else before ??= found;
  }
  // No marked byline under the headline: the first short line under it that is a date (人民网's
  // "2024年11月25日08:41 | 来源：新华社" sits in an unmarked <div>) beats a date above it. With no
  // marked date at all, only a line labelled as a byline row counts (a dated sentence of the body does not).
  if (headline)
    for (const element of document.querySelectorAll('div, span, p, em, small')) {
      if (!afterHeadline(element) || element.querySelector('div, p')) continue;
      const line = shownText(element.textContent);
      // The byline row is over the lead: a caption's date under a picture in the body is the picture's.
      if (element.tagName === 'P' && line.length >= MIN_LEAD_CHARS && /[。！？]/.test(line)) break;
      // "張子謙 | 2024/02/05 16:45": a name and a bare timestamp between bars is a byline row too.
      const timestampPart = line.split(/\s*[|｜]\s*/).some((part) => BARE_TIMESTAMP.test(part));
      if (!before && !BYLINE_ROW_LABEL.test(line) && !timestampPart) continue;
      const date = line.length <= 80 && !MODIFIED_LABEL.test(line) ? normalizeDate(line) : null;
      if (date) return { date, from: `byline: "${line}"`, line, kind: 'byline' };
    }
  return modified ?? before;
}

/**
 * A writer's credit over the lead: "文｜王五", "作者：王五", "撰文 | 王五", or a pen name in Latin letters
 * ("作者 | ZeR0", tech media's usual): the writer's line wins over the editor's beside it.
 */
const WRITER_LINE = new RegExp(String.raw`^(?:文|作者|撰文)\s*[:：|｜/／]\s*(${CREDITED_NAMES}|[A-Za-z][A-Za-z\d .'_-]{1,30})$`, 'u');
/** An editor's credit over the lead, which on many sites names the writers: "编辑：杜伟、小舟" (责任编辑 is the desk's). */
const EDITOR_LINE = new RegExp(String.raw`^(?:编辑|編輯)\s*[:：|｜/／]\s*(${CREDITED_NAMES})$`, 'u');

/**
 * A reprint credit as self-media platforms print it over the lead: "本文来自微信公众号“X”，作者：Y，亿欧经授权发布。",
 * "本文转载自…", "（本文首发于…，作者｜Y）". The writer it names is the article's, not the account that posted it.
 */
const REPRINT_CREDIT = /^[（(]?(?:本文|原文)(?:来自|來自|转载自|轉載自|首发于|首發於|经授权|經授權|授权|授權|来源|來源|原载|原載)/;

type LineCredit = { name: string; editor: boolean; reprint: boolean };

/**
 * The author a credit line above the lead names, joined with 、 ("杜伟、小舟"): a reprint credit's writer,
 * a reporter's or writer's credit, else an editor's. Only above the lead: a "编辑：X" under the article is the desk's editor.
 */
function creditLineAuthor(document: Document, headline: Element | null): LineCredit | null {
  if (!headline) return null;
  let seen = false;
  let editor: string | null = null;
  // Han names credited together are joined with 、; a Latin name keeps its space ("Kelvin Leung").
  const joined = (names: string) => (/\p{Script=Han}/u.test(names) ? names.split(/[\s、，,]+/).join('、') : names);
  for (const element of document.querySelectorAll('h1, h2, h3, h4, div, span, p, em, strong, small')) {
    if (element === headline) seen = true;
    if (!seen || element === headline || element.querySelector('div, p')) continue;
    const line = shownText(element.textContent);
    const reprint = REPRINT_CREDIT.test(line) ? creditAuthor(line, line) : null;
    if (reprint) return { name: reprint, editor: false, reprint: true };
    if (element.tagName === 'P' && (line.length >= MIN_LEAD_CHARS || /[。！？]/.test(line))) break;
    const writer = (REPORTER_LINE.exec(line) ?? WRITER_LINE.exec(line))?.[1];
    if (writer) return { name: joined(writer), editor: false, reprint: false };
    editor ??= EDITOR_LINE.exec(line)?.[1] ?? null;
  }
  return editor ? { name: joined(editor), editor: true, reprint: false } : null;
}

/** Pages write the flag as a boolean or as the strings "False" / "true". */
function freeFlag(value: Json | undefined): boolean | null {
  if (typeof value !== 'string') return null;
  const flag = value.trim().toLowerCase();
  return flag === 'true' ? true : flag === 'false' ? false : null;
}

/**
 * On a WeChat article the site is the account that published it (#js_name in WeChat's template),
 * not the platform ("微信公众平台" in og:site_name).
 */
function wechatAccount(document: Document): string | null {
  const platform = meta(document, 'meta[property="og:site_name"]');
  const url = meta(document, 'meta[property="og:url"]') ?? '';
  const account = document.querySelector('#meta_content #js_name, #js_name, .rich_media_meta_nickname');
  const template = !!document.querySelector('#meta_content #js_name');
  if (!template && platform !== '微信公众平台' && !/^https?:\/\/mp\.weixin\.qq\.com\//.test(url)) return null;
  const name = shownText(account?.textContent);
  return name || null;
}

/** Date, site, author, title and address as the page itself states them. */
export function pageMetadata(document: Document): PageMetadata {
  const ld = jsonLdArticles(document)[0] ?? {};
  const publisher = ld.publisher;
  const publisherName = publisher && typeof publisher === 'object' && !Array.isArray(publisher) ? text(publisher.name) : null;
  const site =
    wechatAccount(document) ?? meta(document, 'meta[property="og:site_name"]', 'meta[name="application-name"]') ?? publisherName;

  let date: string | null = null;
  let dateSource = '';
  let dateKind: DateKind = 'none';
  // The headline the page shows, which the byline, the credits and the writer's link are found after.
  const shown = shownHeadline(document);
  const byline = bylineDate(document, shown);
  const candidates: Array<[string | null, string, DateKind]> = [
    [meta(document, 'meta[property="article:published_time"]'), 'page metadata: <meta property="article:published_time">', 'meta'],
    [text(ld.datePublished), 'page metadata: JSON-LD datePublished', 'json-ld'],
    // Baidu's cambrian JSON-LD (no @type), which many Chinese sites publish for its search.
    [cambrianPubDate(document), 'page metadata: JSON-LD pubDate (Baidu cambrian)', 'json-ld'],
    [
      meta(
        document,
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[name="PubDate"]',
        'meta[name="publish_time"]',
        'meta[name="weibo: article:create_at"]',
      ),
      'page metadata: <meta> publish date',
      'meta',
    ],
  ];
  for (const [value, from, kind] of candidates) {
    const normalized = value ? normalizeDate(value) : null;
    if (normalized) {
      [date, dateSource, dateKind] = [normalized, from, kind];
      break;
    }
  }
  if (!date && byline) [date, dateSource, dateKind] = [byline.date, byline.from, byline.kind];

  const stated =
    names(ld.author) ??
    meta(document, 'meta[name="author"]', 'meta[property="article:author"]', 'meta[property="og:author"]') ??
    authorElementName(document) ??
    profileLinkName(document, shown) ??
    (byline ? bylineAuthor(byline.line) : null);
  // An author field naming the outlet itself (an Organization) gives way to a credit line naming the writer.
  // A reprint credit names the writer over the account that posted the article.
  const lineCredit = creditLineAuthor(document, shown);
  const credit = lineCredit && (lineCredit.reprint || !stated || stated === site || stated === publisherName) ? lineCredit : null;
  const author = credit?.name ?? stated;
  const headline = text(ld.headline) ?? meta(document, 'meta[property="og:title"]');
  const documentTitle = document.querySelector('title')?.textContent?.trim() || null;
  const context = titleContext(document, [site, meta(document, 'meta[property="og:site_name"]'), publisherName]);
  const title = headline ? splitTitle(headline, context, false).head : null;
  // The stated headline shows what the <title> adds: a tail it carries is the title's own, not the site.
  const split = documentTitle
    ? splitTitle(documentTitle, title ? { ...context, shownHeadlines: [...context.shownHeadlines, title] } : context, true)
    : null;
  const shownHeadlines = shown && shown.tagName.toUpperCase() !== 'H1' ? [shownText(shown.textContent)] : context.shownHeadlines;
  const fromDocument =
    split && !title ? (shownHeadlineFirst(split, context.shownHeadlines) ?? shownHeadlineLast(split, shownHeadlines) ?? split) : split;
  const url = statedAddress(document) ?? text(ld.url);
  return {
    title: (title ?? fromDocument?.head) || null,
    // With no stated site name, the <title>'s last tail is where pages put it.
    site:
      chineseSiteName(site, fromDocument?.tails ?? []) ??
      site ??
      siteFromTitleTails(context, fromDocument?.tails ?? []) ??
      logoSiteName(document) ??
      breadcrumbSiteName(document),
    author: author && !/^https?:/.test(author) && /[\p{Script=Han}A-Za-z]/u.test(author) ? author : null,
    authorIsEditor: !!credit?.editor,
    date,
    dateSource,
    dateKind,
    url: url && /^https?:\/\//.test(url) ? url : null,
    accessibleForFree: typeof ld.isAccessibleForFree === 'boolean' ? ld.isAccessibleForFree : freeFlag(ld.isAccessibleForFree),
  };
}
