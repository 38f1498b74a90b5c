import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotesDb } from '../../lib/notes/db';
import { createNote, deleteNote, notesForUrl, updateNote } from '../../lib/notes/store';
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
