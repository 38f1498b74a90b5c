/**
 * Turns a raw collected article into a corpus article: cleans it and proposes metadata from what
 * the page itself states (title line, byline date, author and address lines). The editor then
 * checks the front matter; anything proposed here is marked in `dateSource`.
 */
import { cleanArticle, type CleanReport, type MojibakeRepair } from './clean';
import type { Article } from './article';
import { precisionOf } from './article';
import { derivedTitle } from './article-text';
import { detectScript } from '../text/script-detect';
import { splitCredits } from './dateline';

export interface ImportOptions {
  id: string;
  seed: string | null;
  repairs: readonly MojibakeRepair[];
  /** Folds a line to Simplified (the compiler passes the opencc-backed fold). */
  foldLine: (line: string) => string;
  /** Converts to Traditional, to tell which characters are Simplified-only. */
  toTraditional: (text: string) => string;
}

const SENTENCE_END = /[。.!！;；…]$/;
const MAX_TITLE_LENGTH = 40;

export function importRawArticle(raw: string, options: ImportOptions): { article: Article; report: CleanReport } {
  const { paragraphs, boilerplate, report } = cleanArticle(raw, options);
  const first = paragraphs[0] ?? '';
  // A short first line without a sentence ending is the headline.
  const hasTitle = first.length > 0 && first.length <= MAX_TITLE_LENGTH && !SENTENCE_END.test(first) && paragraphs.length > 1;
  const body = hasTitle ? paragraphs.slice(1) : paragraphs;
  // The dateline and sign-off leave the text; their reporter and date fill what the byline lacks.
  const credits = splitCredits(body, boilerplate, options.foldLine);
  report.boilerplateLines = [...boilerplate];
  const stated = statedMetadata(boilerplate.map(options.foldLine), boilerplate);
  const date = stated.date ?? credits.signOffDate;
  const article: Article = {
    id: options.id,
    title: hasTitle ? first : derivedTitle(body),
    titleDerived: !hasTitle,
    site: stated.site,
    author: stated.author ?? credits.author,
    date,
    datePrecision: date ? precisionOf(date) : null,
    dateSource: stated.date ? 'stated in the byline' : date ? 'sign-off: the Central News Agency date code' : '',
    url: stated.url,
    script: detectScript(body.join(''), options.foldLine, options.toTraditional),
    seed: options.seed,
    boilerplate,
    paragraphs: body,
  };
  return { article, report };
}

function statedMetadata(folded: string[], original: string[]) {
  let date: string | null = null;
  let site: string | null = null;
  let author: string | null = null;
  let url: string | null = null;
  folded.forEach((line, i) => {
    const source = original[i]!;
    const byline = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}))?\s+([^\d\s]\S*)$/.exec(source);
    if (byline) {
      date = byline[2] ? `${byline[1]}T${byline[2]}` : byline[1]!;
      site = byline[3]!;
    }
    const authorLine = /^作者[:：]\s*(\S+)/.exec(line) ?? /签约账号【([^】]+)】/.exec(line);
    if (authorLine) author = source.slice(authorLine.index + authorLine[0].indexOf(authorLine[1]!)).slice(0, authorLine[1]!.length);
    const address = /^地址[:：]\s*(https?:\/\/\S+)/.exec(source);
    if (address) url = address[1]!;
  });
  return { date: date as string | null, site: site as string | null, author: author as string | null, url: url as string | null };
}
