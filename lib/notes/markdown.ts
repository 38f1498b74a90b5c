/**
 * Light Markdown for note bodies: paragraphs, "- " lists, "> " quotes, "# " headings, **bold**,
 * *italic*, `code` and [links](https://…). Parsed to plain data that the panel renders as
 * elements with text children, so a note can never become markup (no HTML pass-through). The
 * Markdown export re-writes bodies from this parse, so it keeps exactly what the panel shows.
 */
import { httpUrl } from '../web/http-url';

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em' | 'code'; text: string }
  | { type: 'link'; text: string; href: string };

export type Block = { type: 'p' | 'li' | 'quote' | 'h'; inlines: Inline[] };

const INLINE = /\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|`([^`\n]+)`|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index;
    if (at > last) out.push({ type: 'text', text: text.slice(last, at) });
    const [whole, strong, em, code, linkText, href] = match;
    if (strong !== undefined) out.push({ type: 'strong', text: strong });
    else if (em !== undefined) out.push({ type: 'em', text: em });
    else if (code !== undefined) out.push({ type: 'code', text: code });
    else {
      const safe = httpUrl(href);
      out.push(safe ? { type: 'link', text: linkText!, href: safe } : { type: 'text', text: whole });
    }
    last = at + whole.length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'p', inlines: parseInline(paragraph.join('\n')) });
    paragraph = [];
  };
  for (const line of source.split(/\r?\n/)) {
    const item = /^\s*[-*•]\s+(.*)$/.exec(line);
    const quote = /^\s*>\s?(.*)$/.exec(line);
    const heading = /^\s*#{1,6}\s+(.*)$/.exec(line);
    const block: Block | null = item
      ? { type: 'li', inlines: parseInline(item[1]!) }
      : quote
        ? { type: 'quote', inlines: parseInline(quote[1]!) }
        : heading
          ? { type: 'h', inlines: parseInline(heading[1]!) }
          : null;
    if (!line.trim()) flush();
    else if (block) {
      flush();
      blocks.push(block);
    } else paragraph.push(line);
  }
  flush();
  return blocks;
}
