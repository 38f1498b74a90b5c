// Issue 16 item 5: a file over 50 MB is refused before it is read; a large import is checked
// and written in slices with progress (the panel stays responsive), still all or nothing.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotesDb, type Note } from '../../lib/notes/db';
import {
  MAX_IMPORT_BYTES,
  exportJson,
  importNotes,
  parseImport,
  readImportFile,
  type ImportProgress,
} from '../../lib/notes/exchange';

let db: NotesDb;
let n = 0;
beforeEach(() => {
  db = new NotesDb(`import-scale-${n++}`);
});
afterEach(() => db.delete());

const notes = (count: number): Note[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    url: `https://news.example.com/p/${i % 100}`,
    pageTitle: '标题',
    quote: null,
    entityIds: [],
    body: `第 ${i} 条`,
    tags: [],
    createdAt: 1,
    updatedAt: 2,
    rev: 1,
  }));

describe('import at scale', () => {
  it('refuses a file of 50 MB + 1 byte from its size alone, without reading it', async () => {
    const text = vi.fn(() => Promise.resolve(''));
    const progress: ImportProgress[] = [];
    const result = await readImportFile({ size: MAX_IMPORT_BYTES + 1, text }, (p) => progress.push(p));
    expect(result).toMatchObject({ ok: false, problem: { code: 'tooLarge' } });
    expect(text).not.toHaveBeenCalled();
    expect(progress).toEqual([]);
  });

  it('checks 20,000 notes in slices, yielding and reporting between them, with the same result as one pass', async () => {
    const source = exportJson(notes(20_000));
    const progress: ImportProgress[] = [];
    const pause = vi.fn(() => Promise.resolve());
    const result = await readImportFile(new Blob([source]), (p) => progress.push(p), pause);
    expect(result).toEqual(parseImport(source));
    expect(progress[0]).toEqual({ phase: 'reading' });
    const checking = progress.filter((p) => p.phase === 'checking');
    expect(checking.length).toBeGreaterThanOrEqual(9);
    expect(checking.at(-1)).toEqual({ phase: 'checking', done: 18_000, total: 20_000 });
    expect(pause.mock.calls.length).toBe(progress.length);
  });

  it('writes in slices inside one transaction, reporting progress; a late failure writes nothing', async () => {
    const progress: ImportProgress[] = [];
    expect(await importNotes(db, notes(25_000), (p) => progress.push(p))).toEqual({
      added: 25_000,
      updated: 0,
      unchanged: 0,
    });
    expect(progress.map((p) => (p.phase === 'writing' ? p.done : -1))).toEqual([10_000, 20_000, 25_000]);
    expect(await db.notes.count()).toBe(25_000);

    const fresh = new NotesDb(`import-scale-${n++}`);
    const bulkPut = fresh.notes.bulkPut.bind(fresh.notes);
    vi.spyOn(fresh.notes, 'bulkPut')
      .mockImplementationOnce(bulkPut)
      .mockImplementationOnce(bulkPut)
      .mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(importNotes(fresh, notes(25_000))).rejects.toThrow('full');
    expect(await fresh.notes.count()).toBe(0);
    await fresh.delete();
  });
});
