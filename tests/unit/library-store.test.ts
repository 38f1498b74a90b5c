import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LIBRARY_SCHEMA_VERSION, TechLensDb } from '../../lib/library/db';
import { NOTES_SCHEMA_VERSION } from '../../lib/notes/db';
import {
  ArticleUndoDelete,
  deleteReaderEntity,
  dismissedKeys,
  dismissName,
  findDuplicate,
  getArticle,
  getReaderEntity,
  listArticles,
  listDismissed,
  listReaderEntities,
  putReaderEntity,
  replaceArticle,
  restoreReaderEntity,
  saveArticle,
  undismissName,
  allArticleBodies,
  articlesMentioning,
} from '../../lib/library/store';
import { LibrarySearch } from '../../lib/library/search';
import { saveNote } from '../../lib/notes/store';
import { foldText } from '../../lib/text/convert';
import type { SavedArticle } from '../../lib/library/model';
import { readerEntity, savedArticle } from '../fixtures/saved-article';

let n = 0;
let db: TechLensDb;
beforeEach(() => {
  db = new TechLensDb(`library-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('schema version 3', () => {
  it('opens a filled version-2 database as version 3: every note kept field for field, the library tables empty and usable', async () => {
    const name = `upgrade-v2-${n++}`;
    const old = new Dexie(name);
    old.version(1).stores({ notes: 'id, url, *entityIds, *tags, updatedAt' });
    old.version(2).stores({ notes: 'id, url, *entityIds, *tags, updatedAt, createdAt' });
    const v2Notes = Array.from({ length: 40 }, (_, i) => ({
      id: `note-${i}`,
      url: `https://36kr.com/p/${i % 6}`,
      pageTitle: `第 ${i} 篇 <img src=x onerror=alert(1)>`,
      quote: i % 3 ? { exact: `字节跳动发布了第 ${i} 个模型`, prefix: '本周，', suffix: '。' } : null,
      entityIds: i % 2 ? ['bytedance'] : [],
      body: `笔记 ${i}`,
      tags: i % 4 ? ['AI'] : [],
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_100_000 + i,
      rev: 1 + (i % 3),
    }));
    await old.table('notes').bulkAdd(v2Notes);
    old.close();

    const upgraded = new TechLensDb(name);
    expect(await upgraded.notes.orderBy('createdAt').toArray()).toEqual(v2Notes);
    expect(upgraded.verno).toBe(LIBRARY_SCHEMA_VERSION);
    expect(LIBRARY_SCHEMA_VERSION).toBe(NOTES_SCHEMA_VERSION + 1);
    expect(await upgraded.articles.count()).toBe(0);
    // Notes code works on the upgraded database, and the library saves into it.
    expect(await saveNote(upgraded, 'note-1', { body: '新' }, 2, 1_800_000_000_000)).toMatchObject({ status: 'saved' });
    expect(await saveArticle(upgraded, savedArticle(1))).toMatchObject({ ok: true });
    expect(await upgraded.articles.where('entityIds').equals('bytedance').count()).toBe(1);
    await upgraded.delete();
  });
});

