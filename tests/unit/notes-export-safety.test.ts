// Issue 16 items 3 and 4: payload notes exported as Markdown, checked as a Markdown viewer and
// as a browser would read the file (no renderer is installed here, so the Markdown side checks
// the constructs a renderer acts on: raw HTML, autolinks, images, links, reference definitions,
// code fences). And page addresses other than http(s) refused on import and on creation.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NotesDb } from '../../lib/notes/db';
import { exportJson, exportMarkdown, parseImport } from '../../lib/notes/exchange';
import { NotWebPageError, createNote } from '../../lib/notes/store';
import { noteRecord as note } from '../fixtures/note-record';
import { dangerousMarkdown, htmlElements, markdownPayloadText } from './markdown-safety';
import type { Note } from '../../lib/notes/db';

const PAYLOAD_BODY = [
  '<img src=x onerror=alert(1)> [点我](javascript:alert(1)) [data](data:text/html,<b>x</b>)',
  '![追踪](https://tracker.example/pixel.png) <https://autolink.example> <javascript:alert(2)>',
  '[ref]: javascript:alert(3)',
  '[ref]',
  '```dataviewjs',
  'dv.el("b", 1)',
  '```',
  '`$= dv.el("b", 2)` and `= this.file.name`',
  '    indented <b>code</b>',
  '1. not a list &lt;script&gt;',
  '<iframe src="https://evil.example"></iframe><svg onload=alert(4)>',
  '**重点** *强调* `0.0008` [原文](https://36kr.com/p/1)',
].join('\n');

const payloadNotes = (): Note[] => [
  note({
    body: PAYLOAD_BODY,
    quote: {
      exact: '<script>alert(5)</script>\n<style>*{}</style>![q](https://t.example/q.png)',
      prefix: '',
      suffix: '',
    },
    pageTitle: '<img src=x onerror=alert(6)>](javascript:alert(7)) <https://t.example/',
    tags: ['<b>', 'AI'],
  }),
  // Stored by a version that did not check addresses.
  note({ id: 'n2', url: 'javascript:alert(8)//https://x', pageTitle: 'old', body: 'b' }),
  note({ id: 'n3', url: 'https://a.com/onclick=alert(9)/x)y', pageTitle: 'paren', body: 'c' }),
];

describe('Markdown export of payload notes', () => {
  it('runs and loads nothing, as Markdown or as HTML, and keeps the reader’s own formatting and web links', () => {
    const md = exportMarkdown(payloadNotes());
    expect(dangerousMarkdown(md)).toEqual([]);
    expect(htmlElements(md)).toEqual([]);
    // The reader's light Markdown and http(s) links survive.
    expect(md).toContain('**重点** *强调* `0.0008` [原文](https://36kr.com/p/1)');
    expect(md).toContain(
      '## [&lt;img src=x onerror=alert(6)&gt;\\](javascript:alert(7)) &lt;https://t.example/](https://36kr.com/p/1)',
    );
    // The payload is there to read, as text.
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).toContain('> &lt;script&gt;alert(5)&lt;/script&gt;');
    // A page that is not a web page gets a heading without a link.
    expect(md).toMatch(/^## old$/m);
    expect(md).toContain('## [paren](https://a.com/onclick=alert%289%29/x%29y)');
  });

  it('holds for any text in bodies, quotes, titles and tags (property)', () => {
    const text = markdownPayloadText;
    fc.assert(
      fc.property(text, text, text, text, (body, quote, title, tag) => {
        const md = exportMarkdown([
          note({ body, quote: { exact: quote, prefix: '', suffix: '' }, pageTitle: title, tags: tag ? [tag] : [] }),
        ]);
        expect(dangerousMarkdown(md)).toEqual([]);
        expect(htmlElements(md)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('page addresses', () => {
  it('refuses an import whose note has a javascript:, data: or file: page address, changing nothing', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      'file:///etc/passwd',
      'chrome-extension://abc/x.html',
      'not a url',
    ]) {
      const parsed = parseImport(exportJson([note({ url })]));
      expect(parsed.ok, url).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/note 1: url: is not a web address/);
    }
    expect(parseImport(exportJson([note({ url: 'http://a.cn/x' })])).ok).toBe(true);
  });

  it('refuses to create a note for a page that is not a web page', async () => {
    const db = new NotesDb('export-safety');
    await expect(
      createNote(db, { url: 'javascript:alert(1)', pageTitle: '', quote: null, entityIds: [] }),
    ).rejects.toBeInstanceOf(NotWebPageError);
    expect(await db.notes.count()).toBe(0);
    await db.delete();
  });
});
