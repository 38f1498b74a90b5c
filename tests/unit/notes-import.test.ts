import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotesDb, type Note } from '../../lib/notes/db';
import { createNote } from '../../lib/notes/store';
import { exportJson, exportMarkdown, importNotes, parseImport, MAX_IMPORT_BYTES } from '../../lib/notes/exchange';

let db: NotesDb;
let n = 0;
beforeEach(() => {
  db = new NotesDb(`import-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

async function seed(): Promise<Note[]> {
  const a = await createNote(
    db,
    {
      url: 'https://36kr.com/p/1?utm_source=x',
      pageTitle: '豆包降价',
      quote: {
        exact: '豆包主力模型价格为0.0008元',
        prefix: '字节跳动宣布，',
        suffix: '。',
        position: { start: 10, end: 25 },
      },
      entityIds: ['doubao'],
      body: '**便宜** <script>alert(1)</script>',
      tags: ['价格', 'AI'],
    },
    1000,
  );
  const b = await createNote(
    db,
    {
      url: 'https://www.ithome.com.tw/news/2',
      pageTitle: 'Sora 登場',
      quote: null,
      entityIds: ['sora', 'openai'],
      body: '影片生成',
    },
    2000,
  );
  return [a, b];
}

const snapshot = async (target: NotesDb) => (await target.notes.toArray()).sort((x, y) => x.id.localeCompare(y.id));

describe('export and import', () => {
  it('round-trips every note into a fresh database', async () => {
    const notes = await seed();
    const parsed = parseImport(exportJson(notes));
    expect(parsed.ok).toBe(true);
    expect(JSON.parse(exportJson(notes))).toMatchObject({
      format: 'techlens-notes',
      version: 2,
      exportedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const fresh = new NotesDb(`import-fresh-${n++}`);
    expect(await importNotes(fresh, parsed.ok ? parsed.notes : [])).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await snapshot(fresh)).toEqual(await snapshot(db));
    await fresh.delete();
  });

  it('merges by id: newer versions replace, older or equal ones are left alone', async () => {
    const [a, b] = await seed();
    const newer = { ...a!, body: '更新后', updatedAt: a!.updatedAt + 10 };
    const older = { ...b!, body: '旧的', updatedAt: b!.updatedAt - 10 };
    const added = { ...a!, id: 'brand-new' };
    expect(await importNotes(db, [newer, older, added])).toEqual({ added: 1, updated: 1, unchanged: 1 });
    expect((await db.notes.get(a!.id))!.body).toBe('更新后');
    expect((await db.notes.get(b!.id))!.body).toBe('影片生成');
  });

  it('accepts a version-1 file (no save counter)', () => {
    const v1 = {
      format: 'techlens-notes',
      version: 1,
      notes: [
        {
          id: 'x',
          url: 'https://a.com/',
          pageTitle: '',
          quote: null,
          entityIds: [],
          body: 'b',
          tags: [],
          createdAt: 1,
          updatedAt: 2,
        },
      ],
    };
    const parsed = parseImport(JSON.stringify(v1));
    expect(parsed.ok && parsed.notes[0]!.rev).toBe(1);
  });

  it('rejects bad files with a clear message and writes nothing', async () => {
    const notes = await seed();
    const good = JSON.parse(exportJson(notes));
    const before = await snapshot(db);
    const cases: Array<[string, RegExp]> = [
      ['{ not json', /not valid JSON/],
      [exportJson(notes).slice(0, exportJson(notes).length / 2), /not valid JSON \(truncated\?\)/],
      ['', /not valid JSON/],
      ['[]', /not a Tech Lens notes export/],
      [JSON.stringify({ hello: 'world' }), /not a Tech Lens notes export/],
      [JSON.stringify({ ...good, format: 'other-notes' }), /not a Tech Lens notes export/],
      [JSON.stringify({ ...good, version: 99 }), /made by a newer version/],
      [JSON.stringify({ ...good, version: 0 }), /unknown format version 0/],
      [JSON.stringify({ ...good, version: '2' }), /invalid file: version/],
      [JSON.stringify({ ...good, notes: undefined }), /invalid file: notes: is missing/],
      [
        JSON.stringify({ ...good, notes: [{ ...good.notes[0], createdAt: undefined }] }),
        /note 1: createdAt: is missing/,
      ],
      [JSON.stringify({ ...good, notes: [{ ...good.notes[0], rev: undefined }] }), /note 1: rev: is missing/],
      [
        JSON.stringify({ ...good, notes: [{ ...good.notes[0], entityIds: ['doubao', ''] }] }),
        /note 1: entityIds.1: is empty/,
      ],
      [
        JSON.stringify({ ...good, notes: [{ ...good.notes[0], quote: { exact: 7, prefix: '', suffix: '' } }] }),
        /note 1: quote.exact/,
      ],
      [
        JSON.stringify({ ...good, notes: [{ ...good.notes[0], url: 'https://a.com/' + 'x'.repeat(4096) }] }),
        /note 1: url: is longer than 4096/,
      ],
      [
        JSON.stringify({ ...good, notes: [{ ...good.notes[0], tags: Array.from({ length: 33 }, (_, i) => `t${i}`) }] }),
        /note 1: tags: has more than 32 tags/,
      ],
      [
        JSON.stringify({ ...good, notes: [{ ...good.notes[0], id: 'x'.repeat(101) }] }),
        /note 1: id: is longer than 100/,
      ],
      [JSON.stringify({ ...good, notes: [{ ...good.notes[0], body: 42 }] }), /note 1: body/],
      [JSON.stringify({ ...good, notes: [good.notes[0], { ...good.notes[1], tags: 'AI' }] }), /note 2: tags/],
      [JSON.stringify({ ...good, notes: [good.notes[0], good.notes[0]] }), /appears twice/],
      [
        JSON.stringify({ ...good, notes: [{ ...good.notes[0], body: 'x'.repeat(200_001) }] }),
        /note 1: body: is longer than 200000 characters/,
      ],
      [JSON.stringify({ ...good, notes: [{ ...good.notes[0], id: '' }] }), /note 1: id/],
    ];
    for (const [source, message] of cases) {
      const parsed = parseImport(source);
      expect(parsed.ok, source.slice(0, 60)).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(message);
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a file over 50 MB before parsing it, counting UTF-8 bytes', () => {
    const parse = vi.spyOn(JSON, 'parse');
    expect(parseImport(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({
      ok: false,
      error: expect.stringMatching(/larger than 50 MB/),
      problem: { code: 'tooLarge' },
    });
    // 20 million Chinese characters are 60 MB on disk.
    expect(parseImport('中'.repeat(20_000_000))).toEqual({
      ok: false,
      error: expect.stringMatching(/larger than 50 MB/),
      problem: { code: 'tooLarge' },
    });
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('changes nothing when a write inside the import fails', async () => {
    await seed();
    const before = await snapshot(db);
    const newer: Note = { ...before[0]!, body: '应被回滚', updatedAt: before[0]!.updatedAt + 100 };
    const good: Note = { ...before[0]!, id: 'new-1', updatedAt: 5 };
    // A function cannot be stored in IndexedDB: the bulk write fails part way.
    const bad = { ...before[1]!, id: 'new-2', body: (() => 'x') as unknown as string };
    await expect(importNotes(db, [newer, good, bad])).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('changes nothing when the write is rejected after the merge was read', async () => {
    const [a] = await seed();
    const before = await snapshot(db);
    const bulkPut = vi.spyOn(db.notes, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(
      importNotes(db, [
        { ...a!, body: '新', updatedAt: a!.updatedAt + 1 },
        { ...a!, id: 'new' },
      ]),
    ).rejects.toThrow('full');
    bulkPut.mockRestore();
    expect(await snapshot(db)).toEqual(before);
  });

  it('writes Markdown grouped by page, with quotes, links, tags, and HTML escaped', async () => {
    const notes = await seed();
    const md = exportMarkdown(notes, {
      entityName: (id) => ({ doubao: '豆包', sora: 'Sora', openai: 'OpenAI' })[id] ?? id,
    });
    expect(md).toContain('## [豆包降价](https://36kr.com/p/1)');
    expect(md).toContain('> 豆包主力模型价格为0.0008元');
    expect(md).toContain('#价格 #AI');
    expect(md).toContain('Sora、OpenAI');
    // HTML in a body is text (issue 16: it used to pass through raw).
    expect(md).toContain('**便宜** &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).not.toContain('<script');
    expect(md.indexOf('Sora 登場')).toBeLessThan(md.indexOf('豆包降价'));
  });

  it('dates notes, keeps multi-line quotes quoted, and keeps awkward titles and addresses inside the link', () => {
    const noon = (d: string) => new Date(`${d}T12:00:00`).getTime();
    const base: Note = {
      id: 'a',
      url: 'https://en.wikipedia.org/wiki/Sora_(model)',
      pageTitle: 'Sora [AI]\nmodel',
      quote: { exact: '第一行\n第二行', prefix: '', suffix: '' },
      entityIds: [],
      body: '',
      tags: [],
      createdAt: noon('2024-02-15'),
      updatedAt: noon('2024-02-15'),
      rev: 1,
    };
    const md = exportMarkdown([
      base,
      { ...base, id: 'b', url: 'https://a.com/x)y', quote: null, body: 'b', updatedAt: noon('2024-03-01') },
    ]);
    expect(md).toContain('## [Sora \\[AI\\] model](https://en.wikipedia.org/wiki/Sora_(model))');
    // An unbalanced parenthesis is percent-encoded (a `(<url>)` destination reads as a tag in HTML).
    expect(md).toContain('## [Sora \\[AI\\] model](https://a.com/x%29y)');
    expect(md).toContain('> 第一行\n> 第二行');
    expect(md).toContain('*2024-02-15*');
    expect(md).toContain('*2024-02-15 (edited 2024-03-01)*');
  });
});
