/**
 * An article's body from an HTML document: @mozilla/readability finds it, its blocks become lines,
 * and the lines go through the same cleaning as a raw-text import. Shared by the corpus's HTML
 * import (linkedom, at build time) and the extension's saving script (a copy of the live page),
 * so both read a page the same way. Takes any DOM; imports no converter and no segmenter.
 */
import { Readability } from '@mozilla/readability';
import { cleanArticle, isBoilerplate, RELATED_LABEL, type CleanReport, type MojibakeRepair } from './clean';
import { splitCredits, type TextCredits } from './dateline';
import { pageLines, type PageLine } from './page-blocks';
import { authorBlockTexts, removeAuthorBlocks, removePinyinFurniture, removeReplyBlocks, removeTagRows } from './furniture-markup';
import { bylineAuthor, normalizeDate } from './page-metadata';

/** Fewer characters than this is a navigation, list or error page, not an article. */
export const MIN_ARTICLE_CHARS = 80;
/**
 * Above this share of its text in links, what Readability found is a list of headlines (an index
 * or channel page), not an article: articles link a few words, lists link nearly everything.
 */
export const MAX_LINK_DENSITY = 0.5;
/**
 * A channel page links each headline and leaves its summary unlinked, which keeps the link
 * density low; this many linked headings make it a list anyway (article subheadings are not links).
 */
export const MAX_LINKED_HEADINGS = 3;
/** Readability's own threshold for a candidate body (characters). */
const CHAR_THRESHOLD = 200;
const MAX_TITLE_LENGTH = 40;
/** How many of the body's first paragraphs may be the dateline's lead. */
const LEAD_WITHIN = 3;

export interface ArticleText {
  /** False when Readability found no content at all. */
  found: boolean;
  /** Body paragraphs after cleaning, without the headline. */
  paragraphs: string[];
  /** Lines the cleaner took for page furniture. */
  boilerplate: string[];
  report: CleanReport;
  /** Non-space characters of the body, and how many of them are Han. */
  bodyChars: number;
  hanChars: number;
  /** Share of the found content's text that is link text (0 when nothing was found). */
  linkDensity: number;
  /** Headings in the found content that are links: a channel page's headlines, each over its summary. */
  linkedHeadings: number;
  /** What Readability read (used only when the page's metadata states nothing better). */
  readabilityTitle: string | null;
  /** What the text around the body states: the writer named in a reprint credit or dateline, a sign-off's date. */
  credits: TextCredits;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
}

export interface CleanOptions {
  repairs: readonly MojibakeRepair[];
  /** Folds a line to Simplified for the boilerplate patterns. */
  foldLine: (line: string) => string;
}


/** Of its lines, a line at least this much link text is a link to another page, not prose. */
const LINK_LINE = 0.9;
/** Under a related-reading heading, lines at least this much link text are the list. */
const RELATED_ITEM = 0.5;
const SENTENCE_END = /[。！？!?]["”」』）)]?$/;

/**
 * Splits the article element's lines into prose and furniture decided by the DOM: captions,
 * summary boxes, lines that are one link, and the linked headlines under a related-reading
 * heading. Text patterns (clean.ts) then judge the rest.
 */
function splitLines(lines: readonly PageLine[], fold: (line: string) => string): { prose: string[]; furniture: string[] } {
  const prose: string[] = [];
  const furniture: string[] = [];
  let inRelated = false;
  lines.forEach((line, i) => {
    const folded = fold(line.text);
    const next = lines[i + 1];
    // A caption's text before its credit on the next line of the same block: "…发布了秒哒。<br>百度方面供图".
    const beforeCredit =
      !!next && next.block === line.block && line.text.length <= 60 && isBoilerplate(fold(next.text)) && /(?:摄|供图)[)）]?$/.test(fold(next.text));
    const related = RELATED_LABEL.test(folded) && folded.length <= 60;
    if (related) inRelated = true;
    else if (inRelated && line.linkShare < RELATED_ITEM) inRelated = false;
    const isFurniture =
      related ||
      inRelated ||
      line.caption ||
      line.summary ||
      line.tableCell ||
      line.embed ||
      beforeCredit ||
      (line.linkShare >= LINK_LINE && !SENTENCE_END.test(line.text));
    (isFurniture ? furniture : prose).push(line.text);
  });
  return { prose, furniture };
}


const visibleLength = (text: string | null) => (text ?? '').replace(/\s/g, '').length;

