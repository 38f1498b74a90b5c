// The reader's own names in Chromium: an entity written to the database from an extension page
// and the rebuild message sent, pages already open mark it in both scripts without a reload;
// deleted, its marks go while the bundled names stay.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pageMarks, screenshot, settledStatus, useExtension, waitForContentScript } from './harness';

/** The extension API as seen in an extension page (evaluated there, typed here). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const ENTITY = {
  id: 'user:xingyun-zhisuan',
  type: 'company',
  name: { hans: '星云智算', hant: '星雲智算', en: 'Nebula Compute' },
  // A name the bundled gazetteer already has: it stays the bundled entity's, and the reply says so.
  aliases: ['字节跳动'],
  parent: null,
  description: '一家做推理芯片的初创公司（测试用）',
  ambiguousNames: [],
  cues: [],
  createdAt: 1,
  updatedAt: 1,
};

/**
 * Runs in an extension page: puts (or, with `remove`, deletes) a reader entity in the
 * `readerEntities` table of the extension's database, creating the table if this build's
 * schema does not declare it yet, then asks the background to rebuild the recognizer.
 */
function writeEntityAndRebuild(
  page: Page,
  remove: boolean,
  entity: typeof ENTITY | Array<typeof ENTITY> = ENTITY,
): Promise<unknown> {
  return page.evaluate(
    async ({ entities, remove }) => {
      const open = (version?: number) =>
        new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('techlens-notes', version);
          request.onupgradeneeded = () => {
            if (!request.result.objectStoreNames.contains('readerEntities'))
              request.result.createObjectStore('readerEntities', { keyPath: 'id' });
          };
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error ?? new Error('open failed'));
          request.onblocked = () => reject(new Error('upgrade blocked'));
        });
      let db = await open();
      if (!db.objectStoreNames.contains('readerEntities')) {
        const next = db.version + 1;
        db.close();
        db = await open(next);
      }
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('readerEntities', 'readwrite');
        const store = tx.objectStore('readerEntities');
        for (const entity of entities)
          if (remove) store.delete(entity.id);
          else store.put(entity);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      db.close();
      return chrome.runtime.sendMessage({ type: 'rebuild-recognizer' });
    },
    { entities: Array.isArray(entity) ? entity : [entity], remove },
  );
}

/**
 * Many reader entities whose names no test page contains: CJK Extension A characters (none of
 * the pages use them) and their own Latin names; about 45,000 names at 25,000, as the bench's.
 */
function bulkEntities(count: number): Array<typeof ENTITY> {
  const rare = (i: number) => String.fromCharCode(0x3400 + (i % 160), 0x3400 + 160 + Math.floor(i / 160));
  return Array.from({ length: count }, (_, i) => ({
    ...ENTITY,
    id: `user:bulk-${i}`,
    name: { hans: `${rare(i)}科技`, hant: `${rare(i)}科技`, en: i % 3 ? '' : `Bulkname ${i}` },
    aliases: i % 2 ? [`${rare(i)}智能`] : [],
    description: '',
  }));
}

async function marksIn(page: Page, id: string): Promise<string[]> {
  return (await pageMarks(page)).filter((m) => m.id === id).map((m) => m.text);
}

/** The generation of the stored recognizer (read in an extension page): each rebuild writes the next. */
async function storedGeneration(extensionPage: Page): Promise<number> {
  const head = await extensionPage.evaluate(async () => (await chrome.storage.local.get('recognizer')).recognizer);
  return (head as { generation: number }).generation;
}

