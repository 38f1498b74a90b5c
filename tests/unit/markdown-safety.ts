/**
 * Checks for exported Markdown, shared by the notes' and the library's export tests: the
 * constructs a Markdown renderer would act on, and what a browser opening the file as HTML makes.
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { httpUrl } from '../../lib/web/http-url';

/** Unescaped constructs a Markdown renderer would turn into markup that runs or loads something. */
export function dangerousMarkdown(md: string): string[] {
  const found: string[] = [];
  const unescaped = (pattern: string) => new RegExp(`(?<!\\\\)${pattern}`, 'g');
  for (const m of md.matchAll(unescaped('<'))) found.push(`raw < at ${m.index}`);
  const spans = codeSpans(md);
  const inCode = (index: number) => spans.some((span) => index > span.start && index < span.end);
  for (const m of md.matchAll(unescaped('!\\['))) if (!inCode(m.index)) found.push(`image at ${m.index}`);
  for (const m of md.matchAll(/^\s*(```|~~~)/gm)) found.push(`code fence at ${m.index}`);
  for (const m of md.matchAll(/^\s{0,3}\[[^\]]*\]:/gm)) found.push(`reference definition at ${m.index}`);
  for (const span of spans) if (/^\s*\$?=/.test(span.content)) found.push(`Dataview inline query at ${span.start}`);
  for (const m of md.matchAll(unescaped('\\]\\(([^)\\s]*)')))
    if (!inCode(m.index) && !httpUrl(m[1])) found.push(`link to ${m[1]}`);
  return found;
}

/**
 * Code spans as CommonMark pairs them: an unescaped run of backticks opens one, and the next run of
 * the same length closes it (backslashes do not escape inside it); an unclosed run is literal. Nothing inside a code span is a link or an image.
 * A Dataview inline query is a code span whose content starts with `=` or `$=`, so a `=` right
 * after a closing backtick is not one.
 */
function codeSpans(md: string): Array<{ start: number; end: number; content: string }> {
  const spans: Array<{ start: number; end: number; content: string }> = [];
  const runAt = (i: number) => {
    let end = i;
    while (md[end] === '`') end++;
    return end - i;
  };
  let i = 0;
  while (i < md.length) {
    if (md[i] === '\\') {
      i += 2;
      continue;
    }
    if (md[i] !== '`') {
      i++;
      continue;
    }
    const length = runAt(i);
    let close = -1;
    for (let j = i + length; j < md.length;) {
      if (md[j] !== '`') {
        j++;
        continue;
      }
      const run = runAt(j);
      if (run === length) {
        close = j;
        break;
      }
      j += run;
    }
    if (close < 0) {
      i += length;
      continue;
    }
    spans.push({ start: i, end: close + length, content: md.slice(i + length, close) });
    i = close + length;
  }
  return spans;
}

/** What a browser makes of the file opened as HTML: every element it would create. */
export function htmlElements(md: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${md}</body></html>`);
  return [...document.body.querySelectorAll('*')].map((e) => e.tagName);
}

/** Any short text made of Markdown and HTML punctuation, link schemes and fences: what the property tests export. */
export const markdownPayloadText = fc
  .array(fc.constantFrom(...'<>&[]()!`*_#-+=|~:$\\"\' \n1.aj字'.split(''), 'javascript:', 'https://x.y/', '```'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));
