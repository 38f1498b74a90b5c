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
