/**
 * Light Markdown for note bodies: paragraphs, "- " lists, "> " quotes, "# " headings, **bold**,
 * *italic*, `code` and [links](https://…). Parsed to plain data that the panel renders as
 * elements with text children, so a note can never become markup (no HTML pass-through).
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em' | 'code'; text: string }
  | { type: 'link'; text: string; href: string };

export type Block = { type: 'p' | 'li' | 'quote' | 'h'; inlines: Inline[] };

const INLINE = /\*\*([^*\n]+)\*\*|\*([^*\n]+)\*|`([^`\n]+)`|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

function safeHref(raw: string): string | null {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

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
      const safe = safeHref(href!);
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
    if (!line.trim()) flush();
    else if (item) (flush(), blocks.push({ type: 'li', inlines: parseInline(item[1]!) }));
    else if (quote) (flush(), blocks.push({ type: 'quote', inlines: parseInline(quote[1]!) }));
    else if (heading) (flush(), blocks.push({ type: 'h', inlines: parseInline(heading[1]!) }));
    else paragraph.push(line);
  }
  flush();
  return blocks;
}
