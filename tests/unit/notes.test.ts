import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotesDb, NOTES_SCHEMA_VERSION } from '../../lib/notes/db';
import Dexie from 'dexie';
import {
  createNote,
  readNotes,
  deleteNote,
  notesForUrl,
  updateNote,
  saveNote,
  restoreNote,
  normalizeTags,
  allNotes,
  allTags,
  notesForEntity,
  notesForTag,
  isQuotaError,
  CONFLICT_TAG,
} from '../../lib/notes/store';
import { buildSearchIndex, searchNotes } from '../../lib/notes/search';
import type { Note } from '../../lib/notes/db';
import { normalizeUrl } from '../../lib/notes/url';

let db: NotesDb;
let n = 0;

beforeEach(() => {
  db = new NotesDb(`test-${n++}`);
});

afterEach(async () => {
  await db.delete();
});

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest', () => {
    expect(normalizeUrl('https://36kr.com/p/123?utm_source=x&b=2&a=1#comments')).toBe('https://36kr.com/p/123?a=1&b=2');
    expect(normalizeUrl('not a url ')).toBe('not a url');
  });
});

describe('note store', () => {
  it('creates a note keyed by the normalized page address, with its quote and entities', async () => {
    const note = await createNote(db, {
      url: 'https://example.com/a?utm_medium=feed#x',
      pageTitle: '示例',
      quote: { exact: '字节跳动推出了豆包', prefix: '本周，', suffix: '。' },
      entityIds: ['bytedance', 'doubao', 'bytedance'],
    });
    expect(note.url).toBe('https://example.com/a');
    expect(note.entityIds).toEqual(['bytedance', 'doubao']);
    expect(await notesForUrl(db, 'https://example.com/a#other')).toEqual([note]);
    expect(await db.notes.where('entityIds').equals('doubao').count()).toBe(1);
  });

  it('updates the body and moves updatedAt forward; a deleted note is not recreated', async () => {
    const note = await createNote(
      db,
      { url: 'https://example.com/a', pageTitle: 't', quote: null, entityIds: [] },
      1000,
    );
    const updated = await updateNote(db, note.id, { body: '笔记内容' }, 1000);
    expect(updated?.body).toBe('笔记内容');
    expect(updated!.updatedAt).toBeGreaterThan(note.updatedAt);
    expect(await deleteNote(db, note.id)).toMatchObject({ id: note.id });
    expect(await updateNote(db, note.id, { body: 'late edit' })).toBeNull();
    expect(await db.notes.count()).toBe(0);
  });

  it('creates one note when two views act on the same request id at once', async () => {
    const draft = {
      id: 'request-7-1700000000000',
      url: 'https://example.com/a',
      pageTitle: 't',
      quote: null,
      entityIds: ['doubao'],
    };
    const [first, second] = await Promise.all([
      createNote(db, draft, 1000),
      createNote(db, { ...draft, body: 'other' }, 2000),
    ]);
    expect(second).toEqual(first);
    expect(await db.notes.count()).toBe(1);
  });
});

describe('schema upgrade', () => {
  it('opens a filled version-1 database as version 2 and keeps every note, field for field', async () => {
    const name = `upgrade-${n++}`;
    const old = new Dexie(name);
    old.version(1).stores({ notes: 'id, url, *entityIds, *tags, updatedAt' });
    const v1Notes = Array.from({ length: 50 }, (_, i) => ({
      id: `note-${i}`,
      url: `https://36kr.com/p/${i % 7}`,
      pageTitle: `第 ${i} 篇 <b>标题</b>`,
      quote: i % 3 ? { exact: `字节跳动发布了第 ${i} 个模型`, prefix: '本周，', suffix: '。' } : null,
      entityIds: i % 2 ? ['bytedance', 'doubao'] : [],
      body: `笔记 ${i}\n- 要点`,
      tags: i % 4 ? ['AI', `t${i % 5}`] : [],
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_100_000 + i,
    }));
    await old.table('notes').bulkAdd(v1Notes);
    old.close();

    const upgraded = new NotesDb(name);
    const notes = await upgraded.notes.orderBy('createdAt').toArray();
    expect(upgraded.verno).toBe(NOTES_SCHEMA_VERSION);
    expect(notes).toHaveLength(50);
    notes.forEach((note, i) => expect(note).toEqual({ ...v1Notes[i], rev: 1 }));
    // The old indexes still answer, and an upgraded note saves like a new one.
    expect(await upgraded.notes.where('tags').equals('AI').count()).toBe(
      v1Notes.filter((x) => x.tags.includes('AI')).length,
    );
    expect(await saveNote(upgraded, 'note-0', { body: '新' }, 1, 1_800_000_000_000)).toMatchObject({
      status: 'saved',
      note: { rev: 2 },
    });
    await upgraded.delete();
  });

  it('reports an upgrade blocked by a page holding the old version open, then completes it when that page closes', async () => {
    const name = `blocked-${n++}`;
    const old = new Dexie(name);
    old.version(1).stores({ notes: 'id, url, *entityIds, *tags, updatedAt' });
    await old.table('notes').add({
      id: 'kept',
      url: 'https://a.cn/',
      pageTitle: '',
      quote: null,
      entityIds: [],
      body: '旧笔记',
      tags: [],
      createdAt: 1,
      updatedAt: 1,
    });
    // An old page that ignores the request to let go of the database.
    old.on('versionchange', () => false);

    const upgraded = new NotesDb(name);
    const blocked = new Promise<void>((resolve) => upgraded.on('blocked', () => resolve()));
    const opened = upgraded.open();
    await blocked;
    old.close();
    await opened;
    expect(await upgraded.notes.get('kept')).toMatchObject({ body: '旧笔记', rev: 1 });
    await upgraded.delete();
  });
});

