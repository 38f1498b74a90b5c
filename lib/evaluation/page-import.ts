/**
 * Checks an imported page against what an editor expects of it (tests/fixtures/saved-pages/sites*):
 * the metadata fields, every body paragraph whole and in order, subheads never glued into a
 * sentence, and no furniture (credits, captions, datelines, related links) left in a paragraph.
 * Pure data in, misses out; the script and the unit tests print or assert them.
 */
import type { Article } from '../corpus/article';

/** A field given as a list accepts any of its values. */
type Accepts = string | null | Array<string | null>;

export interface ExpectedImport {
  title: Accepts;
  site: Accepts;
  author: Accepts;
  date: Accepts;
  /** How each body paragraph starts, in order. */
  body: string[];
  /** Subheads that may stay as paragraphs of their own (never inside another). */
  subheads: string[];
  /** Text that must be in no paragraph. */
  furniture: string[];
}

export type ImportField = 'title' | 'site' | 'author' | 'date';
export const IMPORT_FIELDS: readonly ImportField[] = ['title', 'site', 'author', 'date'];

export interface ImportCheck {
  fields: Record<ImportField, boolean>;
  /** Expected paragraphs found whole (as their own paragraph, in order). */
  bodyFound: number;
  bodyExpected: number;
  /** Paragraphs that are neither an expected body paragraph nor an allowed subhead. */
  extra: string[];
  /** Furniture strings found in a paragraph, with the paragraph. */
  furniture: string[];
  misses: string[];
}

const accepts = (want: Accepts, got: string | null) => (Array.isArray(want) ? want : [want]).includes(got);

export function checkImport(article: Pick<Article, ImportField | 'paragraphs'>, want: ExpectedImport): ImportCheck {
  const misses: string[] = [];
  const fields = {} as Record<ImportField, boolean>;
  for (const field of IMPORT_FIELDS) {
    fields[field] = accepts(want[field], article[field]);
    if (!fields[field])
      misses.push(`${field} = ${JSON.stringify(article[field])}, expected ${JSON.stringify(want[field])}`);
  }
  const paragraphs = article.paragraphs;
  let at = 0;
  let bodyFound = 0;
  const extra: string[] = [];
  for (const start of want.body) {
    const index = paragraphs.findIndex((p, i) => i >= at && p.startsWith(start));
    if (index < 0) {
      misses.push(`body paragraph "${start}…" not found as a paragraph of its own, in order`);
      continue;
    }
    extra.push(...paragraphs.slice(at, index));
    bodyFound++;
    at = index + 1;
  }
  extra.push(...paragraphs.slice(at));
  const unexpected = extra.filter((p) => !want.subheads.includes(p));
  for (const p of unexpected) misses.push(`extra paragraph: "${p}"`);
  const furniture: string[] = [];
  for (const f of want.furniture)
    for (const p of paragraphs) if (p.includes(f)) furniture.push(`"${f}" in "${p.slice(0, 60)}"`);
  for (const f of furniture) misses.push(`furniture ${f}`);
  return { fields, bodyFound, bodyExpected: want.body.length, extra: unexpected, furniture, misses };
}
