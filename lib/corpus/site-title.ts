/**
 * A page's title without the site's name and channels the page appends to it ("標題 - 自由財經",
 * "标题_36氪", "標題｜數位時代", "标题 - 科技 - 某某网"), never a real title's own dash or bar
 * ("华为发布Mate 70 - 鸿蒙终于独立了", "对话某某｜大模型的下半场"). Pure strings: the caller reads
 * the page's names, sections and shown headline from its DOM.
 */

export interface TitleContext {
  /** Names the page gives itself: og:site_name, the publisher, its logo and home link. */
  siteNames: readonly string[];
  /** The writer or account its byline names: self-media platforms append it ("标题_某某观察"). */
  bylineNames: readonly string[];
  /** Its sections as its navigation and breadcrumb links name them (财经, 產業熱點…). */
  sections: ReadonlySet<string>;
  /** The headline as the page shows it (its <h1>s): a tail shown there is the title's own. */
  shownHeadlines: readonly string[];
  /** Its <meta name="keywords">: CMSs put the keyword list in the <title> too ("标题 - 华为,Mate 70 - 某某网"). */
  keywords?: readonly string[];
}

/** On a <title>, a tail this short after a head this long is where pages put their name or channel. */
const MAX_DOCUMENT_TAIL = 12;
const MIN_HEAD = 4;
/** Characters of the head before the tail that place the tail in a shown headline. */
const JOINT_CHARS = 4;

const squash = (text: string) => text.replace(/\s+/g, '').toLowerCase();
/** Without spaces and the separators titles use, so "A - B" shown as "A — B" or "A：B" still reads as A then B. */
const plain = (text: string) => squash(text).replace(/[-–—|｜_·:：,，]/g, '');

/** Whether a tail is the site's name (either way round: 數位時代 of "數位時代 BusinessNext"), one of its sections or the byline's account. */
export function namesSiteOrSection(tail: string, context: TitleContext): boolean {
  const t = squash(tail);
  if (t.length < 2) return false;
  if (context.sections.has(tail.trim()) || context.bylineNames.includes(tail.trim())) return true;
  return context.siteNames.some((name) => {
    const n = squash(name);
    return n.length >= 2 && (t.includes(n) || n.includes(t));
  });
}

/** Whether a tail is the site's own name (not a section's): the only tail a bare "-" after Latin text may set off. */
function namesSite(tail: string, context: TitleContext): boolean {
  const t = squash(tail);
  return t.length >= 2 && context.siteNames.some((name) => squash(name).length >= 2 && t.includes(squash(name)));
}

/** A tail that is the page's keyword list: two or more of its keywords joined by commas. */
function isKeywordList(tail: string, context: TitleContext): boolean {
  const items = tail.split(/[,，、]/).map((item) => squash(item));
  const keywords = new Set((context.keywords ?? []).map(squash));
  return items.length >= 2 && items.every((item) => item && keywords.has(item));
}

/** A headline the page shows with the tail right after the title's head: the tail is part of the title. */
function shownWithTitle(head: string, tail: string, context: TitleContext): boolean {
  const joint = plain(head).slice(-JOINT_CHARS) + plain(tail);
  return context.shownHeadlines.some((shown) => plain(shown).includes(joint));
}

/**
 * A title and the tails stripped from it, last (the site's name, on a <title>) first. A headline
 * (JSON-LD, og:title) loses only tails naming the site or a section; a <title> also loses any short
 * tail, since that is where pages put their name and channel ("标题_科技频道_某某网"). Neither loses
 * a tail the page's shown headline carries.
 */
export function splitTitle(title: string, context: TitleContext, documentTitle: boolean): { head: string; tails: string[] } {
  let head = title.trim();
  const tails: string[] = [];
  let isDocumentTitle = documentTitle;
  // A site's English name glued to its Chinese one at the very end ("标题_栏目_某某新闻-The Paper"): dropped, not
  // a tail, so the Chinese name stays the site's. Only after another separator, so "标题-Sora" keeps its tail.
  const alias = documentTitle ? /^(.*\p{Script=Han})-([A-Za-z][A-Za-z .&']{1,30})$/u.exec(head) : null;
  if (alias && /[|｜_]|\s[-–—|·]\s/.test(alias[1]!)) head = alias[1]!;
  // A site's slogan after its name and a Chinese dash ("标题_某某网——国家经济门户"): dropped, so the name is the last
  // tail. Only after another separator: "标题——副标题" and "标题_栏目" keep theirs.
  const slogan = documentTitle ? /^(.*[|｜_][^|｜_—]+?)\s*——\s*[^-–—|｜_·]{2,16}$/u.exec(head) : null;
  if (slogan) head = slogan[1]!;
  for (;;) {
    // Separators: " - ", "|", "_", " · ", "--" (人民网), and a bare "-" before a Chinese name ("标题-36氪", "标题-虎嗅网";
    // never inside a model name such as GPT-4 or Qwen2-72B).
    // A bare "-" after Latin text only before the site's own name ("标题_llama3 70b-CSDN博客").
    const glued = /^(.*[^\s-])-([^-–—|｜_·\s][^-–—|｜_·]*)$/.exec(head);
    const match =
      /^(.+?)\s*(?:\s[-–—|·]\s|[|｜_]|--)\s*([^-–—|｜_·]+)$/.exec(head) ??
      /^(.*[^\p{ASCII}])-([^-–—|｜_·]*\p{Script=Han}[^-–—|｜_·]*)$/u.exec(head) ??
      (glued && namesSite(glued[2]!, context) ? glued : null);
    if (!match) break;
    const [, rest, tail] = match as unknown as [string, string, string];
    if (shownWithTitle(rest, tail, context)) break;
    const named = namesSiteOrSection(tail, context) || isKeywordList(tail, context);
    const strip = named || (isDocumentTitle && tail.length <= MAX_DOCUMENT_TAIL && rest.length >= MIN_HEAD);
    if (!strip) break;
    head = rest.trim();
    tails.push(tail.trim());
    // A headline names its site once, with its channels before it ("标题 | 产业热点 | 产业 | 经济日报").
    isDocumentTitle = true;
  }
  return { head, tails };
}
