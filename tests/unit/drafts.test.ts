import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotesDb } from '../../lib/notes/db';
import { clearDraft, recoverDrafts, writeDraft } from '../../lib/notes/drafts';
import { memoryStorage } from './memory-storage';
import { CONFLICT_TAG, createNote, saveNote } from '../../lib/notes/store';

let db: NotesDb;
let n = 0;
beforeEach(() => {
  db = new NotesDb(`drafts-${n++}`);
});
afterEach(() => db.delete());

describe('drafts of unsaved text', () => {
  it('saves the text a killed panel had not saved, then forgets the draft', async () => {
    const note = await createNote(db, { url: 'https://a.cn/', pageTitle: 't', quote: null, entityIds: [] });
    const storage = memoryStorage();
    writeDraft(storage, { noteId: note.id, body: '写到一半的句子', tagsText: '模型, 跟进', baseRev: note.rev });
    expect(await recoverDrafts(db, storage)).toBe(1);
    expect(await db.notes.get(note.id)).toMatchObject({ body: '写到一半的句子', tags: ['模型', '跟进'], rev: 2 });
    expect(storage.map.size).toBe(0);
  });

  it('keeps both texts when the note changed elsewhere after the draft was typed', async () => {
    const note = await createNote(db, { url: 'https://a.cn/', pageTitle: 't', quote: null, entityIds: [] });
    const storage = memoryStorage();
    writeDraft(storage, { noteId: note.id, body: '本面板的文字', tagsText: '', baseRev: note.rev });
    await saveNote(db, note.id, { body: '另一面板的文字' }, note.rev);
    await recoverDrafts(db, storage);
    const all = await db.notes.toArray();
    expect(all.map((x) => x.body).sort()).toEqual(['另一面板的文字', '本面板的文字'].sort());
    expect(all.find((x) => x.body === '另一面板的文字')!.tags).toContain(CONFLICT_TAG);
  });

  it('drops a draft that was already saved, damaged, or for a deleted note, and leaves other keys alone', async () => {
    const note = await createNote(db, {
      url: 'https://a.cn/',
      pageTitle: 't',
      quote: null,
      entityIds: [],
      body: '已保存',
    });
    const storage = memoryStorage();
    writeDraft(storage, { noteId: note.id, body: '已保存', tagsText: '', baseRev: note.rev });
    writeDraft(storage, { noteId: 'gone', body: 'x', tagsText: '', baseRev: 1 });
    storage.setItem('techlens-draft:broken', '{"body": 5');
    storage.setItem('other-key', 'kept');
    expect(await recoverDrafts(db, storage)).toBe(0);
    expect((await db.notes.get(note.id))!.rev).toBe(1);
    expect([...storage.map.keys()]).toEqual(['other-key']);
    clearDraft(storage, 'never-written');
  });
});