describe('saving articles', () => {
  it('saves, lists newest first from summaries only, and gets the whole article back', async () => {
    for (const i of [3, 1, 2]) expect(await saveArticle(db, savedArticle(i))).toMatchObject({ ok: true });
    const list = await listArticles(db);
    expect(list.map((a) => a.title)).toEqual([
      '星河智能发布第3代模型',
      '星河智能发布第2代模型',
      '星河智能发布第1代模型',
    ]);
    expect(list[0]).toMatchObject({ site: '示例新闻', published: '2024-03-05', entityCount: 2 });
    expect(list[0]).not.toHaveProperty('paragraphs');
    expect(await db.articles.get(savedArticle(1).id)).not.toHaveProperty('paragraphs');
    expect(await getArticle(db, savedArticle(2).id)).toEqual(savedArticle(2));
    expect(await getArticle(db, 'lib:missing')).toBeNull();
    expect((await articlesMentioning(db, 'user:xinghe')).length).toBe(3);
    expect((await allArticleBodies(db)).map((b) => b.claims.length)).toEqual([2, 2, 2]);
  });

  it('refuses the same address (normalized) and the same text, naming the article already saved', async () => {
    await saveArticle(db, savedArticle(1));
    const sameUrl = await saveArticle(db, savedArticle(2, { url: savedArticle(1).url }));
    expect(sameUrl).toEqual({
      ok: false,
      refusal: { code: 'duplicate', by: 'url', existingId: savedArticle(1).id, existingTitle: '星河智能发布第1代模型' },
    });
    const sameText = await saveArticle(db, savedArticle(3, { textHash: 'hash-1' }));
    expect(sameText).toMatchObject({
      ok: false,
      refusal: { code: 'duplicate', by: 'text', existingId: savedArticle(1).id },
    });
    // Before processing, the address alone is checked (tracking parameters and fragments ignored).
    expect(await findDuplicate(db, { url: `${savedArticle(1).url}?utm_source=feed#top` })).toMatchObject({ by: 'url' });
    expect(await findDuplicate(db, { url: 'https://news.example.com/a/99' })).toBeNull();
    // An address saved with tracking parameters is stored normalized, so the next save finds it.
    await saveArticle(db, savedArticle(4, { url: 'https://news.example.com/a/4?utm_medium=x#c' }));
    expect((await getArticle(db, savedArticle(4).id))!.url).toBe('https://news.example.com/a/4');
    expect(await saveArticle(db, savedArticle(5, { url: 'https://news.example.com/a/4' }))).toMatchObject({
      ok: false,
      refusal: { by: 'url', existingId: savedArticle(4).id },
    });
    expect(await db.articles.count()).toBe(2);
    expect(await db.articleBodies.count()).toBe(2);
  });

  it('replaces an article processed again, keeping when it was saved', async () => {
    await saveArticle(db, savedArticle(1));
    const again: SavedArticle = {
      ...savedArticle(1),
      savedAt: 5,
      processedAt: 9e12,
      paragraphs: ['新的正文。'],
      entityIds: [],
    };
    expect(await replaceArticle(db, again)).toMatchObject({ ok: true });
    expect(await getArticle(db, again.id)).toEqual({ ...again, savedAt: savedArticle(1).savedAt });
    expect(await replaceArticle(db, savedArticle(7))).toMatchObject({ ok: false, refusal: { code: 'writeFailed' } });
  });

  it('keeps the library as it was when the disk is full, and says so', async () => {
    await saveArticle(db, savedArticle(1));
    // The body is the second write of the transaction: the summary written before it must roll back too.
    const add = vi.spyOn(db.articleBodies, 'add').mockRejectedValue(quotaError());
    expect(await saveArticle(db, savedArticle(2))).toEqual({ ok: false, refusal: { code: 'quota' } });
    add.mockRejectedValue(new Error('disk on fire'));
    expect(await saveArticle(db, savedArticle(3))).toMatchObject({
      ok: false,
      refusal: { code: 'writeFailed', detail: 'Error: disk on fire' },
    });
    add.mockRestore();
    expect((await listArticles(db)).map((a) => a.id)).toEqual([savedArticle(1).id]);
    expect(await db.articleBodies.count()).toBe(1);
    expect(await saveArticle(db, savedArticle(2))).toMatchObject({ ok: true });
  });

  it('deletes with undo: gone at once, back exactly, and the chance passes', async () => {
    await saveArticle(db, savedArticle(1));
    const offers: Array<SavedArticle | null> = [];
    const undo = new ArticleUndoDelete(db, (o) => offers.push(o), 30);
    await undo.remove(savedArticle(1).id);
    expect(await getArticle(db, savedArticle(1).id)).toBeNull();
    expect(await db.articleBodies.count()).toBe(0);
    expect(offers.at(-1)).toEqual(savedArticle(1));
    await undo.undo();
    expect(await getArticle(db, savedArticle(1).id)).toEqual(savedArticle(1));
    await undo.remove(savedArticle(1).id);
    await vi.waitFor(() => expect(offers.at(-1)).toBeNull());
    await undo.undo();
    expect(await db.articles.count()).toBe(0);
    undo.dispose();
  });
});

