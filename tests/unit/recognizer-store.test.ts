// The stored recognizer (lib/recognizer-store.ts) over WXT's fake browser, and the builder that
// writes it (lib/library/recognizer-builder.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(async () => {
  const testing = await import('wxt/testing/fake-browser');
  (globalThis as { chrome?: unknown }).chrome = testing.fakeBrowser;
  return testing;
});

import {
  decodeRecognizer,
  encodeRecognizer,
  loadOrRebuildRecognizer,
  loadRecognizer,
  RECOGNIZER_KEY,
  saveRecognizer,
  watchRecognizer,
} from '../../lib/recognizer-store';
import { recognizerBuilder } from '../../lib/library/recognizer-builder';
import { validReaderEntities } from '../../lib/library/reader-entities-source';
import type { ReaderEntity } from '../../lib/library/model';
import { Recognizer, recognizerData, type RecognizerData } from '../../lib/match/recognizer';
import { buildAutomaton } from '../../lib/match/automaton';

const data: RecognizerData = recognizerData(
  [
    { key: '字节跳动', entityIds: ['bytedance'], blocker: false },
    { key: '豆包', entityIds: ['doubao'], blocker: false, ambiguous: true },
    { key: '阿里山', entityIds: [], blocker: true },
  ],
  [
    { id: 'bytedance', type: 'company', ambiguous: false, cues: [] },
    { id: 'doubao', type: 'model', ambiguous: true, cues: ['模型'], against: ['包子'] },
  ],
  [0x7bc0, 0x8282],
  ['', '的 了'],
);

const entity: ReaderEntity = {
  id: 'user:nio',
  type: 'company',
  name: { hans: '蔚来', hant: '蔚來', en: 'NIO' },
  aliases: [],
  parent: null,
  description: '',
  ambiguousNames: [],
  cues: [],
  createdAt: 1,
  updatedAt: 1,
};

beforeEach(() => fakeBrowser.reset());

/** What a loaded recognizer recognizes, to compare two of them. */
function finds(recognizer: Recognizer | null): string[] | null {
  return recognizer && recognizer.classify('字节跳动推出豆包大模型').certain.map((m) => m.entityId);
}
const expected = finds(new Recognizer(data));

describe('decodeRecognizer', () => {
  it('reads back what was encoded', () => {
    expect(expected).toEqual(['bytedance', 'doubao']);
    const decoded = decodeRecognizer(encodeRecognizer(data, 0));
    expect(finds(decoded)).toEqual(expected);
    expect(decoded?.entities).toEqual(data.entities);
  });

  it('reads a matcher that is not base64, corrupt, or built for more names than the table holds as absent', () => {
    const good = encodeRecognizer(data, 0);
    expect(decodeRecognizer({ ...good, automaton: '***' })).toBeNull();
    expect(decodeRecognizer({ ...good, automaton: good.automaton.slice(0, 40) })).toBeNull();
    const more = buildAutomaton(['字节跳动', '豆包', '阿里山', '星云'].map((key, value) => ({ key, value })));
    const bytes = new Uint8Array(more);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    expect(decodeRecognizer({ ...good, automaton: btoa(binary) })).toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['another format', { ...encodeRecognizer(data, 0), format: 1 }],
    ['a string that is not JSON', { ...encodeRecognizer(data, 0), json: '{"version":2,' }],
    ['an unknown version', encodeRecognizer({ ...data, version: 3 } as unknown as RecognizerData, 0)],
    ['an entry without a key', encodeRecognizer({ ...data, keys: data.keys.slice(1) }, 0)],
    ['an entity index out of range', encodeRecognizer({ ...data, entries: [[7], [1], []] }, 0)],
    ['an ambiguous index out of range', encodeRecognizer({ ...data, ambiguous: [3] }, 0)],
    ['an odd fold table', encodeRecognizer({ ...data, foldPairs: [1, 2, 3] }, 0)],
    [
      'an unknown entity type',
      encodeRecognizer({ ...data, entities: [{ ...data.entities[0]!, type: 'x' as 'company' }, data.entities[1]!] }, 0),
    ],
    [
      'an entity without an id',
      encodeRecognizer({ ...data, entities: [{ ...data.entities[0]!, id: '' }, data.entities[1]!] }, 0),
    ],
    [
      'an entity whose cues are not strings',
      encodeRecognizer(
        { ...data, entities: [data.entities[0]!, { ...data.entities[1]!, cues: [3 as unknown as string] }] },
        0,
      ),
    ],
    ['an entity that is not an object', encodeRecognizer({ ...data, entities: [null!, data.entities[1]!] }, 0)],
    ['a negative ambiguous index', encodeRecognizer({ ...data, ambiguous: [-1] }, 0)],
    ['a fold pair outside UTF-16', encodeRecognizer({ ...data, foldPairs: [0x7bc0, 0x10000] }, 0)],
  ])('reads %s as absent', (_, value) => {
    expect(decodeRecognizer(value)).toBeNull();
  });
});

