// The side panel's services, in Node: autosave with a maximum wait (issue 16 item 11), the note
// editor over IndexedDB, delete with undo, which notes a view shows, new notes from requests,
// and following the active tab (WXT's fake browser).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(async () => {
  const testing = await import('wxt/testing/fake-browser');
  (globalThis as { chrome?: unknown }).chrome = testing.fakeBrowser;
  return testing;
});

import { NotesDb, type Note } from '../../lib/notes/db';
import { createNote, saveNote } from '../../lib/notes/store';
import { Autosaver } from '../../lib/notes/autosave';
import { NoteEditor, type SaveOutcome } from '../../lib/notes/note-editor';
import { UndoDelete } from '../../lib/notes/undo-delete';
import { filterNotes, linkedEntityIds, tagCounts } from '../../lib/notes/filter';
import { buildSearchIndex } from '../../lib/notes/search';
import { newNoteFrom, requestNoteId } from '../../lib/panel/new-note';
import { followTab } from '../../lib/panel/follow-tab';
import { memoryStorage } from './memory-storage';

/** A clock the test moves by hand: timers fire only inside advance(), in order. */
function manualTimers() {
  let now = 0;
  let nextId = 1;
  const due = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout: (fn: () => void, ms: number) => {
      due.set(nextId, { at: now + ms, fn });
      return nextId++;
    },
    clearTimeout: (id: unknown) => void due.delete(id as number),
    now: () => now,
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const next = [...due].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!next) break;
        due.delete(next[0]);
        now = next[1].at;
        next[1].fn();
      }
      now = until;
    },
  };
}

let db: NotesDb;
let n = 0;
beforeEach(() => {
  db = new NotesDb(`panel-services-${n++}`);
});
afterEach(() => db.delete());

const blank = () => createNote(db, { url: 'https://36kr.com/p/1', pageTitle: 't', quote: null, entityIds: [] });

describe('autosave', () => {
  it('saves 400 ms after a pause, and during steady typing at least once a second', () => {
    const clock = manualTimers();
    const saver = new Autosaver(400, 1000, clock);
    const saves: number[] = [];
    const save = () => (saves.push(clock.now()), Promise.resolve());
    // A keystroke every 100 ms for 3 s: never a 400 ms pause.
    for (let t = 0; t < 3000; t += 100) {
      saver.edited('a', save);
      clock.advance(100);
    }
    expect(saves.length).toBeGreaterThanOrEqual(2);
    expect(saves[0]).toBeLessThanOrEqual(1000);
    for (let i = 1; i < saves.length; i++) expect(saves[i]! - saves[i - 1]!).toBeLessThanOrEqual(1100);
    // A last keystroke, then the reader stops: saved 400 ms later, not before.
    const before = saves.length;
    saver.edited('a', save);
    clock.advance(399);
    expect(saves.length).toBe(before);
    clock.advance(1);
    expect(saves.length).toBe(before + 1);
    expect(saver.isPending('a')).toBe(false);
  });

  it('flushes every pending save at once, and forgets a deleted note', async () => {
    const clock = manualTimers();
    const saver = new Autosaver(400, 1000, clock);
    const saved: string[] = [];
    saver.edited('a', () => (saved.push('a'), Promise.resolve()));
    saver.edited('b', () => (saved.push('b'), Promise.resolve()));
    saver.cancel('b');
    await saver.flushAll();
    expect(saved).toEqual(['a']);
    clock.advance(5000);
    expect(saved).toEqual(['a']);
  });
});

describe('note editor', () => {
  it('puts steady typing into IndexedDB within a second, before the reader pauses', async () => {
    const note = await blank();
    const clock = manualTimers();
    const drafts = memoryStorage();
    const outcomes: SaveOutcome[] = [];
    const editor = new NoteEditor(db, note.id, note, drafts, new Autosaver(400, 1000, clock), (o) => outcomes.push(o));
    const text = '字节跳动发布豆包大模型，价格比行业便宜百分之九十九，引发价格战。';
    for (let i = 1; i <= 15; i++) {
      editor.edit({ body: text.slice(0, i), tagsText: '' });
      clock.advance(100);
    }
    // Still typing (1.5 s, no pause): the first second is already stored.
    await vi.waitFor(async () => expect((await db.notes.get(note.id))!.body.length).toBeGreaterThanOrEqual(10));
    // The draft always holds the latest text.
    expect(JSON.parse(drafts.map.get(`techlens-draft:${note.id}`)!)).toMatchObject({ body: text.slice(0, 15) });
    clock.advance(400);
    await vi.waitFor(async () => expect((await db.notes.get(note.id))!.body).toBe(text.slice(0, 15)));
    await vi.waitFor(() => expect(drafts.map.size).toBe(0));
    expect(outcomes.every((o) => o.status === 'saved')).toBe(true);
  });

  it('takes a change from elsewhere unless the reader has unsaved text, and keeps both on a conflict', async () => {
    const note = await blank();
    const clock = manualTimers();
    const outcomes: SaveOutcome[] = [];
    const editor = new NoteEditor(db, note.id, note, memoryStorage(), new Autosaver(400, 1000, clock), (o) =>
      outcomes.push(o),
    );
    const other = await saveNote(db, note.id, { body: '另一个面板' }, note.rev);
    expect(editor.external(other.status === 'saved' ? other.note : note)).toEqual({ body: '另一个面板', tagsText: '' });
    editor.edit({ body: '我的', tagsText: '' });
    const third = await saveNote(db, note.id, { body: '第三个' }, (await db.notes.get(note.id))!.rev);
    expect(editor.external(third.status === 'saved' ? third.note : note)).toBeNull();
    await editor.save();
    expect(outcomes.at(-1)).toEqual({ status: 'conflict' });
    const bodies = (await db.notes.toArray()).map((x) => x.body).sort();
    expect(bodies).toEqual(['我的', '第三个']);
  });

  it('reports a failed save and keeps the text for the next one', async () => {
    const note = await blank();
    const outcomes: SaveOutcome[] = [];
    const editor = new NoteEditor(db, note.id, note, memoryStorage(), new Autosaver(), (o) => outcomes.push(o));
    editor.edit({ body: '保存失败也不丢', tagsText: '' });
    const put = vi.spyOn(db.notes, 'put').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await editor.save();
    expect(outcomes.at(-1)).toMatchObject({ status: 'failed', quota: true });
    put.mockRestore();
    await editor.save();
    expect((await db.notes.get(note.id))!.body).toBe('保存失败也不丢');
  });
});

