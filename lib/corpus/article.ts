/**
 * Corpus article files: YAML front matter (metadata) + cleaned body, one paragraph per block.
 * Parsing is strict and every problem names the file, so a bad edit fails the build clearly.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

export type Script = 'zh-Hans' | 'zh-Hant' | 'mixed';
export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

export interface ArticleMeta {
  id: string;
  title: string;
  /** True when the source had no title and the editor wrote one. */
  titleDerived: boolean;
  site: string | null;
  author: string | null;
  /** ISO date, as precise as the text allows: 2024, 2024-03, 2023-08-12, 2023-08-12T15:00. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** How the date was established (stated in the text, or inferred from which events). */
  dateSource: string;
  url: string | null;
  script: Script;
  /** The file name of the seed this article came from, for provenance. */
  seed: string | null;
  /** Page furniture cut from the body (comment prompts, reprint notices…), kept for provenance. */
  boilerplate: string[];
}

export interface Article extends ArticleMeta {
  paragraphs: string[];
}

const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2})?)?)?$/;

export class ArticleFormatError extends Error {
  constructor(file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'ArticleFormatError';
  }
}

export function parseArticle(source: string, file: string): Article {
  const match = FRONT_MATTER.exec(source.replace(/\r\n?/g, '\n'));
  if (!match) throw new ArticleFormatError(file, 'missing front matter (a block between two --- lines)');
  let meta: unknown;
  try {
    meta = parseYaml(match[1]!);
  } catch (error) {
    throw new ArticleFormatError(file, `front matter is not valid YAML: ${(error as Error).message}`);
  }
  if (!meta || typeof meta !== 'object') throw new ArticleFormatError(file, 'front matter must be a mapping');
  const m = meta as Record<string, unknown>;
  const str = (key: string, required: boolean): string | null => {
    const value = m[key];
    if (value === undefined || value === null || value === '') {
      if (required) throw new ArticleFormatError(file, `front matter needs "${key}"`);
      return null;
    }
    if (typeof value !== 'string' && typeof value !== 'number') throw new ArticleFormatError(file, `"${key}" must be text`);
    return String(value);
  };
  const id = str('id', true)!;
  if (!ID_PATTERN.test(id)) throw new ArticleFormatError(file, `id "${id}" must be lower-case ASCII, digits and hyphens`);
  const date = str('date', false);
  if (date !== null && !ISO_DATE.test(date)) throw new ArticleFormatError(file, `date "${date}" is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM)`);
  const script = str('script', true) as Script;
  if (!['zh-Hans', 'zh-Hant', 'mixed'].includes(script)) throw new ArticleFormatError(file, `script must be zh-Hans, zh-Hant or mixed`);
  const boilerplate = m.boilerplate ?? [];
  if (!Array.isArray(boilerplate) || boilerplate.some((line) => typeof line !== 'string')) {
    throw new ArticleFormatError(file, '"boilerplate" must be a list of lines');
  }
  const paragraphs = match[2]!
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s*\n\s*/g, '').trim())
    .filter(Boolean);
  if (paragraphs.length === 0) throw new ArticleFormatError(file, 'the article has no body');
  return {
    id,
    title: str('title', true)!,
    titleDerived: m.titleDerived === true,
    site: str('site', false),
    author: str('author', false),
    date,
    datePrecision: date ? precisionOf(date) : null,
    dateSource: str('dateSource', date !== null) ?? '',
    url: str('url', false),
    script,
    seed: str('seed', false),
    boilerplate: boilerplate as string[],
    paragraphs,
  };
}

export function precisionOf(date: string): DatePrecision {
  if (date.includes('T')) return 'minute';
  return (['year', 'month', 'day'] as const)[date.split('-').length - 1]!;
}

export function serializeArticle(article: Article): string {
  const { paragraphs, datePrecision: _derived, ...meta } = article;
  return `---\n${stringifyYaml(meta, { lineWidth: 0 }).trimEnd()}\n---\n\n${paragraphs.join('\n\n')}\n`;
}