describe('the stored recognizer', () => {
  it('is absent until saved, then loads; a corrupt value reads as absent', async () => {
    expect(await loadRecognizer()).toBeNull();
    await saveRecognizer(data, 0);
    expect(finds(await loadRecognizer())).toEqual(expected);
    await fakeBrowser.storage.local.set({ [RECOGNIZER_KEY]: { ...encodeRecognizer(data, 0), json: 'garbage' } });
    expect(await loadRecognizer()).toBeNull();
  });

  it('asks for a rebuild when absent or corrupt, and loads what the rebuild stored', async () => {
    await fakeBrowser.storage.local.set({ [RECOGNIZER_KEY]: 'corrupt' });
    const rebuild = vi.fn(() => saveRecognizer(data, 0));
    expect(finds(await loadOrRebuildRecognizer(rebuild))).toEqual(expected);
    expect(rebuild).toHaveBeenCalledOnce();
    expect(finds(await loadOrRebuildRecognizer(rebuild))).toEqual(expected);
    expect(rebuild).toHaveBeenCalledOnce();
  });

  it('is null when the rebuild stores nothing (the page then stays unmarked)', async () => {
    expect(await loadOrRebuildRecognizer(() => Promise.resolve(undefined))).toBeNull();
  });

  it('tells watchers about each new valid recognizer, not about corrupt ones', async () => {
    const seen: Recognizer[] = [];
    const unwatch = watchRecognizer((r) => seen.push(r));
    await saveRecognizer(data, 0);
    await fakeBrowser.storage.local.set({ [RECOGNIZER_KEY]: { format: 2 } });
    await fakeBrowser.storage.local.set({ other: 1 });
    expect(seen.map(finds)).toEqual([expected]);
    unwatch();
    await saveRecognizer({ ...data, lexicon: [] }, 0);
    expect(seen).toHaveLength(1);
  });
});

describe('recognizerBuilder', () => {
  const builder = (load: () => Promise<ReaderEntity[]>, save: (d: RecognizerData, n: number) => Promise<void>) =>
    recognizerBuilder({
      bundled: data,
      allFoldPairs: [0x4f86, 0x6765],
      converters: () => ({ scriptVariants: (name: string) => [name] }),
      loadReaderEntities: load,
      save,
    });

  it('stores the bundled names plus the reader entities', async () => {
    const save = vi.fn((_d: RecognizerData, _n: number) => Promise.resolve());
    const result = await builder(() => Promise.resolve([entity]), save)();
    expect(result).toMatchObject({ ok: true, readerEntities: 1, names: data.keys.length + 2 });
    const [stored, count] = save.mock.calls[0]!;
    expect(count).toBe(1);
    expect(stored.keys).toEqual(expect.arrayContaining(['字节跳动', '蔚来', 'nio']));
    // 來 folds to 来 on pages now.
    expect(stored.foldPairs).toEqual([0x7bc0, 0x8282, 0x4f86, 0x6765]);
  });

  it('stores the bundled names when the merged ones do not fit, and says so', async () => {
    const save = vi.fn((d: RecognizerData) =>
      d === data ? Promise.resolve() : Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    );
    const result = await builder(() => Promise.resolve([entity]), save)();
    expect(result).toEqual({ ok: false, error: expect.stringContaining('quota') as string });
    expect(save).toHaveBeenLastCalledWith(data, 0);
  });

  it('stores the bundled names when the reader entities cannot be read', async () => {
    const save = vi.fn(() => Promise.resolve());
    const result = await builder(() => Promise.reject(new Error('db closed')), save)();
    expect(result).toEqual({ ok: false, error: expect.stringContaining('db closed') as string });
    expect(save).toHaveBeenCalledWith(data, 0);
  });

  it('serves requests made during a build with one more build that sees the latest entities', async () => {
    let entities: ReaderEntity[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const loads: number[] = [];
    const save = vi.fn(() => Promise.resolve());
    const rebuild = builder(async () => {
      const current = entities;
      loads.push(current.length);
      if (loads.length === 1) await gate;
      return current;
    }, save);
    const first = rebuild();
    entities = [entity];
    const second = rebuild();
    const third = rebuild();
    release();
    expect(await first).toMatchObject({ ok: true, readerEntities: 0 });
    expect(await second).toMatchObject({ ok: true, readerEntities: 1 });
    expect(await third).toMatchObject({ ok: true, readerEntities: 1 });
    expect(loads).toEqual([0, 1]);
  });
});

describe('validReaderEntities', () => {
  it('keeps well-formed rows and drops the rest', () => {
    const rows = [
      entity,
      { ...entity, id: 'nio' },
      { ...entity, id: 'user:x', type: 'planet' },
      null,
      { ...entity, id: 'user:y', aliases: 'x' },
    ];
    expect(validReaderEntities(rows).map((e) => e.id)).toEqual(['user:nio']);
  });
});
