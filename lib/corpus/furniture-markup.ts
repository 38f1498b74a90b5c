/**
 * Page furniture named in pinyin. @mozilla/readability drops blocks whose class or id says
 * comment, related, share or sponsor in English; Chinese CMSs often name the same blocks in pinyin
 * (pinglun 评论, xiangguan 相关, fenxiang 分享, tuijian 推荐, guanggao 广告, banquan 版权, biaoqian 标签,
 * dashang 打赏, remen 热门, zebian 责编), and Readability keeps them when they sit inside the body's
 * container: readers' comments then read as paragraphs. Takes any DOM.
 */

/** A whole pinyin word of a class or id ("pinglun", "xiangguan_list", "news-fenxiang"), never part of another word. */
const PINYIN_FURNITURE =
  /(?:^|[\s_-])(?:pinglun|xiangguan|fenxiang|tuijian|guanggao|banquan|biaoqian|dashang|remen|zebian)(?=$|[\s_-]|\d)/i;
/** A block holding more than this share of the page's text is the body's container, whatever its name. */
const MAX_SHARE_OF_PAGE = 0.5;

const visible = (text: string | null) => (text ?? '').replace(/\s/g, '').length;

/** Removes the pinyin-named furniture blocks under `root`; returns how many were removed. */
export function removePinyinFurniture(root: Element): number {
  const total = visible(root.textContent);
  let removed = 0;
  for (const el of [...root.querySelectorAll('[class], [id]')]) {
    // Already gone with a removed ancestor.
    if (!root.contains(el)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!PINYIN_FURNITURE.test(names) || el.querySelector('h1')) continue;
    if (visible(el.textContent) > total * MAX_SHARE_OF_PAGE) continue;
    el.remove();
    removed++;
  }
  return removed;
}

/** A block named as the article's tag or keyword row ("article-keyword", "tags", "tag-list"). */
const TAG_ROW_NAME = /(?:^|[\s_-])(?:tags?|keywords?|labels?)(?=$|[\s_-]|\d)/i;
/** Block elements a tag row is built as: a <span class="tag"> inside a sentence is never removed. */
const TAG_ROW_BLOCKS = 'div, ul, ol, p, section, nav, footer, dl';
/** Each tag is a word or a name; a row holding a sentence, or a long one, is not a tag row. */
const MAX_TAG_CHARS = 16;
const MAX_TAG_ROW_CHARS = 120;

/**
 * Removes the tag or keyword rows under `root`: blocks named so whose text is only two or more short
 * items with no sentence punctuation. Their items have no spaces between them, so once read as text
 * they glue into one line of words (台积电熊本张忠谋). Returns how many were removed.
 */
export function removeTagRows(root: Element): number {
  let removed = 0;
  for (const el of [...root.querySelectorAll(TAG_ROW_BLOCKS)]) {
    if (!root.contains(el)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!TAG_ROW_NAME.test(names)) continue;
    const items = [...el.querySelectorAll('*')].filter((child) => !child.children.length).map((child) => (child.textContent ?? '').trim());
    const text = (el.textContent ?? '').replace(/\s+/g, '');
    if (items.filter(Boolean).length < 2 || text.length > MAX_TAG_ROW_CHARS || /[。！？，；]/.test(text)) continue;
    if (items.some((item) => item.length > MAX_TAG_CHARS)) continue;
    el.remove();
    removed++;
  }
  return removed;
}

/**
 * Class or id names of a byline or an author's card, as @mozilla/readability reads them
 * (byline, author, writtenby): "author-card", "author_box", "article-byline".
 */
const AUTHOR_BLOCK_NAME = /byline|author|writtenby/i;
/** Readability's own bound for a byline: a block this long holds more than a name, a post and a follow button. */
const MAX_AUTHOR_BLOCK_CHARS = 100;
/** Blocks an author's card or byline row is built as; an inline <span class="author"> inside a sentence stays. */
const AUTHOR_BLOCKS = 'div, section, aside, p, footer, header, address, ul, dl, figure';

/**
 * Removes the bylines and author cards under `root` (the article Readability found): its name, a line
 * about the writer ("長期關注半導體…"), a follow button. Readability removes the first byline only
 * when the page states no author in its metadata, so a card beside the body stays and its lines read
 * as paragraphs. Returns the removed blocks' text, which the caller keeps as furniture (a credit
 * there may still name the writer).
 */
export function removeAuthorBlocks(root: Element): string[] {
  const removed: string[] = [];
  for (const el of [...root.querySelectorAll(AUTHOR_BLOCKS)]) {
    if (!root.contains(el) || el === root || !isAuthorBlock(el)) continue;
    removed.push(shown(el.textContent));
    el.remove();
  }
  return removed;
}

/**
 * The text of each author card and byline block under `root`, as `removeAuthorBlocks` would remove
 * them. Read before Readability: it rewrites a <div> holding only a line of text as a bare <p>, and
 * the card's class name goes with it.
 */
export function authorBlockTexts(root: Element): Set<string> {
  return new Set([...root.querySelectorAll(AUTHOR_BLOCKS)].filter(isAuthorBlock).map((el) => shown(el.textContent)));
}

function isAuthorBlock(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!AUTHOR_BLOCK_NAME.test(names) || el.querySelector('h1')) return false;
  const chars = visible(el.textContent);
  return chars > 0 && chars < MAX_AUTHOR_BLOCK_CHARS;
}

const shown = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * A block of readers' replies, named so in a class or id word ("reply", "c-reply", "reply-list", "replies"):
 * Readability drops blocks named comment or replies but keeps one named reply, whose replies then read
 * as the article's last paragraphs.
 */
const REPLY_BLOCK_NAME = /(?:^|[\s_-])repl(?:y|ies)(?=$|[\s_-]|\d)/i;
/** Block elements a reply list is built as; a <span class="reply"> link in a byline is not one. */
const REPLY_BLOCKS = 'div, section, ul, ol, aside, dl';
/** Each reply carries when it was posted: a date, a clock time, or "3小时前". */
const POSTED_AT = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}|\d+\s*(?:分钟|分鐘|小时|小時|天)前|刚刚|剛剛/;

/** A run of text this long that closes a sentence is prose, not a menu's or a byline's words. */
const MIN_PROSE_CHARS = 40;

/**
 * Whether prose comes before `el` in `root`: replies follow the article they answer. A forum that files
 * its first post as a reply too has only menus and the thread's title before it.
 */
function proseBefore(root: Element, el: Element): boolean {
  const visit = (node: Node): boolean | null => {
    if (node === el) return false;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      return visible(value) >= MIN_PROSE_CHARS && /[。！？!?]/.test(value) ? true : null;
    }
    for (const child of node.childNodes) {
      const found = visit(child);
      if (found !== null) return found;
    }
    return null;
  };
  return visit(root) ?? false;
}

/**
 * Removes the blocks of readers' replies under `root`: named so, stamped with when they were posted,
 * after the article's prose, and never the body's container (no <h1>, at most half the page's text).
 * Returns how many were removed.
 */
export function removeReplyBlocks(root: Element): number {
  const total = visible(root.textContent);
  let removed = 0;
  for (const el of [...root.querySelectorAll(REPLY_BLOCKS)]) {
    if (!root.contains(el)) continue;
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!REPLY_BLOCK_NAME.test(names) || el.querySelector('h1')) continue;
    const text = el.textContent ?? '';
    if (visible(text) > total * MAX_SHARE_OF_PAGE || !POSTED_AT.test(text) || !proseBefore(root, el)) continue;
    el.remove();
    removed++;
  }
  return removed;
}