describe('delete with undo', () => {
  it('deletes at once, puts the note back exactly, and lets the chance pass', async () => {
    const note = await blank();
    const offers: Array<Note | null> = [];
    const undo = new UndoDelete(db, (o) => offers.push(o), 30);
    await undo.remove(note.id);
    expect(await db.notes.get(note.id)).toBeUndefined();
    expect(offers.at(-1)).toEqual(note);
    await undo.undo();
    expect(await db.notes.get(note.id)).toEqual(note);
    expect(offers.at(-1)).toBeNull();
    await undo.remove(note.id);
    await vi.waitFor(() => expect(offers.at(-1)).toBeNull());
    await undo.undo();
    expect(await db.notes.get(note.id)).toBeUndefined();
    undo.dispose();
  });
});

describe('which notes a view shows', () => {
  const make = (id: string, fields: Partial<Note>): Note => ({
    id,
    url: 'https://a.com/',
    pageTitle: '',
    quote: null,
    entityIds: [],
    body: '',
    tags: [],
    createdAt: 1,
    updatedAt: 1,
    rev: 1,
    ...fields,
  });
  const notes = [
    make('1', { url: 'https://36kr.com/p/1', entityIds: ['doubao'], tags: ['AI'], body: '字節跳動' }),
    make('2', { entityIds: ['sora', 'doubao'], tags: ['AI', '价格'] }),
    make('3', { tags: ['价格'] }),
  ];
  const index = buildSearchIndex(notes, (s) => s.replace('節', '节').replace('動', '动'));
  const filter = { mode: 'all' as const, query: '', entity: '', tag: '', pageUrl: null };
  const ids = (list: readonly Note[]) => list.map((x) => x.id);

  it('this page (address normalized), all, by entity, by tag, and a search over them all', () => {
    expect(
      ids(filterNotes(notes, { ...filter, mode: 'page', pageUrl: 'https://36kr.com/p/1#top?utm_source=x' }, index)),
    ).toEqual(['1']);
    expect(ids(filterNotes(notes, filter, index))).toEqual(['1', '2', '3']);
    expect(ids(filterNotes(notes, { ...filter, mode: 'entity', entity: 'doubao' }, index))).toEqual(['1', '2']);
    expect(ids(filterNotes(notes, { ...filter, mode: 'tag', tag: '价格' }, index))).toEqual(['2', '3']);
    expect(ids(filterNotes(notes, { ...filter, mode: 'tag', query: '字节' }, index))).toEqual(['1']);
    expect(tagCounts(notes)).toEqual([
      ['AI', 2],
      ['价格', 2],
    ]);
    expect(linkedEntityIds(notes).sort()).toEqual(['doubao', 'sora']);
  });
});

describe('new notes from the panel', () => {
  const page = { url: 'https://36kr.com/p/1', title: '豆包降价' };

  it('quotes the seed with its own page, or attaches to this page, or has nowhere to go', () => {
    const seed = { exact: '豆包降价', prefix: '字节', suffix: '。', url: 'https://ithome.com.tw/x', title: '別頁' };
    expect(newNoteFrom(['doubao'], seed, page, 'request-1-2')).toEqual({
      id: 'request-1-2',
      url: 'https://ithome.com.tw/x',
      pageTitle: '別頁',
      quote: { exact: '豆包降价', prefix: '字节', suffix: '。' },
      entityIds: ['doubao'],
    });
    expect(newNoteFrom([], null, page)).toEqual({ url: page.url, pageTitle: '豆包降价', quote: null, entityIds: [] });
    expect(newNoteFrom([], null, null)).toBeNull();
    expect(requestNoteId({ tabId: 3, at: 99 })).toBe('request-3-99');
  });
});

describe('following the active tab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('stays on a pinned tab, else follows the active tab as the reader switches', async () => {
    const pinned: Array<number | null> = [];
    followTab(42, (id) => pinned.push(id))();
    expect(pinned).toEqual([42]);

    let active = 7;
    const asked: unknown[] = [];
    const realQuery = fakeBrowser.tabs.query;
    Object.assign(fakeBrowser.tabs, {
      query: (info: unknown) => (asked.push(info), Promise.resolve([{ id: active }])),
    });
    const seen: Array<number | null> = [];
    const stop = followTab(null, (id) => seen.push(id));
    await vi.waitFor(() => expect(seen).toEqual([7]));
    expect(asked[0]).toEqual({ active: true, currentWindow: true });
    active = 8;
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 8, windowId: 1 });
    await vi.waitFor(() => expect(seen).toEqual([7, 8]));
    stop();
    active = 9;
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 9, windowId: 1 });
    expect(seen).toEqual([7, 8]);
    Object.assign(fakeBrowser.tabs, { query: realQuery });
  });
});