describe("the reader's names in open pages", () => {
  const session = useExtension();

  /**
   * Waits until `page` marks with the stored recognizer `generation` or a later one and has
   * finished marking: the marks read then are the new recognizer's, all of them. (Before, a poll
   * for a name's absence could pass between the old marks' removal and the new scan.)
   */
  const settledWith = (page: Page, generation: number, timeout = 15_000) =>
    settledStatus(page, session.ext.extensionId, (s) => s.phase === 'on' && s.generation >= generation, { timeout });

  it('marks a new reader entity in open pages of both scripts, and unmarks it when deleted', async () => {
    const hans = await session.ext.context.newPage();
    await hans.goto(session.server.url('/reader-names-hans.html'));
    await waitForContentScript(hans, session.ext.extensionId);
    const hant = await session.ext.context.newPage();
    await hant.goto(session.server.url('/reader-names-hant.html'));
    await waitForContentScript(hant, session.ext.extensionId);

    // Bundled names only: the new company is not known yet.
    await settledWith(hans, 1);
    await settledWith(hant, 1);
    expect(await marksIn(hans, 'lead')).toEqual(['字节跳动', '阿里云']);
    expect(await marksIn(hant, 'lead')).toEqual(['字節跳動', '阿里雲']);

    const options = await session.ext.context.newPage();
    await options.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
    const added = await writeEntityAndRebuild(options, false);
    expect(added).toMatchObject({
      ok: true,
      readerEntities: 1,
      collisions: [{ key: '字节跳动', entityId: ENTITY.id, keptBy: 'bytedance' }],
    });
    const withEntity = await storedGeneration(options);

    // No reload: the pages pick up the stored recognizer's change.
    await settledWith(hans, withEntity);
    await settledWith(hant, withEntity);
    expect(await marksIn(hans, 'lead')).toEqual(['星云智算', '字节跳动', '阿里云']);
    expect(await marksIn(hant, 'lead')).toEqual(['星雲智算', '字節跳動', '阿里雲']);
    // Latin name at word boundaries only; the everyday 星云 is no mention.
    expect(await marksIn(hans, 'latin')).toEqual(['星云智算', 'Nebula Compute']);
    expect(await marksIn(hans, 'plain')).toEqual([]);
    const heading = (await pageMarks(hans)).find((m) => m.text === '星云智算');
    expect(heading?.type).toBe('company');
    await screenshot(hans, 'reader-names-hans');
    await screenshot(hant, 'reader-names-hant');

    const removed = await writeEntityAndRebuild(options, true);
    expect(removed).toMatchObject({ ok: true, readerEntities: 0 });
    const withoutEntity = await storedGeneration(options);
    await settledWith(hans, withoutEntity);
    await settledWith(hant, withoutEntity);
    expect(await marksIn(hans, 'lead')).toEqual(['字节跳动', '阿里云']);
    expect(await marksIn(hant, 'lead')).toEqual(['字節跳動', '阿里雲']);
    expect(await marksIn(hans, 'latin')).toEqual([]);

    // A page opened now loads the stored recognizer: still without the deleted name.
    const fresh = await session.ext.context.newPage();
    await fresh.goto(session.server.url('/reader-names-hans.html'));
    await waitForContentScript(fresh, session.ext.extensionId);
    await settledWith(fresh, withoutEntity);
    expect(await marksIn(fresh, 'lead')).toEqual(['字节跳动', '阿里云']);
    expect(await marksIn(fresh, 'latin')).toEqual([]);
    for (const page of [hans, hant, options, fresh]) await page.close();
  });

  it('leaves a reader name unmarked inside a longer ordinary word, and marks it where it stands alone', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.server.url('/reader-crossing-hans.html'));
    await waitForContentScript(page, session.ext.extensionId);
    const options = await session.ext.context.newPage();
    await options.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
    // A name the bundled gazetteer lacks (中兴 served here until ZTE joined it), so deleting the
    // reader's entity leaves nothing to mark.
    const builder = {
      ...ENTITY,
      id: 'user:builder',
      name: { hans: '中建', hant: '中建', en: 'China Construction' },
      aliases: [],
      description: '建筑公司（测试用）',
    };
    expect(await writeEntityAndRebuild(options, false, builder)).toMatchObject({ ok: true, readerEntities: 1 });

    await settledWith(page, await storedGeneration(options));
    expect(await marksIn(page, 'alone')).toEqual(['中建']);
    expect(await marksIn(page, 'alone-hant')).toEqual(['中建']);
    // 集中/建设 reads far more probably than 集/中建/设, in either script: no mark there.
    expect(await marksIn(page, 'inside')).toEqual([]);
    expect(await marksIn(page, 'inside-hant')).toEqual([]);
    await screenshot(page, 'reader-names-crossing');

    expect(await writeEntityAndRebuild(options, true, builder)).toMatchObject({ ok: true, readerEntities: 0 });
    await settledWith(page, await storedGeneration(options));
    expect(await marksIn(page, 'alone')).toEqual([]);
    expect(await marksIn(page, 'alone-hant')).toEqual([]);
    for (const p of [page, options]) await p.close();
  });

  // Three rebuilds of 25,000 entities and three page loads of 5 MB: each wait below is given up
  // to a minute on a loaded machine, so the test as a whole gets three.
  it(
    'marks a page with 25,000 reader entities stored in chunks, and follows an update while it is open',
    { timeout: 180_000 },
    async () => {
      const options = await session.ext.context.newPage();
      await options.goto(`chrome-extension://${session.ext.extensionId}/options.html`);
      const bulk = bulkEntities(25_000);
      expect(await writeEntityAndRebuild(options, false, [...bulk, ENTITY])).toMatchObject({
        ok: true,
        readerEntities: 25_001,
      });
      // Several MB: stored as many chunks under a small head.
      const head = await options.evaluate(async () => (await chrome.storage.local.get('recognizer')).recognizer);
      expect(head).toMatchObject({ format: 3, readerEntities: 25_001 });
      expect((head as { chunks: number }).chunks).toBeGreaterThan(10);

      const page = await session.ext.context.newPage();
      await page.goto(session.server.url('/reader-names-hans.html'));
      await waitForContentScript(page, session.ext.extensionId);
      await settledWith(page, (head as { generation: number }).generation, 60_000);
      expect(await marksIn(page, 'lead')).toEqual(['星云智算', '字节跳动', '阿里云']);
      // A name from the middle of the set and one from its end: every chunk was read.
      const [middle, last] = [bulk[12_345]!, bulk[24_999]!];
      await page.evaluate(
        (text) => document.querySelector('#plain')!.append(text),
        `另有${middle.name.hans}与${last.aliases[0] ?? last.name.hans}参与测试。`,
      );
      await settledWith(page, (head as { generation: number }).generation);
      expect(await marksIn(page, 'plain')).toEqual([middle.name.hans, last.aliases[0] ?? last.name.hans]);
      await screenshot(page, 'reader-names-25000');

      // The reader deletes one while the page is open: the page follows the new generation.
      expect(await writeEntityAndRebuild(options, true)).toMatchObject({ ok: true, readerEntities: 25_000 });
      await settledWith(page, await storedGeneration(options), 60_000);
      expect(await marksIn(page, 'lead')).toEqual(['字节跳动', '阿里云']);
      expect(await marksIn(page, 'plain')).toEqual([middle.name.hans, last.aliases[0] ?? last.name.hans]);

      // Back to no reader entities for the tests after this one.
      expect(await writeEntityAndRebuild(options, true, bulk)).toMatchObject({ ok: true, readerEntities: 0 });
      await settledWith(page, await storedGeneration(options), 60_000);
      expect(await marksIn(page, 'plain')).toEqual([]);
      expect(await marksIn(page, 'lead')).toEqual(['字节跳动', '阿里云']);
      for (const p of [page, options]) await p.close();
    },
  );
});
