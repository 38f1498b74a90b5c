/**
 * Checks for exported Markdown, shared by the notes' and the library's export tests: the
 * constructs a Markdown renderer would act on, and what a browser opening the file as HTML makes.
 */
import { parseHTML } from 'linkedom';
import { httpUrl } from '../../lib/web/http-url';

/** Unescaped constructs a Markdown renderer would turn into markup that runs or loads something. */
export function dangerousMarkdown(md: string): string[] {
  const found: string[] = [];
  const unescaped = (pattern: string) => new RegExp(`(?<!\\\\)${pattern}`, 'g');
  for (const m of md.matchAll(unescaped('<'))) found.push(`raw < at ${m.index}`);
  for (const m of md.matchAll(unescaped('!\\['))) found.push(`image at ${m.index}`);
  for (const m of md.matchAll(/^\s*(```|~~~)/gm)) found.push(`code fence at ${m.index}`);
  for (const m of md.matchAll(/^\s{0,3}\[[^\]]*\]:/gm)) found.push(`reference definition at ${m.index}`);
  for (const m of md.matchAll(unescaped('`\\s*\\$?='))) found.push(`Dataview inline query at ${m.index}`);
  for (const m of md.matchAll(unescaped('\\]\\(([^)\\s]*)'))) if (!httpUrl(m[1])) found.push(`link to ${m[1]}`);
  return found;
}

/** What a browser makes of the file opened as HTML: every element it would create. */
export function htmlElements(md: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${md}</body></html>`);
  return [...document.body.querySelectorAll('*')].map((e) => e.tagName);
}
