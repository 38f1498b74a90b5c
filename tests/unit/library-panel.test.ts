// The side panel's library services: the save-job protocol between the background and the
// panel (lib/library/save-job.ts, over WXT's fake browser) and the entity form's checks
// (lib/panel/entity-draft.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(async () => {
  const testing = await import('wxt/testing/fake-browser');
  (globalThis as { chrome?: unknown }).chrome = testing.fakeBrowser;
  return testing;
});

import {
  finishSaveJob,
  jobFromExtraction,
  readSaveJob,
  runExtraction,
  watchSaveJob,
  type SaveJob,
} from '../../lib/library/save-job';
import {
  draftFromEntity,
  draftFromName,
  entityFromDraft,
  looksLikeEverydayWord,
  readerEntityId,
  suggestedAmbiguous,
} from '../../lib/panel/entity-draft';
import { buildFoldTable } from '../../lib/text/fold-table';
import { fold } from '../../lib/text/fold';
import { toSimplified, toTraditional } from '../../lib/text/convert';
import type { ExtractedPage, SavedArticle } from '../../lib/library/model';
import { completeSave, statusOfJob, type SaveStatus, type SaveSteps } from '../../lib/panel/save-status';
import { followSaves } from '../../lib/panel/follow-saves';
import { putSaveJob } from '../../lib/library/save-job';

const page: ExtractedPage = {
  url: 'https://news.example/a/1',
  title: '星穹智能发布新模型',
  titleDerived: false,
  site: 'Example News',
  author: null,
  published: '2025-03-04',
  dateSource: 'meta',
  script: 'hans',
  paragraphs: ['星穹智能今天发布了新模型。'],
};

beforeEach(() => fakeBrowser.reset());

describe('save jobs', () => {
  it('records "extracting" at once, then the page, and the panel of that tab sees each step', async () => {
    const seen: Array<SaveJob['state'] | null> = [];
    const stop = watchSaveJob(7, (job) => seen.push(job?.state ?? null));
    const other: unknown[] = [];
    watchSaveJob(8, (job) => other.push(job));
    const job = await runExtraction(7, () => Promise.resolve({ ok: true, page }), 1000);
    expect(job).toEqual({ tabId: 7, at: 1000, state: 'extracted', page });
    expect(await readSaveJob(7)).toEqual(job);
    await finishSaveJob(job);
    expect(await readSaveJob(7)).toBeNull();
    await vi.waitFor(() => expect(seen).toEqual(['extracting', 'extracted', null]));
    expect(other).toEqual([]);
    stop();
  });

  it('turns a refusal, a failed injection and a malformed result into a refusal with its reason', async () => {
    const paywalled = { code: 'paywalled', chars: 120, signal: 'text: 订阅后阅读全文' };
    expect(jobFromExtraction(1, 2, { ok: false, refusal: paywalled })).toEqual({
      tabId: 1,
      at: 2,
      state: 'refused',
      refusal: paywalled,
    });
    const failed = await runExtraction(1, () => Promise.reject(new Error('Cannot access a chrome:// URL')), 5);
    expect(failed).toMatchObject({ state: 'unreachable', detail: 'Cannot access a chrome:// URL' });
    // A refusal only the store can give is not an extraction's answer.
    expect(jobFromExtraction(1, 2, { ok: false, refusal: { code: 'quota' } }).state).toBe('unreachable');
    // Markup where text belongs, a missing field, or nothing at all: never a page.
    expect(jobFromExtraction(1, 2, { ok: true, page: { ...page, paragraphs: [{ html: '<b>' }] } }).state).toBe(
      'unreachable',
    );
    expect(jobFromExtraction(1, 2, { ok: true, page: { ...page, script: undefined } }).state).toBe('unreachable');
    expect(jobFromExtraction(1, 2, undefined).state).toBe('unreachable');
  });

  it('keeps a newer job when an older one finishes', async () => {
    await runExtraction(3, () => Promise.resolve({ ok: true, page }), 10);
    await runExtraction(3, () => Promise.resolve({ ok: true, page }), 20);
    await finishSaveJob({ tabId: 3, at: 10 });
    expect((await readSaveJob(3))?.at).toBe(20);
  });
});

