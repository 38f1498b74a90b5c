import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotesDb } from '../../lib/notes/db';
import Dexie from 'dexie';
import { createNote, deleteNote, notesForUrl, updateNote, saveNote, restoreNote, normalizeTags, allTags, notesForEntity, notesForTag, isQuotaError, CONFLICT_TAG } from '../../lib/notes/store';
import { buildSearchIndex } from '../../lib/notes/search';
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
    const note = await createNote(db, { url: 'https://example.com/a', pageTitle: 't', quote: null, entityIds: [] }, 1000);
    const updated = await updateNote(db, note.id, { body: '笔记内容' }, 1000);
    expect(updated?.body).toBe('笔记内容');
    expect(updated!.updatedAt).toBeGreaterThan(note.updatedAt);
    expect(await deleteNote(db, note.id)).toMatchObject({ id: note.id });
    expect(await updateNote(db, note.id, { body: 'late edit' })).toBeNull();
    expect(await db.notes.count()).toBe(0);
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
    expect(upgraded.verno).toBe(2);
    expect(notes).toHaveLength(50);
    notes.forEach((note, i) => expect(note).toEqual({ ...v1Notes[i], rev: 1 }));
    await upgraded.delete();
  });
});

describe('saving edits', () => {
  const draft = { url: 'https://example.com/a', pageTitle: 't', quote: null, entityIds: [] };

  it('saves on top of the current revision', async () => {
    const note = await createNote(db, draft, 1000);
    const result = await saveNote(db, note.id, { body: '一', tags: ['AI'] }, note.rev, 2000);
    expect(result.status).toBe('saved');
    expect((await db.notes.get(note.id))).toMatchObject({ body: '一', tags: ['AI'], rev: 2, updatedAt: 2000 });
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
  });

  it('lists notes by entity and tag, and counts tags', async () => {
    await createNote(db, { url: 'https://a.com/1', pageTitle: '', quote: null, entityIds: ['doubao'], tags: ['AI', '价格'] });
    await createNote(db, { url: 'https://a.com/2', pageTitle: '', quote: null, entityIds: ['sora'], tags: ['AI'] });
    expect((await notesForEntity(db, 'doubao')).map((n) => n.url)).toEqual(['https://a.com/1']);
    expect(await notesForTag(db, 'AI')).toHaveLength(2);
    expect(await allTags(db)).toEqual([{ tag: 'AI', count: 2 }, { tag: '价格', count: 1 }]);
  });
});

describe('search', () => {
  // A stand-in for the extension's fold table: a few Traditional characters and lower case.
  const table: Record<string, string> = { 節: '节', 動: '动', 價: '价', 格: '格', 豐: '丰' };
  const fold = (s: string) => [...s.toLowerCase()].map((c) => table[c] ?? c).join('');
  const note = (id: string, fields: Partial<Note>): Note => ({ id, url: `https://x.com/${id}`, pageTitle: '', quote: null, entityIds: [], body: '', tags: [], createdAt: 0, updatedAt: 0, rev: 1, ...fields });
  const notes = [
    note('body', { body: '字節跳動的豆包降價', updatedAt: 3 }),
    note('quote', { quote: { exact: '字节跳动发布了豆包大模型', prefix: '', suffix: '' }, updatedAt: 2 }),
    note('title', { pageTitle: 'OpenAI 发布 Sora', tags: ['Video'], updatedAt: 1 }),
  ];
  const index = buildSearchIndex(notes, fold);

  it('ignores script: 字节 finds 字節 and 字节', () => {
    expect(index.search('字节').map((n) => n.id).sort()).toEqual(['body', 'quote']);
    expect(index.search('字節跳動').map((n) => n.id).sort()).toEqual(['body', 'quote']);
  });

  it('needs every term, searches titles and tags, ignores case', () => {
    expect(index.search('字节 降价').map((n) => n.id)).toEqual(['body']);
    expect(index.search('sora').map((n) => n.id)).toEqual(['title']);
    expect(index.search('video').map((n) => n.id)).toEqual(['title']);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('不存在')).toEqual([]);
  });
});
