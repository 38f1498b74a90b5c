/**
 * Notes as a Markdown file for reading elsewhere (Obsidian, VS Code's preview, GitHub). Opening
 * it must never run or load anything, whatever the notes, quotes and page titles contain:
 * - text is escaped: `&`, `<` and `>` become entities (no HTML, no autolink, and a browser that
 *   opens the file as HTML shows text), and Markdown punctuation is backslash-escaped (no image,
 *   no link, no code fence for a plugin to run, no reference definition);
 * - a note body keeps the reader's light Markdown (bold, italic, code, lists, quotes, headings)
 *   because it is re-written from the panel's own parse (markdown.ts), where only http(s) links
 *   survive; everything else in it is escaped text;
 * - links go only to http(s) addresses; a page whose address is anything else gets no link.
 */
import type { Note } from './db';
import { parseMarkdown, type Inline } from './markdown';
import { httpUrl } from '../web/http-url';
import { localDay } from '../text/dates';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Text that renders as itself. `lineStart`: the text begins a line, where `#`, `-`, `+`, `=`,
 * `|`, `:` or `1.` would start a block.
 */
export function escapeMarkdownText(text: string, lineStart = true): string {
  return text
    .split('\n')
    .map((line, i) => {
      let out = line.replace(/[\\`*_[\]!~|{}$^]/g, '\\$&').replace(/[&<>]/g, (c) => ENTITIES[c]!);
      if (i > 0 || lineStart) {
        // Leading spaces would make an indented code block.
        out = out.replace(/^[ \t]+/, '');
        out = out.replace(/^([#+\-=:])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
      }
      return out;
    })
    .join('\n');
}

/**
 * `(url)` for an http(s) URL (already serialized: no spaces, quotes or angle brackets).
 * Unbalanced parentheses would end the link early, so they are percent-encoded; the `(<url>)`
 * form is not used because a browser opening the file as HTML would read `<https://…>` as a tag
 * whose attributes come from the address.
 */
function linkDestination(url: string): string {
  let depth = 0;
  for (const c of url) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) break;
  }
  return depth === 0 ? `(${url})` : `(${url.replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))})`;
}

/**
 * A code span, unless it could be more: Obsidian's Dataview runs `$=` and `=` spans, and a code
 * span cannot hold an escaped `<` (entities show literally there), which a browser reading the
 * file as HTML would take for a tag. Those are written as escaped text.
 */
function codeSpan(text: string): string {
  if (/^\s*\$?=/.test(text) || /[`\n<>&]/.test(text)) return escapeMarkdownText(text, false);
  return `\`${text}\``;
}

function inlineMarkdown(inline: Inline, lineStart: boolean): string {
  switch (inline.type) {
    case 'strong':
      return `**${escapeMarkdownText(inline.text, false)}**`;
    case 'em':
      return `*${escapeMarkdownText(inline.text, false)}*`;
    case 'code':
      return codeSpan(inline.text);
    case 'link': {
      const href = httpUrl(inline.href);
      const text = escapeMarkdownText(inline.text, false);
      return href ? `[${text}]${linkDestination(href)}` : text;
    }
    default:
      return escapeMarkdownText(inline.text, lineStart);
  }
}

const inlinesMarkdown = (inlines: readonly Inline[]) =>
  inlines.map((inline, i) => inlineMarkdown(inline, i === 0)).join('');

/** A note body, re-written from the panel's parse of it. */
function bodyMarkdown(body: string): string {
  const out: string[] = [];
  let previous = '';
  for (const block of parseMarkdown(body)) {
    const text = inlinesMarkdown(block.inlines);
    // A list stays one list; other blocks are separated by a blank line.
    if (out.length && !(block.type === 'li' && previous === 'li')) out.push('');
    if (block.type === 'li') out.push(`- ${text}`);
    else if (block.type === 'quote') out.push(`> ${text}`);
    else if (block.type === 'h') out.push(`#### ${text}`);
    else out.push(text);
    previous = block.type;
  }
  return out.join('\n');
}

/** `[text](url)` for an http(s) address, else the text alone. `text` must already be escaped. */
export function markdownLink(text: string, url: string | null | undefined): string {
  const href = httpUrl(url);
  return href ? `[${text}]${linkDestination(href)}` : text;
}

/** One note: its quote, body, and a line of dates, entities and tags. */
export function noteMarkdown(note: Note, name: (id: string) => string = (id) => id): string[] {
  const out: string[] = [];
  if (note.quote)
    out.push(
      ...escapeMarkdownText(note.quote.exact)
        .split('\n')
        .map((line) => `> ${line}`.trimEnd()),
      '',
    );
  if (note.body.trim()) out.push(bodyMarkdown(note.body), '');
  const created = localDay(note.createdAt);
  const updated = localDay(note.updatedAt);
  const meta = [updated === created ? created : `${created} (edited ${updated})`];
  if (note.entityIds.length) meta.push(escapeMarkdownText(note.entityIds.map(name).join('、'), false));
  if (note.tags.length) meta.push(note.tags.map((t) => `#${escapeMarkdownText(t, false)}`).join(' '));
  out.push(`*${meta.join(' · ')}*`);
  return out;
}

/** Grouped by page (most recent first), each note with its quote, body, entities, tags and dates. */
export function exportMarkdown(notes: readonly Note[], options: { entityName?: (id: string) => string } = {}): string {
  const name = options.entityName ?? ((id: string) => id);
  const pages = new Map<string, Note[]>();
  for (const note of [...notes].sort((a, b) => b.updatedAt - a.updatedAt)) {
    const group = pages.get(note.url);
    if (group) group.push(note);
    else pages.set(note.url, [note]);
  }
  const out: string[] = ['# Tech Lens notes', ''];
  for (const [url, group] of pages) {
    // A heading is one line.
    const title = escapeMarkdownText(group[0]!.pageTitle.replace(/\s+/g, ' ').trim() || url, false);
    out.push(`## ${markdownLink(title, url)}`, '');
    for (const note of group) out.push(...noteMarkdown(note, name), '', '---', '');
  }
  return out.join('\n');
}