describe('entity drafts', () => {
  const table = buildFoldTable().table;
  const f = (text: string) => fold(text, table);
  const convert = { toSimplified, toTraditional };
  const known = new Map([
    [f('字节跳动'), 'bytedance'],
    [f('ByteDance'), 'bytedance'],
  ]);
  const context = { fold: f, entityIdOf: (name: string) => known.get(f(name)) ?? null, now: 100 };

  it('fills in the other script, whichever one the name was written in; Latin names stay as written', () => {
    expect(draftFromName('星穹智能', 'company', convert)).toMatchObject({ hans: '星穹智能', hant: '星穹智能' });
    expect(draftFromName('雲帆數據', 'company', convert)).toMatchObject({ hans: '云帆数据', hant: '雲帆數據' });
    expect(draftFromName(' Vidu ', 'model', convert)).toMatchObject({ hans: 'Vidu', hant: 'Vidu', en: 'Vidu' });
  });

  it('makes an entity with its owner resolved by any known name, aliases split and its own names left out', () => {
    const draft = {
      ...draftFromName('云帆数据', 'company', convert),
      aliases: '云帆，Yunfan, 雲帆數據、云帆',
      parent: '字節跳動',
      en: 'Yunfan Data',
    };
    const result = entityFromDraft(draft, context);
    expect(result).toEqual({
      ok: true,
      entity: {
        id: readerEntityId('云帆数据', f),
        type: 'company',
        name: { hans: '云帆数据', hant: '雲帆數據', en: 'Yunfan Data' },
        aliases: ['云帆', 'Yunfan'],
        parent: 'bytedance',
        description: '',
        ambiguousNames: [],
        cues: [],
        createdAt: 100,
        updatedAt: 100,
      },
    });
    // Editing keeps the id and the creation time, and shows the owner by name.
    if (!result.ok) return;
    const again = draftFromEntity(result.entity, (id) => (id === 'bytedance' ? '字节跳动' : id));
    expect(again.parent).toBe('字节跳动');
    const edited = entityFromDraft(
      { ...again, description: '一家做数据的公司' },
      { ...context, now: 200, existing: result.entity },
    );
    expect(edited).toMatchObject({ ok: true, entity: { id: result.entity.id, createdAt: 100, updatedAt: 200 } });
  });

  it('refuses an empty name, a name another entity has, and an owner nobody is called', () => {
    const draft = draftFromName('星穹智能', 'company', convert);
    expect(entityFromDraft({ ...draft, hans: ' ' }, context)).toMatchObject({
      ok: false,
      problem: { code: 'nameRequired' },
    });
    expect(entityFromDraft({ ...draft, hans: 'bytedance' }, context)).toMatchObject({
      ok: false,
      problem: { code: 'nameTaken' },
    });
    expect(entityFromDraft({ ...draft, parent: '不存在集团' }, context)).toMatchObject({
      ok: false,
      problem: { code: 'parentUnknown', name: '不存在集团' },
    });
  });

  it('suggests a one- or two-character Han name as an everyday word, not a longer or Latin one', () => {
    expect(draftFromName('星云', 'company', convert).ambiguousNames).toEqual(['星云']);
    expect(draftFromName('青', 'product', convert).ambiguousNames).toEqual(['青']);
    expect(draftFromName('云帆数据', 'company', convert).ambiguousNames).toEqual([]);
    expect(draftFromName('Vidu', 'model', convert).ambiguousNames).toEqual([]);
    expect(looksLikeEverydayWord('Qi')).toBe(false);
    expect(looksLikeEverydayWord('星云1')).toBe(false);
    expect(suggestedAmbiguous({ hans: '星云科技', aliases: '星云、Nebula，云' })).toEqual(['星云', '云']);
  });

  it('keeps ticked names it still has, folded cues without its own names, and both through an edit', () => {
    const draft = {
      ...draftFromName('星云科技', 'company', convert),
      aliases: '星云, Nebula',
      // 青松 is no longer one of its names: the tick goes with it.
      ambiguousNames: [' 星雲 ', '星云', '青松'],
      cues: ' 芯片，融資、 芯片 ;; 星云,CEO , ceo',
    };
    const result = entityFromDraft(draft, context);
    expect(result).toMatchObject({ ok: true, entity: { ambiguousNames: ['星雲'], cues: ['芯片', '融資', 'CEO'] } });
    if (!result.ok) return;
    const again = draftFromEntity(result.entity, (id) => id);
    expect(again).toMatchObject({ ambiguousNames: ['星雲'], cues: '芯片，融資，CEO' });
    const edited = entityFromDraft({ ...again, description: '做芯片' }, { ...context, existing: result.entity });
    expect(edited).toMatchObject({ ok: true, entity: { ambiguousNames: ['星雲'], cues: ['芯片', '融資', 'CEO'] } });
    // Unticked on edit: no name needs context, whatever cues remain.
    expect(entityFromDraft({ ...again, ambiguousNames: [] }, context)).toMatchObject({
      ok: true,
      entity: { ambiguousNames: [] },
    });
  });

  it('gives stable ids in the id alphabet: a slug for Latin names, a hash for Chinese ones, one per script pair', () => {
    expect(readerEntityId('Vidu 2', f)).toBe('user:vidu-2');
    expect(readerEntityId('雲帆數據', f)).toBe(readerEntityId('云帆数据', f));
    expect(readerEntityId('云帆数据', f)).toMatch(/^user:[a-z0-9][a-z0-9-]*$/);
    expect(readerEntityId('云帆数据', f)).not.toBe(readerEntityId('星穹智能', f));
  });
});