describe("the reader's entities and dismissed names", () => {
  it('creates, edits (stamping updatedAt, keeping createdAt) and lists them newest first', async () => {
    await putReaderEntity(db, readerEntity(), 10);
    await putReaderEntity(db, readerEntity({ id: 'user:other', name: { hans: '其他', hant: '其他' } }), 20);
    const edited = await putReaderEntity(db, readerEntity({ description: '改过', createdAt: 999 }), 30);
    expect(edited).toMatchObject({
      ok: true,
      value: { description: '改过', createdAt: 1_700_000_000_000, updatedAt: 30 },
    });
    expect((await listReaderEntities(db)).map((e) => e.id)).toEqual(['user:xinghe', 'user:other']);
  });

  it("deleting one drops it from every article's mentions, entity list and claims, and undo restores both", async () => {
    await putReaderEntity(db, readerEntity(), readerEntity().updatedAt);
    await saveArticle(db, savedArticle(1));
    await saveArticle(db, savedArticle(2, { mentions: [], entityIds: ['bytedance'], claims: [] }));
    const removed = await deleteReaderEntity(db, 'user:xinghe');
    expect(removed.ok && removed.value?.articles.map((a) => a.id)).toEqual([savedArticle(1).id]);
    const after = (await getArticle(db, savedArticle(1).id))!;
    expect(after.mentions).toEqual([[1, 0, 4, 'bytedance']]);
    expect(after.entityIds).toEqual(['bytedance']);
    // The claim about both keeps ByteDance; the claim about the deleted entity alone is gone.
    expect(after.claims.map((c) => c.entities.map((e) => e.id))).toEqual([['bytedance']]);
    expect(await articlesMentioning(db, 'user:xinghe')).toEqual([]);
    expect(await getReaderEntity(db, 'user:xinghe')).toBeNull();

    expect(await restoreReaderEntity(db, removed.ok ? removed.value! : (undefined as never))).toMatchObject({
      ok: true,
    });
    expect(await getArticle(db, savedArticle(1).id)).toEqual(savedArticle(1));
    expect(await getReaderEntity(db, 'user:xinghe')).toEqual(readerEntity());
    expect(await deleteReaderEntity(db, 'user:none')).toEqual({ ok: true, value: null });
  });

  it('leaves entity and articles untouched when the delete cannot be written', async () => {
    await putReaderEntity(db, readerEntity(), readerEntity().updatedAt);
    await saveArticle(db, savedArticle(1));
    const put = vi.spyOn(db.articleBodies, 'bulkPut').mockRejectedValue(quotaError());
    expect(await deleteReaderEntity(db, 'user:xinghe')).toEqual({ ok: false, refusal: { code: 'quota' } });
    put.mockRestore();
    expect(await getArticle(db, savedArticle(1).id)).toEqual(savedArticle(1));
    expect(await getReaderEntity(db, 'user:xinghe')).toEqual(readerEntity());
  });

  it('remembers a dismissed name by its folded form, in either script, until undismissed', async () => {
    await dismissName(db, ' 星河創投 ', foldText, 1);
    await dismissName(db, 'Nova', foldText, 2);
    expect([...(await dismissedKeys(db))].sort()).toEqual(['nova', '星河创投']);
    expect((await listDismissed(db)).map((d) => d.name)).toEqual(['Nova', '星河創投']);
    await undismissName(db, '星河创投');
    expect([...(await dismissedKeys(db))]).toEqual(['nova']);
  });
});

describe('library search', () => {
  it('ignores script and case, needs every term, ranks title hits first and shows the matching paragraph', async () => {
    await saveArticle(db, savedArticle(1));
    await saveArticle(
      db,
      savedArticle(2, {
        title: '輝達財報超預期',
        script: 'hant',
        paragraphs: ['輝達公布第一季財報。', '執行長黃仁勳表示，星河智能是重要客戶，資料中心營收創新高。'],
      }),
    );
    const search = new LibrarySearch(await db.articles.toArray(), await allArticleBodies(db), foldText);
    expect(search.search('辉达').map((h) => h.id)).toEqual([savedArticle(2).id]);
    expect(search.search('营收 黄仁勋')[0]).toMatchObject({
      id: savedArticle(2).id,
      snippet: expect.stringContaining('營收創新高'),
    });
    expect(search.search('星河').map((h) => h.id)).toEqual([savedArticle(1).id, savedArticle(2).id]);
    expect(search.search('星河 不存在')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
  });
});
