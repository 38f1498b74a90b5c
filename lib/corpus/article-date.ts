/**
 * An imported article's publication date, and what stated it: one reading for the corpus's HTML
 * import and the extension's saving script. The page's own metadata first; then what the text
 * around the body states (the Central News Agency's sign-off code 1131125); then a full date in
 * the address; last the dateline's news day (…台北5日电, 〔记者X／台北报导〕…5日), placed in the
 * year and month the address gives (/2024/11/…) and left undated when nothing reliable does: a
 * bare day guessed into the wrong month misdates every relative date of the article.
 */
import { normalizeDate, urlDate, urlMonth, type DateKind, type PageMetadata } from './page-metadata';
import type { TextCredits } from './dateline';

export type ArticleDateKind = DateKind | 'readability' | 'sign-off' | 'url' | 'dateline';

export interface ArticleDate {
  /** ISO, as precise as its source (2024-11-05 or 2024-11-05T10:20), or null. */
  date: string | null;
  kind: ArticleDateKind;
  /** Where it came from, in words for the editor (the corpus's `dateSource`). */
  source: string;
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A day of month (and its month when stated) in the year and month the page was published:
 * a month later than the publication month is the year before (a 12月31日 story in a January address).
 */
export function placeDay(
  stated: { day: number; month: number | null },
  published: { year: number; month: number },
): string | null {
  const month = stated.month ?? published.month;
  const year = month > published.month ? published.year - 1 : published.year;
  if (stated.day < 1 || stated.day > daysIn(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(stated.day).padStart(2, '0')}`;
}

export function articleDate(
  metadata: Pick<PageMetadata, 'date' | 'dateKind' | 'dateSource'>,
  text: { publishedTime: string | null; credits: Pick<TextCredits, 'signOffDate' | 'datelineDay'> },
  url: string | null,
): ArticleDate {
  if (metadata.date) return { date: metadata.date, kind: metadata.dateKind, source: metadata.dateSource };
  const readability = text.publishedTime ? normalizeDate(text.publishedTime) : null;
  if (readability) return { date: readability, kind: 'readability', source: 'page metadata (Readability publishedTime)' };
  const signOff = text.credits.signOffDate;
  if (signOff) return { date: signOff, kind: 'sign-off', source: 'sign-off: the Central News Agency date code' };
  const fromUrl = url ? urlDate(url) : null;
  if (fromUrl) return { date: fromUrl, kind: 'url', source: 'the page address' };
  const month = url ? urlMonth(url) : null;
  const day = text.credits.datelineDay;
  const placed = day && month ? placeDay(day, month) : null;
  if (placed) return { date: placed, kind: 'dateline', source: "the dateline's day in the page address's month" };
  return { date: null, kind: 'none', source: '' };
}