describe('damaged records', () => {
  it('leaves out records that are not notes, counts them, and keeps them and every other note', async () => {
    const good = await createNote(
      db,
      { url: 'https://example.com/a', pageTitle: 't', quote: null, entityIds: ['doubao'], tags: ['AI'] },
      1000,
    );
    const damaged = [
      {
        id: 'no-body',
        url: 'https://example.com/a',
        pageTitle: 't',
        quote: null,
        entityIds: [],
        tags: [],
        createdAt: 1,
        updatedAt: 2,
        rev: 1,
      },
      {
        id: 'tags-not-list',
        url: 'https://example.com/a',
        pageTitle: 't',
        quote: null,
        entityIds: ['doubao'],
        body: 'x',
        tags: 'AI',
        createdAt: 1,
        updatedAt: 3,
        rev: 1,
      },
      {
        id: 'quote-garbled',
        url: 'https://example.com/a',
        pageTitle: 't',
        quote: '\u0000',
        entityIds: [],
        body: 'x',
        tags: ['AI'],
        createdAt: 1,
        updatedAt: 4,
        rev: 1,
      },
    ];
    await db.notes.bulkPut(damaged as unknown as Note[]);
    expect(await readNotes(db)).toEqual({ notes: [good], damaged: 3 });
    expect(await allNotes(db)).toEqual([good]);
    expect(await notesForUrl(db, 'https://example.com/a')).toEqual([good]);
    expect(await notesForEntity(db, 'doubao')).toEqual([good]);
    expect(await notesForTag(db, 'AI')).toEqual([good]);
    expect(await allTags(db)).toEqual([{ tag: 'AI', count: 1 }]);
    expect(await db.notes.count()).toBe(4);
  });
});