function linkDensity(content: Element): number {
  const total = visibleLength(content.textContent);
  if (!total) return 0;
  let linked = 0;
  for (const link of content.querySelectorAll('a')) linked += visibleLength(link.textContent);
  return linked / total;
}

const HEADINGS = 'h1, h2, h3, h4, h5, h6';

/** A heading whose text is a link: an empty <a> in it is only a named anchor (Markdown's <h2><a id="_1"></a>一、…). */
function linkedHeadings(content: Element): number {
  return [...content.querySelectorAll(HEADINGS)].filter(
    (h) => [...h.querySelectorAll('a')].some((a) => visibleLength(a.textContent) > 0) || h.closest('a'),
  ).length;
}

/** Whether what was read is an article: enough text, not a list of links or of linked headlines. */
export function isArticleText(text: Pick<ArticleText, 'bodyChars' | 'linkDensity' | 'linkedHeadings'>): boolean {
  return (
    text.bodyChars >= MIN_ARTICLE_CHARS &&
    text.linkDensity <= MAX_LINK_DENSITY &&
    text.linkedHeadings < MAX_LINKED_HEADINGS
  );
}

/** Readability's byline, without its "作者：" / "文｜" label or the outlet before "记者". */
export function cleanByline(byline: string | null | undefined): string | null {
  // "澎湃新闻记者 X", "某某日报记者 X": the name after the reporter label, not the outlet before it.
  const reporter = byline && /(?:記者|记者)\s*[:：｜|/／]?\s*\S/.test(byline) ? bylineAuthor(byline) : null;
  if (reporter) return reporter;
  // A note after the name in brackets is the writer's post ("林建宏（作者為台灣經濟研究院研究員）"), not the name.
  const name = byline
    ?.replace(/^(?:(?:作者|文|撰文|記者|记者|编辑|編輯)\s*[:：｜|/／]|by\s)\s*/i, '')
    .trim()
    .split(/[\s（(]/)[0];
  return name && name.length <= 20 && !normalizeDate(name) ? name : null;
}

/**
 * The reporter named where Chinese news opens its lead: "【记者张晓明报道】", "本报记者 王五",
 * "新华社北京3月5日电（记者 李四）".
 */
export function leadAuthor(paragraphs: readonly string[]): string | null {
  // Only the reporter label counts here: a bare 文 or 作者 is ordinary prose in a lead.
  const lead = (paragraphs[0] ?? '').slice(0, 40);
  return /(?:記者|记者)\s*[:：]?\s*([\p{Script=Han}·]{2,4}?)(?=[\s,，、】」）)]|報道|报道|攝|摄)/u.exec(lead)?.[1] ?? null;
}

/**
 * A byline's name when it names a person: not the site itself, not a number, and not an organisation or an
 * account (names ending 网 / 社 / 报 / 科技 / 新闻 / 财经 / 媒体 / 公司 / App…), which pages put in
 * author fields for syndicated and staff copy.
 */
export function personAuthor(name: string | null | undefined, site: string | null, fold: (line: string) => string): string | null {
  // Some portals put an editor's staff number in the author field.
  if (!name || !/[\p{Script=Han}A-Za-z]/u.test(name)) return null;
  const folded = fold(name.trim());
  if (site && (folded === fold(site) || fold(site).includes(folded))) return null;
  return /(?:网|社|报|科技|新闻|资讯|财经|媒体|传媒|公司|集团|官方|编辑部|研究院|观察|频道|app)$/i.test(folded) ? null : name.trim();
}

/**
 * Who wrote the article: the page's author field unless it names the site or an account; then the
 * writer a reprint credit or the dateline names; then Readability's byline; then a reporter named
 * in the lead. When the page's author is only an editor's credit (`statedIsEditor`), the writer a
 * credit or dateline names comes first: a wire story's "编辑：X" is the desk's.
 */
export function articleAuthor(
  stated: string | null,
  text: Pick<ArticleText, 'credits' | 'byline' | 'paragraphs'>,
  site: string | null,
  fold: (line: string) => string,
  statedIsEditor = false,
): string | null {
  // "鉅亨網記者魏志豪": an author field naming the outlet's reporter gives the reporter.
  const reporter = stated && /(?:記者|记者)\s*[:：｜|/／]?\s*\p{Script=Han}/u.test(stated) ? bylineAuthor(stated) : null;
  return (
    (statedIsEditor ? text.credits.author : null) ??
    personAuthor(reporter ?? stated, site, fold) ??
    text.credits.author ??
    personAuthor(cleanByline(text.byline), site, fold) ??
    leadAuthor(text.paragraphs)
  );
}