describe('the panel completing a save', () => {
  const job = { tabId: 1, at: 500, state: 'extracted' as const, page };
  const article = { ...page, id: 'lib:abc', savedAt: 500 } as SavedArticle;
  const steps = (over: Partial<SaveSteps>): SaveSteps => ({
    process: () => Promise.resolve(article),
    store: () => Promise.resolve({ ok: true }),
    savedAt: () => Promise.resolve(undefined),
    ...over,
  });

  it('saves once and shows the article; refusals get their sentence', async () => {
    const stored: SavedArticle[] = [];
    const ok = await completeSave(
      job,
      steps({ store: (a) => (stored.push(a), Promise.resolve({ ok: true as const })) }),
    );
    expect(ok).toEqual({ phase: 'saved', articleId: 'lib:abc' });
    expect(stored).toEqual([article]);
    const quota = await completeSave(
      job,
      steps({ store: () => Promise.resolve({ ok: false, refusal: { code: 'quota' } }) }),
    );
    expect(quota).toEqual({ phase: 'refused', refusal: { code: 'quota' } });
    const thrown = await completeSave(job, steps({ process: () => Promise.reject(new Error('segmenter failed')) }));
    expect(thrown).toEqual({ phase: 'failed', detail: 'segmenter failed' });
    expect(statusOfJob({ tabId: 1, at: 1, state: 'refused', refusal: { code: 'noArticle', chars: 12 } })).toEqual({
      phase: 'refused',
      refusal: { code: 'noArticle', chars: 12 },
    });
  });

  it('tells a duplicate from its twin: another panel saving this same job is a success', async () => {
    const duplicate = {
      ok: false as const,
      refusal: { code: 'duplicate' as const, by: 'url' as const, existingId: 'lib:abc', existingTitle: '旧文' },
    };
    const earlier = await completeSave(
      job,
      steps({ store: () => Promise.resolve(duplicate), savedAt: () => Promise.resolve(100) }),
    );
    expect(earlier).toEqual({ phase: 'refused', refusal: duplicate.refusal });
    const twin = await completeSave(
      job,
      steps({ store: () => Promise.resolve(duplicate), savedAt: () => Promise.resolve(500) }),
    );
    expect(twin).toEqual({ phase: 'saved', articleId: 'lib:abc' });
  });
});

describe('a panel following saves', () => {
  const steps = (stored: SavedArticle[]): SaveSteps => ({
    process: (p, now) => Promise.resolve({ ...p, id: `lib:${p.url.length}`, savedAt: now } as SavedArticle),
    store: (a) => (stored.push(a), Promise.resolve({ ok: true as const })),
    savedAt: () => Promise.resolve(undefined),
  });

  it("saves its own tab's page, and adopts a page whose tab closed before any panel took it", async () => {
    const stored: SavedArticle[] = [];
    const statuses: SaveStatus['phase'][] = [];
    await putSaveJob({ tabId: 9, at: 5, state: 'extracted', page });
    await putSaveJob({ tabId: 8, at: 6, state: 'refused', refusal: { code: 'noArticle', chars: 3 } });
    await putSaveJob({ tabId: 7, at: 7, state: 'extracted', page: { ...page, url: 'https://news.example/open-tab' } });
    const stop = followSaves(
      1,
      steps(stored),
      (s) => statuses.push(s.phase),
      (id) => Promise.resolve(id === 1 || id === 7),
    );
    // Tab 9 is gone: its page is saved here; tab 8's refusal is dropped unseen; tab 7 is open and keeps its job.
    await vi.waitFor(() => expect(stored.map((a) => a.url)).toEqual([page.url]));
    await vi.waitFor(async () => expect(await readSaveJob(9)).toBeNull());
    await vi.waitFor(async () => expect(await readSaveJob(8)).toBeNull());
    expect(await readSaveJob(7)).not.toBeNull();
    // Its own tab's page is saved as it arrives, and the panel says so.
    const own = { tabId: 1, at: 10, state: 'extracted' as const, page: { ...page, url: 'https://news.example/own' } };
    await putSaveJob(own);
    await vi.waitFor(() => expect(stored).toHaveLength(2));
    await vi.waitFor(() => expect(statuses.at(-1)).toBe('saved'));
    expect(statuses).toContain('processing');
    stop();
  });
});