describe('saving edits', () => {
  const draft = { url: 'https://example.com/a', pageTitle: 't', quote: null, entityIds: [] };

  it('saves on top of the current revision', async () => {
    const note = await createNote(db, draft, 1000);
    const result = await saveNote(db, note.id, { body: '一', tags: ['AI'] }, note.rev, 2000);
    expect(result.status).toBe('saved');
    expect(await db.notes.get(note.id)).toMatchObject({ body: '一', tags: ['AI'], rev: 2, updatedAt: 2000 });
  });

  it('keeps both sides when two panels edit the same note', async () => {
    const note = await createNote(db, draft, 1000);
    // Panel A saves first; panel B, still based on rev 1, saves different text.
    await saveNote(db, note.id, { body: 'A 的版本' }, 1, 2000);
    const result = await saveNote(db, note.id, { body: 'B 的版本' }, 1, 3000);
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    expect((await db.notes.get(note.id))!.body).toBe('B 的版本');
    const copy = (await db.notes.get(result.copy.id))!;
    expect(copy).toMatchObject({ body: 'A 的版本', conflictOf: note.id, url: note.url });
    expect(copy.tags).toContain(CONFLICT_TAG);
    expect(await db.notes.count()).toBe(2);
  });

  it('is not a conflict when the other save wrote the same text', async () => {
    const note = await createNote(db, draft, 1000);
    await saveNote(db, note.id, { body: '同样' }, 1, 2000);
    expect((await saveNote(db, note.id, { body: '同样' }, 1, 3000)).status).toBe('saved');
    expect(await db.notes.count()).toBe(1);
  });

  it('reports a note deleted meanwhile instead of recreating it, and undo restores it exactly', async () => {
    const note = await createNote(db, { ...draft, body: '原文', tags: ['x'] }, 1000);
    const removed = (await deleteNote(db, note.id))!;
    expect((await saveNote(db, note.id, { body: 'late' }, 1)).status).toBe('deleted');
    await restoreNote(db, removed);
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('on a conflict over tags, keeps their tags on the copy and everything else of the page', async () => {
    const quote = { exact: '豆包降价', prefix: '', suffix: '', position: { start: 3, end: 7 } };
    const note = await createNote(
      db,
      { url: 'https://example.com/b', pageTitle: '标题', quote, entityIds: ['doubao'], body: '同一段', tags: ['AI'] },
      1000,
    );
    await saveNote(db, note.id, { tags: ['AI', '价格'] }, 1, 2000);
    const result = await saveNote(db, note.id, { tags: ['融资', '融资'] }, 1, 3000);
    expect(result.status).toBe('conflict');
    if (result.status !== 'conflict') return;
    expect(await db.notes.get(note.id)).toMatchObject({ tags: ['融资'], body: '同一段', rev: 3 });
    expect(await db.notes.get(result.copy.id)).toMatchObject({
      tags: ['AI', '价格', CONFLICT_TAG],
      body: '同一段',
      pageTitle: '标题',
      quote,
      entityIds: ['doubao'],
      conflictOf: note.id,
      rev: 1,
    });
    expect(result.copy.id).not.toBe(note.id);
  });

  it('is not a conflict when a stale save changes neither body nor tags', async () => {
    const note = await createNote(db, draft, 1000);
    await saveNote(db, note.id, { body: 'A' }, 1, 2000);
    const result = await saveNote(db, note.id, { entityIds: ['sora'] }, 1, 3000);
    expect(result).toMatchObject({ status: 'saved', note: { body: 'A', entityIds: ['sora'], rev: 3 } });
  });

  it('lets a full disk reach the caller instead of swallowing it', async () => {
    const note = await createNote(db, draft, 1000);
    const put = vi.spyOn(db.notes, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const failure = await saveNote(db, note.id, { body: 'x' }, 1).catch((e: unknown) => e);
    expect(isQuotaError(failure)).toBe(true);
    put.mockRestore();
    expect(await db.notes.get(note.id)).toEqual(note);
  });

  it('recognizes a full disk however it is wrapped', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});

describe('tags and views', () => {
  it('splits tags on commas, 、, # and spaces, without duplicates', () => {
    expect(normalizeTags('AI, 大模型 #融资、字节，AI')).toEqual(['AI', '大模型', '融资', '字节']);
    expect(normalizeTags('  ')).toEqual([]);
    expect(normalizeTags(Array.from({ length: 50 }, (_, i) => `t${i}`).join(','))).toHaveLength(32);
    expect(normalizeTags(`${'长'.repeat(60)};短`)).toEqual(['长'.repeat(40), '短']);
  });

  it("lists every note and a page's notes most recently updated first", async () => {
    const old = await createNote(
      db,
      { url: 'https://a.com/1', pageTitle: '', quote: null, entityIds: ['doubao'] },
      1000,
    );
    const mid = await createNote(
      db,
      { url: 'https://a.com/2', pageTitle: '', quote: null, entityIds: ['doubao'] },
      2000,
    );
    const recent = await createNote(
      db,
      { url: 'https://a.com/1', pageTitle: '', quote: null, entityIds: ['doubao'] },
      3000,
    );
    expect((await allNotes(db)).map((x) => x.id)).toEqual([recent.id, mid.id, old.id]);
    expect((await notesForUrl(db, 'https://a.com/1')).map((x) => x.id)).toEqual([recent.id, old.id]);
    expect((await notesForEntity(db, 'doubao')).map((x) => x.id)).toEqual([recent.id, mid.id, old.id]);
    await saveNote(db, old.id, { body: 'edited' }, 1, 4000);
    expect((await allNotes(db))[0]!.id).toBe(old.id);
  });

  it('lists notes by entity and tag, and counts tags', async () => {
    await createNote(db, {
      url: 'https://a.com/1',
      pageTitle: '',
      quote: null,
      entityIds: ['doubao'],
      tags: ['AI', '价格'],
    });
    await createNote(db, { url: 'https://a.com/2', pageTitle: '', quote: null, entityIds: ['sora'], tags: ['AI'] });
    expect((await notesForEntity(db, 'doubao')).map((n) => n.url)).toEqual(['https://a.com/1']);
    expect(await notesForTag(db, 'AI')).toHaveLength(2);
    expect(await allTags(db)).toEqual([
      { tag: 'AI', count: 2 },
      { tag: '价格', count: 1 },
    ]);
  });

  it('counts a tag once per note, ties in name order', async () => {
    const note = await createNote(db, {
      url: 'https://a.com/1',
      pageTitle: '',
      quote: null,
      entityIds: [],
      tags: ['b'],
    });
    await saveNote(db, note.id, { tags: ['b', 'a', 'b'] }, note.rev);
    expect(await allTags(db)).toEqual([
      { tag: 'a', count: 1 },
      { tag: 'b', count: 1 },
    ]);
    expect(await notesForTag(db, 'b')).toHaveLength(1);
  });
});

describe('search', () => {
  // A stand-in for the extension's fold table: a few Traditional characters and lower case.
  const table: Record<string, string> = { 節: '节', 動: '动', 價: '价', 格: '格', 豐: '丰' };
  const fold = (s: string) => [...s.toLowerCase()].map((c) => table[c] ?? c).join('');
  const note = (id: string, fields: Partial<Note>): Note => ({
    id,
    url: `https://x.com/${id}`,
    pageTitle: '',
    quote: null,
    entityIds: [],
    body: '',
    tags: [],
    createdAt: 0,
    updatedAt: 0,
    rev: 1,
    ...fields,
  });
  const notes = [
    note('body', { body: '字節跳動的豆包降價', updatedAt: 3 }),
    note('quote', { quote: { exact: '字节跳动发布了豆包大模型', prefix: '', suffix: '' }, updatedAt: 2 }),
    note('title', { pageTitle: 'OpenAI 发布 Sora', tags: ['Video'], updatedAt: 1 }),
  ];
  const index = buildSearchIndex(notes, fold);

  it('ignores script: 字节 finds 字節 and 字节', () => {
    expect(
      index
        .search('字节')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['body', 'quote']);
    expect(
      index
        .search('字節跳動')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['body', 'quote']);
  });

  it('needs every term, searches titles and tags, ignores case', () => {
    expect(index.search('字节 降价').map((n) => n.id)).toEqual(['body']);
    expect(index.search('sora').map((n) => n.id)).toEqual(['title']);
    expect(index.search('video').map((n) => n.id)).toEqual(['title']);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('不存在')).toEqual([]);
  });

  it('ranks notes matching in more fields first, then newer ones', () => {
    const ranked = [
      note('old-body', { body: '豆包', updatedAt: 1 }),
      note('new-body', { body: '豆包', updatedAt: 9 }),
      note('body-and-title', { body: '豆包', pageTitle: '豆包降价', updatedAt: 0 }),
    ];
    expect(searchNotes(ranked, '豆包', fold).map((n) => n.id)).toEqual(['body-and-title', 'new-body', 'old-body']);
    expect(searchNotes(ranked, 'x.com/old', fold).map((n) => n.id)).toEqual(['old-body']);
  });

  it('folds each note once, so a keystroke over 5,000 notes folds only the query (speed: npm run bench)', () => {
    let folds = 0;
    const counting = (s: string) => (folds++, fold(s));
    const many = Array.from({ length: 5000 }, (_, i) =>
      note(`n${i}`, {
        body: `第 ${i} 条：字節跳動 ${'文'.repeat(200)}`,
        pageTitle: `標題 ${i}`,
        tags: ['AI', `t${i % 50}`],
        updatedAt: i,
      }),
    );
    const big = buildSearchIndex(many, counting);
    big.search('字');
    const foldsToBuild = folds;
    for (const query of ['字节', '字节跳', '字节跳动', '字节跳动 t7', '第 4999']) big.search(query);
    expect(folds - foldsToBuild).toBe(5);
    expect(big.search('字节跳动 t7')).toHaveLength(100);
    expect(big.search('字节跳动 t7')[0]!.id).toBe('n4957');
  });

  it('folds nothing until the first search, and after a change refolds only the changed note', () => {
    let folds = 0;
    const counting = (s: string) => (folds++, fold(s));
    const first = buildSearchIndex(notes, counting);
    expect(folds).toBe(0);
    expect(
      first
        .search('字节')
        .map((n) => n.id)
        .sort(),
    ).toEqual(['body', 'quote']);
    const perNote = (folds - 1) / notes.length;
    // A save: the first note's body changes, the others come back as new but equal objects.
    const saved = [{ ...notes[0]!, body: '今年豐收', rev: 2 }, ...notes.slice(1).map((n) => ({ ...n }))];
    const second = buildSearchIndex(saved, counting, first);
    folds = 0;
    expect(second.search('丰收').map((n) => n.id)).toEqual(['body']);
    expect(second.search('字节').map((n) => n.id)).toEqual(['quote']);
    expect(folds).toBe(perNote + 2);
    // An index never searched passes on what it inherited.
    const third = buildSearchIndex(
      saved.map((n) => ({ ...n })),
      counting,
      second,
    );
    const fourth = buildSearchIndex(
      saved.map((n) => ({ ...n })),
      counting,
      third,
    );
    folds = 0;
    expect(fourth.search('今年').map((n) => n.id)).toEqual(['body']);
    expect(folds).toBe(1);
  });
});