/** A placeholder title: the first clause of the lead, marked as derived by the caller. */
export function derivedTitle(body: readonly string[]): string {
  const lead = body[0] ?? '';
  return lead.split(/[,，。;；:：]/)[0]!.slice(0, MAX_TITLE_LENGTH);
}

/** Lines over the headline that are its kicker (a column's, a section's name), never more. */
const MAX_KICKERS = 2;
/** A kicker is a name: this short, without a sentence's punctuation. */
const MAX_KICKER_CHARS = 12;
/** Text with every run of spaces (\s takes the ideographic space U+3000 too) as one plain space. */
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
const isKicker = (line: string) => line.replace(/\s/g, '').length <= MAX_KICKER_CHARS && !/[。！？，；：!?,;:]/.test(line);

/**
 * Reads the article out of `document`, which Readability rewrites as it goes: pass a copy, never
 * a live page. `headline` (the page's stated title) is dropped when it opens the body.
 */
export function readArticleText(document: Document, headline: string | null, options: CleanOptions): ArticleText {
  // The serializer hands back the article element itself, so its blocks are read without re-parsing HTML.
  // Readability drops the class names that mark captions and summary boxes, so they are read first.
  if (document.body) {
    removePinyinFurniture(document.body);
    removeReplyBlocks(document.body);
    removeTagRows(document.body);
  }
  // Readability also unwraps a block holding one paragraph, so an embed's name is read here too, and an author card's.
  const cards = document.body ? authorBlockTexts(document.body) : new Set<string>();
  const marked = new Map(
    (document.body ? pageLines(document.body) : []).filter((l) => l.caption || l.summary || l.embed).map((l) => [l.text, l.embed]),
  );
  const parsed = new Readability<Node>(document, { charThreshold: CHAR_THRESHOLD, keepClasses: true, serializer: (node) => node }).parse();
  const content = parsed?.content && 'querySelectorAll' in parsed.content ? (parsed.content as Element) : null;
  // Bylines and author cards Readability left in (it removes one only when the metadata names no author).
  const authorBlocks = content ? removeAuthorBlocks(content) : [];
  const contentLines = content ? pageLines(content) : [];
  authorBlocks.push(...contentLines.filter((l) => cards.has(l.text)).map((l) => l.text));
  const read = contentLines
    .filter((l) => !cards.has(l.text))
    .map((l) => (marked.has(l.text) ? (marked.get(l.text) ? { ...l, embed: true } : { ...l, caption: true }) : l));
  const lines = splitLines(read, options.foldLine);
  const { paragraphs, boilerplate, report } = cleanArticle(lines.prose.join('\n'), options);
  boilerplate.push(...lines.furniture, ...authorBlocks);
  report.boilerplateLines.push(...lines.furniture, ...authorBlocks);
  const title = headline ?? (parsed?.title?.trim() || null);
  // The cleaner folds a headline's ideographic space (某某開幕\u3000小鎮的…) to a plain one; the stated title keeps it.
  const isTitle = (p: string | undefined) => !!title && p !== undefined && spaced(p) === spaced(title);
  // Readability often keeps the headline as the first block, under a kicker or two: a column's or section's
  // name set over it ("科網追擊"), short and no sentence. Those go with it.
  const headlineAt = title ? paragraphs.findIndex((p, i) => isTitle(p) || i >= MAX_KICKERS || !isKicker(p)) : -1;
  const body = isTitle(paragraphs[headlineAt]) ? paragraphs.slice(headlineAt + 1) : paragraphs;
  // A page's deck and credits row can sit above the dateline inside what Readability kept.
  const credits = splitCredits(body, boilerplate, options.foldLine, LEAD_WITHIN);
  report.boilerplateLines = [...boilerplate];
  const joined = body.join('');
  return {
    found: !!content,
    paragraphs: body,
    boilerplate,
    report,
    bodyChars: joined.replace(/\s/g, '').length,
    hanChars: joined.match(/\p{Script=Han}/gu)?.length ?? 0,
    linkDensity: content ? linkDensity(content) : 0,
    linkedHeadings: content ? linkedHeadings(content) : 0,
    readabilityTitle: parsed?.title?.trim() || null,
    credits,
    byline: parsed?.byline ?? null,
    siteName: parsed?.siteName?.trim() || null,
    publishedTime: parsed?.publishedTime ?? null,
  };
}
