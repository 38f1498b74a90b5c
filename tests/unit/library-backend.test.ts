// The side panel's library services over a real (fake-indexeddb) database: listing and search in
// either script, confirming an entity rebuilds the recognizer and processes again the saved
// articles that contain its names, deleting one (and undoing it), dismissed names listed and
// restored, and saves through the store.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TechLensDb } from '../../lib/library/db';
import { getArticle, saveArticle } from '../../lib/library/store';
import { libraryBackend, type LibraryBackendDeps } from '../../lib/panel/library-backend';
import { completeSave } from '../../lib/panel/save-status';
import { foldText } from '../../lib/text/convert';
import type { EntityCandidate } from '../../lib/library/candidates';
import type { ExtractedPage, SavedArticle } from '../../lib/library/model';
import { readerEntity, savedArticle } from '../fixtures/saved-article';

let n = 0;
let db: TechLensDb;
beforeEach(() => {
  db = new TechLensDb(`library-backend-${n++}`);
});
afterEach(async () => {
  await db.delete();
});

/** A pipeline stand-in: records what it processed and marks the result so a test can tell. */
function backend(over: Partial<LibraryBackendDeps> = {}) {
  const processed: string[] = [];
  const rebuild = vi.fn(() => Promise.resolve([{ key: '星河', entityId: 'user:xinghe', keptBy: 'bytedance' }]));
  const services = libraryBackend({
    db,
    fold: foldText,
    bundledIdOf: (key) => (key === foldText('字节跳动') ? 'bytedance' : null),
    process: (page: ExtractedPage, now: number) => {
      const article = page as SavedArticle;
      processed.push(article.id);
      return Promise.resolve({ ...article, processedAt: now, entityIds: [...article.entityIds, 'processed-again'] });
    },
    rebuildRecognizer: rebuild,
    timeline: () => Promise.resolve([]),
    refusalText: (refusal) => refusal.code,
    ...over,
  });
  return { services, processed, rebuild };
}

describe('the panel library services', () => {
  it('lists the newest first, and searches titles and text in either script', async () => {
    const { services } = backend();
    for (const i of [1, 2, 3]) await saveArticle(db, savedArticle(i));
    await saveArticle(
      db,
      savedArticle(4, { title: '雲帆數據完成融資', paragraphs: ['雲帆數據今天宣布完成融資。'], textHash: 'h4' }),
    );
    expect((await services.listArticles('')).map((row) => row.id)).toEqual([4, 3, 2, 1].map((i) => savedArticle(i).id));
    const hits = await services.listArticles('云帆数据');
    expect(hits.map((row) => row.id)).toEqual([savedArticle(4).id]);
    expect(hits[0]!.snippet).toContain('雲帆數據');
    expect(await services.listArticles('不存在的名字')).toEqual([]);
  });

  it('confirming an entity rebuilds the recognizer and processes again the saved articles holding its names', async () => {
    const { services, processed, rebuild } = backend();
    await saveArticle(db, savedArticle(1));
    await saveArticle(db, savedArticle(2, { paragraphs: ['与此无关的一段文字。'], textHash: 'other' }));
    const entity = readerEntity({ id: 'user:lin', name: { hans: '林一鸣', hant: '林一鳴' }, aliases: [] });
    // Only this entity's names that another keeps are reported.
    expect(await services.saveEntity(entity)).toEqual({ keptBy: [] });
    expect(rebuild).toHaveBeenCalledTimes(1);
    // Only the article whose text (or title) holds the name.
    expect(processed).toEqual([savedArticle(1).id]);
    expect(await services.saveEntity(readerEntity())).toEqual({ keptBy: [{ name: '星河', keptBy: 'bytedance' }] });
    const again = await getArticle(db, savedArticle(1).id);
    expect(again?.entityIds).toContain('processed-again');
    // Kept when it was saved; processed now.
    expect(again?.savedAt).toBe(savedArticle(1).savedAt);
    expect(again!.processedAt).toBeGreaterThan(savedArticle(1).processedAt);
    // Its names now resolve, in either script; bundled names too.
    await services.listEntities();
    expect(services.entityIdOf('林一鳴')).toBe('user:lin');
    expect(services.entityIdOf('字節跳動')).toBe('bytedance');
  });

  it('deletes an entity (the recognizer is rebuilt) and puts it back on undo', async () => {
    const { services, rebuild } = backend();
    await saveArticle(db, savedArticle(1));
    await services.saveEntity(readerEntity());
    rebuild.mockClear();
    const undo = await services.deleteEntity('user:xinghe');
    expect(await services.listEntities()).toEqual([]);
    expect((await getArticle(db, savedArticle(1).id))?.entityIds).not.toContain('user:xinghe');
    await undo();
    expect((await services.listEntities()).map((e) => e.id)).toEqual(['user:xinghe']);
    expect(rebuild).toHaveBeenCalledTimes(2);
  });

  it('lists dismissed names, newest first; restoring one forgets it and processes again the saved articles holding it', async () => {
    const { services, processed } = backend();
    await saveArticle(db, savedArticle(1));
    await saveArticle(db, savedArticle(2, { paragraphs: ['与此无关的一段文字。'], textHash: 'other' }));
    const candidate = (name: string): EntityCandidate => ({
      name,
      key: foldText(name),
      forms: [name],
      type: 'person',
      rules: [],
      count: 1,
      occurrences: [],
      sentences: [],
    });
    const clock = vi.spyOn(Date, 'now');
    clock.mockReturnValue(1000);
    await services.dismiss(candidate('林一鳴'));
    clock.mockReturnValue(2000);
    await services.dismiss(candidate('星河'));
    clock.mockRestore();
    const listed = await services.listDismissed();
    expect(listed.map((d) => d.name)).toEqual(['星河', '林一鳴']);
    expect(processed).toEqual([]);
    // Either script of the name finds the article that holds it (林一鸣 in Simplified).
    await services.restoreDismissed(listed[1]!);
    expect((await services.listDismissed()).map((d) => d.name)).toEqual(['星河']);
    expect(processed).toEqual([savedArticle(1).id]);
    expect((await getArticle(db, savedArticle(1).id))?.entityIds).toContain('processed-again');
  });

  it('saves through the store: the first save wins, the same address again is refused', async () => {
    const { services } = backend({
      process: (page, now) => Promise.resolve({ ...savedArticle(7), ...page, savedAt: now }),
    });
    const page = savedArticle(7);
    const job = { tabId: 1, at: 42, state: 'extracted' as const, page };
    expect(await completeSave(job, services)).toEqual({ phase: 'saved', articleId: page.id });
    const twice = await completeSave({ ...job, at: 43 }, services);
    expect(twice).toMatchObject({ phase: 'refused', refusal: { code: 'duplicate', by: 'url' } });
    // The same job acted on by a second panel is its own save, not a duplicate.
    expect(await completeSave(job, services)).toEqual({ phase: 'saved', articleId: page.id });
  });
});
