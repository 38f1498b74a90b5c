import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TechLensDb } from '../../lib/library/db';
import {
  BACKUP_FORMAT,
  MAX_BACKUP_BYTES,
  backupJson,
  exportBackup,
  importBackup,
  parseBackup,
  readBackup,
  readBackupFile,
  type Backup,
} from '../../lib/library/backup';
import { dismissName, getArticle, putReaderEntity, saveArticle } from '../../lib/library/store';
import { exportJson } from '../../lib/notes/exchange';
import { backupProblemText } from '../../lib/ui/backup-problem';
import { translator } from '../../lib/ui/strings';
import { foldText } from '../../lib/text/convert';
import { noteRecord } from '../fixtures/note-record';
import { readerEntity, savedArticle } from '../fixtures/saved-article';

let n = 0;
let db: TechLensDb;
beforeEach(() => {
  db = new TechLensDb(`backup-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>[x](javascript:alert(3))';

async function fill(target: TechLensDb) {
  await target.notes.bulkAdd([noteRecord({ id: 'n1', body: HOSTILE }), noteRecord({ id: 'n2', conflictOf: 'n1' })]);
  await saveArticle(target, savedArticle(1, { paragraphs: [`正文 ${HOSTILE}`, '第二段。'], title: `标题${HOSTILE}` }));
  await saveArticle(target, savedArticle(2, { script: 'hant', paragraphs: ['輝達公布財報。'] }));
  await putReaderEntity(target, readerEntity(), 1_700_000_000_500);
  await dismissName(target, '星河創投', foldText, 1_700_000_000_900);
}

/** A file's sections as JSON may hold anything (damaged records are the point). */
type Sections = Partial<Record<keyof Backup, unknown[]>>;
const file = (backup: Sections) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    notes: [],
    articles: [],
    readerEntities: [],
    dismissed: [],
    ...backup,
  });

describe('the backup file', () => {
  it('round-trips notes, articles, reader entities and dismissed names into a fresh profile, text staying text', async () => {
    await fill(db);
    const json = await exportBackup(db, new Date('2025-01-01T00:00:00Z'));
    const fresh = new TechLensDb(`backup-fresh-${n++}`);
    const parsed = parseBackup(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await importBackup(fresh, parsed.backup)).toEqual({
      notes: { added: 2, updated: 0, unchanged: 0 },
      articles: { added: 2, updated: 0, unchanged: 0, duplicates: 0 },
      readerEntities: { added: 1, updated: 0, unchanged: 0 },
      dismissed: 1,
    });
    expect(await readBackup(fresh)).toEqual(await readBackup(db));
    const article = await getArticle(fresh, savedArticle(1).id);
    expect(article!.title).toBe(`标题${HOSTILE}`);
    expect(article!.paragraphs[0]).toBe(`正文 ${HOSTILE}`);
    // Importing the same file again changes nothing.
    expect(await importBackup(fresh, parsed.backup)).toMatchObject({
      notes: { added: 0, unchanged: 2 },
      articles: { added: 0, unchanged: 2 },
      readerEntities: { unchanged: 1 },
    });
    await fresh.delete();
  });

  it('still imports a notes-only export file', async () => {
    const notes = [noteRecord({ id: 'old-1' }), noteRecord({ id: 'old-2', body: 'b' })];
    const parsed = parseBackup(exportJson(notes));
    expect(parsed).toMatchObject({ ok: true, format: 'techlens-notes', backup: { articles: [], readerEntities: [] } });
    if (!parsed.ok) return;
    await importBackup(db, parsed.backup);
    expect(await db.notes.count()).toBe(2);
  });

  it('merges: a newer processing replaces an article, an older one is left, another id with the same text is skipped', async () => {
    await saveArticle(db, savedArticle(1));
    const newer = { ...savedArticle(1), processedAt: 9e12, paragraphs: ['新版'] };
    const sameText = savedArticle(5, { textHash: savedArticle(1).textHash });
    const result = await importBackup(db, {
      notes: [],
      articles: [newer, sameText],
      readerEntities: [],
      dismissed: [],
    });
    expect(result.articles).toEqual({ added: 0, updated: 1, unchanged: 0, duplicates: 1 });
    expect((await getArticle(db, newer.id))!.paragraphs).toEqual(['新版']);
    expect(await getArticle(db, sameText.id)).toBeNull();
  });

  it.each([
    ['truncated', (json: string) => json.slice(0, json.length / 2), { code: 'notJson' }],
    ['not ours', () => JSON.stringify({ format: 'other', version: 1 }), { code: 'notOurs' }],
    [
      'newer version',
      (json: string) => json.replace('"version":1', '"version":99'),
      { code: 'newerVersion', version: 99 },
    ],
    [
      'unknown version',
      (json: string) => json.replace('"version":1', '"version":0'),
      { code: 'unknownVersion', version: 0 },
    ],
    [
      'missing section',
      () => JSON.stringify({ format: BACKUP_FORMAT, version: 1, notes: [] }),
      { code: 'invalidFile' },
    ],
  ])('refuses a %s file and changes nothing', async (_name, damage, problem) => {
    await fill(db);
    const before = await readBackup(db);
    const parsed = parseBackup(damage(await exportBackup(db)));
    expect(parsed).toMatchObject({ ok: false, problem });
    expect(await readBackup(db)).toEqual(before);
  });

  it('refuses a file with one corrupt record anywhere, naming the section and the record', () => {
    const article = savedArticle(1);
    const cases: Array<[Sections, object]> = [
      [
        { articles: [article, { ...savedArticle(2), mentions: [[0, 1, 'x', 'e']] }] },
        { section: 'articles', index: 2 },
      ],
      [
        { articles: [{ ...article, url: 'javascript:alert(1)' }] },
        { section: 'articles', detail: expect.stringContaining('url') },
      ],
      [{ articles: [{ ...article, paragraphs: 'not a list' }] }, { section: 'articles', index: 1 }],
      [{ articles: [{ ...article, claims: [{ ...article.claims[0], kind: 'rumour' }] }] }, { section: 'articles' }],
      [{ readerEntities: [readerEntity({ id: 'bytedance' })] }, { section: 'readerEntities', index: 1 }],
      [{ readerEntities: [{ ...readerEntity(), type: 'planet' }] }, { section: 'readerEntities' }],
      [{ dismissed: [{ key: '', name: 'x', dismissedAt: 1 }] }, { section: 'dismissed' }],
      [{ notes: [{ ...noteRecord(), rev: 'one' }] }, { section: 'notes', index: 1 }],
    ];
    for (const [sections, where] of cases)
      expect(parseBackup(file(sections)), JSON.stringify(where)).toMatchObject({
        ok: false,
        problem: { code: 'invalidRecord', ...where },
      });
    expect(parseBackup(file({ articles: [article, article] }))).toMatchObject({
      ok: false,
      problem: { code: 'duplicateRecord', section: 'articles', index: 2, id: article.id },
    });
  });

  it('rolls back every table when a write fails mid-import (disk full)', async () => {
    await fill(db);
    const before = await readBackup(db);
    const incoming: Backup = {
      notes: [noteRecord({ id: 'new-note' })],
      articles: [savedArticle(9)],
      readerEntities: [readerEntity({ id: 'user:new' })],
      dismissed: [{ key: 'x', name: 'X', dismissedAt: 1 }],
    };
    const put = vi
      .spyOn(db.readerEntities, 'bulkPut')
      .mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(importBackup(db, incoming)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    put.mockRestore();
    expect(await readBackup(db)).toEqual(before);
  });

  it('refuses a file over the limit before reading it', async () => {
    const text = vi.fn(() => Promise.resolve('{}'));
    expect(await readBackupFile({ size: MAX_BACKUP_BYTES + 1, text }, () => Promise.resolve())).toMatchObject({
      ok: false,
      problem: { code: 'tooLarge' },
    });
    expect(text).not.toHaveBeenCalled();
    expect(
      await readBackupFile(
        {
          size: 10,
          text: () => Promise.resolve(backupJson({ notes: [], articles: [], readerEntities: [], dismissed: [] })),
        },
        () => Promise.resolve(),
      ),
    ).toMatchObject({ ok: true });
  });
});

describe('refusals in the reader’s words', () => {
  it('names the section and record of a damaged file in each locale', () => {
    const parsed = parseBackup(
      file({ readerEntities: [readerEntity(), { ...readerEntity({ id: 'user:2' }), type: 'planet' }] }),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(backupProblemText(translator('zh_CN'), parsed.problem)).toMatch(/^第 2 条实体已损坏（type: .+）。$/);
    expect(backupProblemText(translator('zh_TW'), parsed.problem)).toMatch(/^第 2 筆實體已損壞/);
    const other = parseBackup('{"format":"x"}');
    expect(!other.ok && backupProblemText(translator('en'), other.problem)).toBe(
      'this is not a Tech Lens backup or notes export.',
    );
  });
});
