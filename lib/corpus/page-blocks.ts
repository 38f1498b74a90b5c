/**
 * The lines of an article element as a reader sees them: every block element and every <br>
 * ends a line (WeChat and many CMSs write paragraphs as <section>s or <br>-separated runs, and a
 * subhead in <strong> followed by <br> must not run into the next sentence). Each line says how
 * much of it is link text and whether it is an image caption, an editor's summary box, a data
 * table's cell or an embedded post, so the caller can keep those out of the body. Takes any DOM
 * (linkedom at build time, a page copy in the extension).
 */

export interface PageLine {
  text: string;
  /** Share of the line's visible characters inside <a>. */
  linkShare: number;
  /** An image's caption or credit: <figcaption>, a caption element, or text sharing a block with an image. */
  caption: boolean;
  /** Inside a summary or abstract box (重点, 摘要), a deck or a pull quote, which restate the body. */
  summary: boolean;
  /** A cell of a data table (a spec sheet, a grid of figures), or the table's note under it: short values, not prose. */
  tableCell: boolean;
  /** Inside an embedded post or player from another platform (a tweet, an Instagram or Threads post): its author's words, not the story's. */
  embed: boolean;
  /** Which block element the line came from: lines split by <br> share one. */
  block: number;
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1',
  'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'IFRAME', 'VIDEO', 'AUDIO']);
/** Class or id names CMSs give an image's caption. */
const CAPTION_HINT = /caption|img[-_]?desc|img[-_]?descr|pic[-_]?(?:desc|info|note|text)|photo[-_]?(?:desc|text|note)|image[-_]?(?:desc|note|text)/i;
/**
 * Class or id names of an editor's summary box above the body, and of a pull quote set between its
 * paragraphs (WordPress's wp-block-pullquote): both restate the body. Drupal's "text-with-summary" is the body itself.
 */
const SUMMARY_HINT = /(?:^|\s|[-_])(?:summary|abstract|digest|excerpt|pull-?quote|lead[-_]?(?:box|in))(?:$|\s|[-_](?:box|wrap|wrapper|block)(?:$|\s))/i;
/** A summary box restates the body in a few lines; more text than this is the body. */
const MAX_SUMMARY_CHARS = 300;
/** A short quote block above the lead is the editor's deck ("文生视频领域迎来「GPT时刻」？"), not a quote of the story. */
const MAX_DECK_CHARS = 60;
/** The lead: the first line this long that closes a sentence; a quote block after it is the story's. */
const MIN_LEAD_CHARS = 40;
/**
 * …unless it is a pull quote: a phrase from the story set large between paragraphs, short and
 * without a sentence's end, or one short sentence wholly in quotation marks that no paragraph
 * introduces. A statement the story introduces ("他在X上写道：") stays, as does a longer one.
 */
const MAX_PULL_QUOTE_CHARS = 40;
/** One sentence wholly inside 「」, “” or 『』, nothing outside the marks. */
const WHOLLY_QUOTED = /^(?:「[^「」]+」|“[^“”]+”|『[^『』]+』)$/;
/**
 * A data table's cell holds a label or a value, and a spec sheet's value may list a few ("6.1 吋 OLED，
 * ProMotion 120Hz"); a longer cell, or a sentence, makes it a layout or prose table.
 */
const MAX_DATA_CELL_CHARS = 60;
/** A subhead's numbering: 一、 （二） 3. 3、 04 第五, then a short heading without a sentence's end. */
const NUMBERED_SUBHEAD = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．]|0\d\s|第[一二三四五六七八九十]{1,3}[，,、\s]?)[^。！？!?]{1,30}$/;
/** Text sharing a block with an image is its caption when this short (characters). */
const MAX_CAPTION_CHARS = 80;
/** …and a whole sentence only when this short. */
const MAX_SENTENCE_CAPTION_CHARS = 30;
const CLOSED_SENTENCE = /[。！？!?]["”」』]?$/;

/**
 * The markup a platform's embed code pastes into a page: <blockquote class="twitter-tweet">,
 * "instagram-media", "text-post-media" (Threads), "tiktok-embed", WordPress's "wp-block-embed", a
 * CMS's "weibo-embed". Saved without its script, the post's own text and its "— Name (@handle) date"
 * line stand in the body. A whole class word, so "embedded-systems" or an "embedding" section is no embed.
 */
const EMBED_HINT =
  /(?:^|\s)(?:twitter-(?:tweet|video|timeline)|instagram-media|text-post-media|tiktok-embed|reddit-embed-bq|bluesky-embed|fb-(?:post|video)|[a-z]+(?:-[a-z]+)*-embed|embed-[a-z]+(?:-[a-z]+)*)(?=$|\s)/i;
/** An embed holds one post (a tweet's 280 characters and its signature): more text is the article's own container, whatever its name. */
const MAX_EMBED_CHARS = 400;
const hint = (el: Element) => `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
const visible = (text: string) => text.replace(/\s/g, '').length;

export function pageLines(root: Element): PageLine[] {
  const lines: PageLine[] = [];
  let text = '';
  let linked = 0;
  let caption = false;
  let summary = false;
  let tableCell = false;
  let embed = false;
  let block = 0;
  let leadSeen = false;
  const flush = () => {
    const line = text.replace(/\s+/g, ' ').trim();
    if (!caption && !summary && !embed && visible(line) >= MIN_LEAD_CHARS && CLOSED_SENTENCE.test(line)) leadSeen = true;
    if (line)
      lines.push({ text: line, linkShare: visible(line) ? Math.min(1, linked / visible(line)) : 0, caption, summary, tableCell, embed, block });
    text = '';
    linked = 0;
    caption = false;
    summary = false;
    tableCell = false;
    embed = false;
  };
  const walk = (node: Node, inLink: boolean, inCaption: boolean, inSummary: boolean, inTable: boolean, inEmbed: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      if (!value.trim() && !text) return;
      text += value;
      if (inLink) linked += visible(value);
      caption ||= inCaption && !!value.trim();
      summary ||= inSummary && !!value.trim();
      tableCell ||= inTable && !!value.trim();
      embed ||= inEmbed && !!value.trim();
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') return flush();
    const isBlock = BLOCK.has(tag);
    if (isBlock) {
      flush();
      block++;
    }
    const captionHere =
      inCaption || tag === 'FIGCAPTION' || CAPTION_HINT.test(hint(el)) || (isBlock && (isImageCaption(el) || isCaptionUnderPicture(el)));
    const summaryHere =
      inSummary ||
      (tag === 'BLOCKQUOTE' && !leadSeen && visible(el.textContent ?? '') <= MAX_DECK_CHARS) ||
      (tag === 'BLOCKQUOTE' && isPullQuote(el)) ||
      (SUMMARY_HINT.test(hint(el)) && !/with[-_]summary/i.test(hint(el)) && visible(el.textContent ?? '') <= MAX_SUMMARY_CHARS) ||
      isStandfirst(el) ||
      (!leadSeen && isKeyPoints(el));
    const tableHere = inTable || (tag === 'TABLE' && isDataTable(el)) || (isBlock && isTableNote(el));
    const embedHere = inEmbed || (isBlock && EMBED_HINT.test(hint(el)) && visibleUpTo(el, MAX_EMBED_CHARS) <= MAX_EMBED_CHARS);
    for (const child of el.childNodes) walk(child, inLink || tag === 'A', captionHere, summaryHere, tableHere, embedHere);
    // A numbered subhead in bold that opens a paragraph ("<strong>二、标题</strong>据介绍，…") is a line of its own.
    if ((tag === 'STRONG' || tag === 'B') && NUMBERED_SUBHEAD.test(text.trim()) && el.nextSibling) flush();
    if (isBlock) {
      flush();
      block++;
    }
  };
  walk(root, false, false, false, false, false);
  flush();
  return lines;
}

/** A block holding an image and a little text, nothing else: the text is the image's caption. */
function isImageCaption(el: Element): boolean {
  // Counted first and with a bound: every block asks, and the page's outer containers are large.
  const chars = visibleUpTo(el, MAX_CAPTION_CHARS);
  if (!chars || chars > MAX_CAPTION_CHARS) return false;
  // A whole sentence beside a picture is more often the paragraph the picture illustrates; a
  // caption is a phrase, or a sentence closed by its credit ("…（记者X摄）", "…图／X").
  if (chars > MAX_SENTENCE_CAPTION_CHARS && CLOSED_SENTENCE.test((el.textContent ?? '').trim())) return false;
  if (!pictures(el).length) return false;
  // A container of whole paragraphs is not a caption, only a block with the image in it.
  return el.querySelectorAll('p, section, li').length <= 1;
}

/**
 * A pull quote: a short phrase in a quote block, with no sentence's end anywhere in it; or one
 * sentence set wholly inside quotation marks that the block before does not introduce with a colon
 * ("「代工廠的價值，從組裝轉向…。」" between two paragraphs): a story quotes its sources inside its
 * own sentences, or announces the quote ("他写道：").
 */
function isPullQuote(el: Element): boolean {
  const text = (el.textContent ?? '').trim();
  if (!text || visible(text) > MAX_PULL_QUOTE_CHARS) return false;
  if (!/[。！？!?]/.test(text)) return true;
  const introduced = /[:：]\s*$/.test(el.previousElementSibling?.textContent ?? '');
  return WHOLLY_QUOTED.test(text) && !introduced;
}

/** A standfirst is a sentence or two under the headline; a longer paragraph there is the lead. */
const MAX_STANDFIRST_CHARS = 100;
/** The body elsewhere holds at least this many paragraphs of at least MIN_LEAD_CHARS. */
const MIN_BODY_PARAGRAPHS_ELSEWHERE = 2;

/**
 * A standfirst (the magazine's deck under the headline): the only paragraph of the article's header,
 * after its <h1>, while the body's paragraphs sit in a block of their own. A headline followed by the
 * body's paragraphs in one container is a plain post, and its first paragraph is the lead.
 */
function isStandfirst(el: Element): boolean {
  const parent = el.parentElement;
  if (el.tagName.toUpperCase() !== 'P' || !parent) return false;
  let sibling = el.previousElementSibling;
  while (sibling && sibling.tagName.toUpperCase() !== 'H1') sibling = sibling.previousElementSibling;
  if (!sibling || parent.querySelectorAll('p').length !== 1) return false;
  const chars = visibleUpTo(el, MAX_STANDFIRST_CHARS);
  if (!chars || chars > MAX_STANDFIRST_CHARS) return false;
  const body = [...(el.ownerDocument?.querySelectorAll('p') ?? [])].filter(
    (p) => !parent.contains(p) && visibleUpTo(p, MIN_LEAD_CHARS) >= MIN_LEAD_CHARS,
  );
  return body.length >= MIN_BODY_PARAGRAPHS_ELSEWHERE;
}

/** The marks a key-points list sets before each item: ★ ☆ ● ○ ◆ ◇ ■ □ • ▶ ►. */
const POINT_MARK = /^[★☆●○◆◇■□•▶►]/u;

/**
 * A key-points box under the headline: a block of two or more short paragraphs (or list items), each
 * opening with the same mark (★…, ●…), after the article's header and before the lead (the caller
 * checks that) while the body's paragraphs sit in a block of their own. It restates the story's
 * findings, as a standfirst does. The same marks in a list the story makes after its lead stay.
 */
function isKeyPoints(el: Element): boolean {
  const items = [...el.children];
  if (items.length < 2 || !items.every((item) => ['P', 'LI'].includes(item.tagName.toUpperCase()))) return false;
  let sibling = el.previousElementSibling;
  while (sibling && sibling.tagName.toUpperCase() !== 'H1') sibling = sibling.previousElementSibling;
  if (!sibling) return false;
  const texts = items.map((item) => (item.textContent ?? '').trim());
  const mark = texts[0]!.charAt(0);
  if (!POINT_MARK.test(mark) || texts.some((text) => text.charAt(0) !== mark || visible(text) > MAX_STANDFIRST_CHARS)) return false;
  const body = [...(el.ownerDocument?.querySelectorAll('p') ?? [])].filter(
    (p) => !el.contains(p) && visibleUpTo(p, MIN_LEAD_CHARS) >= MIN_LEAD_CHARS,
  );
  return body.length >= MIN_BODY_PARAGRAPHS_ELSEWHERE;
}

/**
 * A table of data (a phone's specs, a quarter's figures), not one used for layout: two or more rows
 * of two or more cells, every cell a short value without a sentence's end or a block inside. Its
 * cells read as text would be a run of one-word paragraphs.
 */
function isDataTable(table: Element): boolean {
  const rows = [...table.querySelectorAll('tr')];
  if (rows.length < 2 || !rows.some((row) => row.querySelectorAll('td, th').length >= 2)) return false;
  if (table.querySelector('p, div, h1, h2, h3, h4, h5, h6, ul, ol, blockquote, table')) return false;
  return [...table.querySelectorAll('td, th')].every((cell) => {
    const text = (cell.textContent ?? '').trim();
    return visible(text) <= MAX_DATA_CELL_CHARS && !/[。！？!?]/.test(text);
  });
}

/** A table's note is a label's line, not a paragraph: this short. */
const MAX_TABLE_NOTE_CHARS = 60;
/**
 * It opens with a table note's label ("表：", "注：", "单位：", "数据来源：", either script) or closes with the
 * figures' source in brackets ("（来源：X）"); a subhead after the table ("二、市场：谁在买单") has neither.
 */
const TABLE_NOTE =
  /^[（(]?(?:(?:附|图|圖)?表\s*\d{0,2}|注|註|说明|說明|单位|單位|(?:数据|數據|资料|資料)?(?:来源|來源)|制表|製表|制图|製圖|source|note)\s*[:：]|[（(][^（）()]{0,8}(?:来源|來源|source)[^（）()]*[)）]$/i;

/**
 * The title or note set in the block right under a data table ("表：某数据集语种构成（来源：X）",
 * "单位：亿元"): a short labelled line without a sentence's end. A paragraph or a subhead after the
 * table has no label, or ends a sentence.
 */
function isTableNote(el: Element): boolean {
  const previous = el.previousElementSibling;
  if (!previous || previous.tagName.toUpperCase() !== 'TABLE' || /^H[1-6]$/.test(el.tagName.toUpperCase())) return false;
  const chars = visibleUpTo(el, MAX_TABLE_NOTE_CHARS);
  const text = (el.textContent ?? '').trim();
  if (!chars || chars > MAX_TABLE_NOTE_CHARS || /[。！？!?]/.test(text) || !TABLE_NOTE.test(text)) return false;
  return isDataTable(previous);
}

/** A centred block: `text-align: center` in its style, or the old `align="center"`. */
const CENTRED = /(?:^|;)\s*text-align\s*:\s*center/i;
/** …or a class saying so, as CSS frameworks and CMS editors name it: center, text-center, align-center, tc. */
const CENTRED_CLASS = /(?:^|\s)(?:(?:text|align|txt|img)[-_]?)?(?:center|centre|centered|tc)(?:$|\s)/i;

/**
 * A caption in a block of its own under the picture's block: many CMSs centre both the image's
 * paragraph and the short one after it (<p style="text-align:center"><img></p><p style="text-align:center">图为…</p>).
 * Body paragraphs are not centred, so only a short centred block right after a picture alone counts.
 */
function isCaptionUnderPicture(el: Element): boolean {
  const centred =
    CENTRED.test(el.getAttribute('style') ?? '') ||
    (el.getAttribute('align') ?? '').toLowerCase() === 'center' ||
    CENTRED_CLASS.test(el.getAttribute('class') ?? '');
  if (!centred || el.querySelector('img')) return false;
  const chars = visibleUpTo(el, MAX_CAPTION_CHARS);
  if (!chars || chars > MAX_CAPTION_CHARS) return false;
  const previous = el.previousElementSibling;
  return !!previous && visibleUpTo(previous, 0) === 0 && pictures(previous).length > 0;
}

/**
 * Pictures under `el`, and video players (a <video>'s title line under it is its caption as an
 * image's is): emoji and icons sit inside sentences and do not count.
 */
function pictures(el: Element): Element[] {
  return [...el.querySelectorAll('img, video')].filter(
    (img) => !/emoji|icon/i.test(img.getAttribute('class') ?? '') && Number(img.getAttribute('width') ?? 100) > 48,
  );
}

/** Visible characters under `node`, counting stopped once past `max` (returns max + 1 then). */
function visibleUpTo(node: Node, max: number): number {
  let count = 0;
  const visit = (current: Node): boolean => {
    if (current.nodeType === 3) count += visible(current.nodeValue ?? '');
    else for (const child of current.childNodes) if (!visit(child)) return false;
    return count <= max;
  };
  visit(node);
  return Math.min(count, max + 1);
}
