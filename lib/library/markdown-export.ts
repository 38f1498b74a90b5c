/**
 * A saved article as a Markdown file: its metadata, the claims found in it and the reader's notes
 * on its page, then its text. Same guarantees as the notes' export (lib/notes/markdown-export.ts,
 * whose escaping, links and note blocks this reuses): opening the file in Obsidian, VS Code or
 * GitHub runs and loads nothing, whatever the page's text held.
 */
import type { SavedArticle } from './model';
import type { Note } from '../notes/db';
import { escapeMarkdownText, markdownLink, noteMarkdown } from '../notes/markdown-export';
import { localDay } from '../text/dates';

export interface ArticleMarkdownOptions {
  /** Display name of an entity id (bundled or the reader's); the id itself by default. */
  entityName?: (id: string) => string;
}

const oneLine = (text: string) => escapeMarkdownText(text.replace(/\s+/g, ' ').trim(), false);

export function exportArticleMarkdown(
  article: SavedArticle,
  notes: readonly Note[],
  options: ArticleMarkdownOptions = {},
): string {
  const name = options.entityName ?? ((id: string) => id);
  const script = article.script;
  const out: string[] = [`# ${markdownLink(oneLine(article.title), article.url)}`, ''];
  const meta = [article.site, article.author, article.published].filter((part): part is string => !!part).map(oneLine);
  meta.push(`saved ${localDay(article.savedAt)}`);
  out.push(`*${meta.join(' · ')}*`, '');
  if (article.entityIds.length) out.push(`Entities: ${oneLine(article.entityIds.map(name).join('、'))}`, '');

  if (article.claims.length) {
    out.push('## Claims', '');
    for (const claim of article.claims) {
      const tags = [claim.kind, claim.modality === 'fact' ? null : claim.modality, claim.dates[0]?.iso ?? null]
        .filter((tag): tag is string => !!tag)
        .map((tag) => escapeMarkdownText(tag, false));
      out.push(`- ${oneLine(claim.text[script])} *(${tags.join(', ')})*`);
    }
    out.push('');
  }

  const own = notes.filter((note) => note.url === article.url).sort((a, b) => a.createdAt - b.createdAt);
  if (own.length) {
    out.push('## Notes', '');
    for (const note of own) out.push(...noteMarkdown(note, name), '');
  }

  out.push('## Text', '');
  for (const paragraph of article.paragraphs) out.push(escapeMarkdownText(paragraph), '');
  return out.join('\n');
}
