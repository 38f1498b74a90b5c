// The stored recognizer (lib/recognizer-store.ts) over WXT's fake browser, and the builder that
// writes it (lib/library/recognizer-builder.ts).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const { fakeBrowser } = await vi.hoisted(async () => {
  const testing = await import('wxt/testing/fake-browser');
  (globalThis as { chrome?: unknown }).chrome = testing.fakeBrowser;
  return testing;
});

import {
  chunkKey,
  decodeRecognizer,
  encodeRecognizer,
  generationOf,
  loadOrRebuildRecognizer,
  loadRecognizer,
  RECOGNIZER_KEY,
  RecognizerReader,
  saveRecognizer,
  watchRecognizer,
  type RecognizerHead,
  type StoredRecognizer,
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

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** What a loaded recognizer recognizes, to compare two of them. */
function finds(recognizer: Recognizer | null): string[] | null {
  return recognizer && recognizer.classify('字节跳动推出豆包大模型').certain.map((m) => m.entityId);
}
const expected = finds(new Recognizer(data));

/** Decodes a stored form as a page reads it. */
const decode = (stored: StoredRecognizer) => decodeRecognizer(stored.head, stored.chunks);
/** The stored form in chunks of 60 characters: several per field, so the split is exercised. */
const small = (d: RecognizerData = data) => encodeRecognizer(d, 0, { chunkChars: 60 });

describe('encodeRecognizer and decodeRecognizer', () => {
  it('reads back what was encoded, in one chunk inside the head or in many', () => {
    expect(expected).toEqual(['bytedance', 'doubao']);
    const whole = encodeRecognizer(data, 0);
    expect(whole.head.inline).toBeDefined();
    expect(whole.chunks).toEqual([]);
    expect(finds(decode(whole))).toEqual(expected);
    const split = small();
    expect(split.head.inline).toBeUndefined();
    expect(split.chunks.length).toBeGreaterThan(4);
    expect(split.head.chunks).toBe(split.chunks.length);
    const decoded = decode(split);
    expect(finds(decoded)).toEqual(expected);
    expect(decoded?.entities).toEqual(data.entities);
  });

  it('builds the recognizer from its chunks in steps, yielding between them', async () => {
    const stored = small();
    const reader = new RecognizerReader(stored.head);
    stored.chunks.forEach((chunk, i) => reader.add(i, chunk));
    const nextTask = vi.fn(() => Promise.resolve());
    expect(finds(await reader.finishInTasks(nextTask))).toEqual(expected);
    expect(nextTask).toHaveBeenCalledTimes(3);
  });

  it('keeps every chunk within its size unless one item alone is larger', () => {
    const many = recognizerData(
      Array.from({ length: 300 }, (_, i) => ({ key: `名字${i}`, entityIds: ['bytedance'], blocker: false })),
      [data.entities[0]!],
      [],
      [],
    );
    const stored = encodeRecognizer(many, 0, { chunkChars: 500 });
    for (const chunk of stored.chunks) {
      const size = chunk.parts.reduce((n, [, text]) => n + text.length, 0);
      expect(size).toBeLessThanOrEqual(500);
    }
    expect(
      decode(stored)
        ?.classify('名字7和名字299')
        .certain.map((m) => m.entityId),
    ).toEqual(['bytedance', 'bytedance']);
  });

  it('reads a set with a chunk missing, of another generation or out of order as absent or as it is', () => {
    const stored = small();
    expect(decodeRecognizer(stored.head, stored.chunks.slice(1))).toBeNull();
    expect(decodeRecognizer(stored.head, [...stored.chunks.slice(0, -1), undefined])).toBeNull();
    const other = encodeRecognizer(data, 0, { chunkChars: 60, generation: 2 });
    expect(decodeRecognizer(stored.head, [other.chunks[0], ...stored.chunks.slice(1)])).toBeNull();
    // Chunks may arrive in any order; each is put where it belongs.
    const reader = new RecognizerReader(stored.head);
    [...stored.chunks.entries()].reverse().forEach(([i, chunk]) => reader.add(i, chunk));
    expect(finds(reader.finish())).toEqual(expected);
  });

  it('reads a matcher that is not base64, corrupt, or built for more names than the table holds as absent', () => {
    const good = encodeRecognizer(data, 0);
    const withMatcher = (text: string) =>
      decode({
        ...good,
        head: {
          ...good.head,
          inline: {
            ...good.head.inline!,
            parts: [...good.head.inline!.parts.filter(([field]) => field !== 'automaton'), ['automaton', text]],
          },
        },
      });
    const automaton = good.head.inline!.parts.find(([field]) => field === 'automaton')![1];
    expect(withMatcher(automaton)).not.toBeNull();
    expect(withMatcher('***')).toBeNull();
    expect(withMatcher(automaton.slice(0, 40))).toBeNull();
    const more = buildAutomaton(['字节跳动', '豆包', '阿里山', '星云'].map((key, value) => ({ key, value })));
    const bytes = new Uint8Array(more);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    expect(withMatcher(btoa(binary))).toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['the single-value format before chunks', { format: 2, builtAt: 1, readerEntities: 0, json: '{}', automaton: '' }],
    ['another format', { ...encodeRecognizer(data, 0).head, format: 1 }],
    ['more chunks than storage can hold', { ...small().head, chunks: 1000 }],
    [
      'a part that is not JSON',
      {
        ...encodeRecognizer(data, 0).head,
        inline: { generation: 1, parts: [['keys', '["字节跳动",']] },
      },
    ],
    ['an unknown field', { ...encodeRecognizer(data, 0).head, inline: { generation: 1, parts: [['names', '[]']] } }],
    ['an entry without a key', encodeRecognizer({ ...data, keys: data.keys.slice(1) }, 0).head],
    ['an entity index out of range', encodeRecognizer({ ...data, entries: [[7], [1], []] }, 0).head],
    ['an ambiguous index out of range', encodeRecognizer({ ...data, ambiguous: [3] }, 0).head],
    ['an odd fold table', encodeRecognizer({ ...data, foldPairs: [1, 2, 3] }, 0).head],
    [
      'an unknown entity type',
      encodeRecognizer({ ...data, entities: [{ ...data.entities[0]!, type: 'x' as 'company' }, data.entities[1]!] }, 0)
        .head,
    ],
    [
      'an entity without an id',
      encodeRecognizer({ ...data, entities: [{ ...data.entities[0]!, id: '' }, data.entities[1]!] }, 0).head,
    ],
    [
      'an entity whose cues are not strings',
      encodeRecognizer(
        { ...data, entities: [data.entities[0]!, { ...data.entities[1]!, cues: [3 as unknown as string] }] },
        0,
      ).head,
    ],
    ['an entity that is not an object', encodeRecognizer({ ...data, entities: [null!, data.entities[1]!] }, 0).head],
    ['a negative ambiguous index', encodeRecognizer({ ...data, ambiguous: [-1] }, 0).head],
    ['a fold pair outside UTF-16', encodeRecognizer({ ...data, foldPairs: [0x7bc0, 0x10000] }, 0).head],
  ])('reads %s as absent', (_, head) => {
    expect(decodeRecognizer(head)).toBeNull();
  });

  it('refuses to encode more chunks than storage can hold', () => {
    const many = recognizerData(
      Array.from({ length: 300 }, (_, i) => ({ key: `名字${i}`, entityIds: ['bytedance'], blocker: false })),
      [data.entities[0]!],
      [],
      [],
    );
    expect(() => encodeRecognizer(many, 0, { chunkChars: 20 })).toThrow(/too large/);
  });
});

/** storage.local as these tests replace its calls (the fake's own types are the callback overloads). */
interface Local {
  get(keys: unknown): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** Every key storage.local holds now. */
const storedKeys = async () => Object.keys(await fakeBrowser.storage.local.get(null)).sort();

describe('the stored recognizer', () => {
  it('is absent until saved, then loads; a corrupt value reads as absent', async () => {
    expect(await loadRecognizer()).toBeNull();
    await saveRecognizer(data, 0);
    expect(finds(await loadRecognizer())).toEqual(expected);
    await fakeBrowser.storage.local.set({ [RECOGNIZER_KEY]: { ...encodeRecognizer(data, 0).head, chunks: 3 } });
    expect(await loadRecognizer()).toBeNull();
  });

  it('writes each generation to the other slot, one key per write, then the head, then removes the old set', async () => {
    await saveRecognizer(data, 0, 60);
    const first = (await fakeBrowser.storage.local.get(RECOGNIZER_KEY))[RECOGNIZER_KEY] as RecognizerHead;
    expect(first.generation).toBe(1);
    expect(await storedKeys()).toEqual(
      [RECOGNIZER_KEY, ...Array.from({ length: first.chunks }, (_, i) => chunkKey(1, i))].sort(),
    );
    const writes: string[][] = [];
    // (Chromium reports only keys that changed; the fake also lists removed keys that were never there.)
    fakeBrowser.storage.local.onChanged.addListener(
      (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => {
        const changed = Object.keys(changes).filter(
          (key) => (changes[key]!.oldValue ?? changes[key]!.newValue ?? null) !== null,
        );
        if (changed.length) writes.push(changed);
      },
    );
    await saveRecognizer({ ...data, lexicon: [] }, 0, 60);
    const second = (await fakeBrowser.storage.local.get(RECOGNIZER_KEY))[RECOGNIZER_KEY] as RecognizerHead;
    expect(second.generation).toBe(2);
    expect(await storedKeys()).toEqual(
      [RECOGNIZER_KEY, ...Array.from({ length: second.chunks }, (_, i) => chunkKey(2, i))].sort(),
    );
    // Every change one key: the new chunks, the head, then the old chunks going.
    expect(writes.every((keys) => keys.length === 1)).toBe(true);
    const order = writes.map(([key]) => key!);
    expect(order.indexOf(RECOGNIZER_KEY)).toBe(second.chunks);
    expect(order.slice(0, second.chunks)).toEqual(Array.from({ length: second.chunks }, (_, i) => chunkKey(2, i)));
    expect(order.slice(second.chunks + 1).sort()).toEqual(
      Array.from({ length: first.chunks }, (_, i) => chunkKey(1, i)).sort(),
    );
    expect(finds(await loadRecognizer())).toEqual(expected);
  });

  it('reads the new set when a save replaces the one it was reading', async () => {
    await saveRecognizer(data, 0, 60);
    const replacement = { ...data, entities: [data.entities[0]!, { ...data.entities[1]!, id: 'doubao-2' }] };
    const local = fakeBrowser.storage.local as unknown as Local;
    const get = local.get.bind(local);
    let saved = false;
    // The first chunk read finds a save under way: the old set is gone by the time it is read.
    vi.spyOn(local, 'get').mockImplementation(async (keys) => {
      if (!saved && keys === chunkKey(1, 0)) {
        saved = true;
        await saveRecognizer(replacement, 0, 60);
      }
      return get(keys);
    });
    expect(finds(await loadRecognizer())).toEqual(['bytedance', 'doubao-2']);
    expect(saved).toBe(true);
  });

  it('drops the old set first when both do not fit, and the new one loads', async () => {
    await saveRecognizer(data, 0, 60);
    const local = fakeBrowser.storage.local as unknown as Local;
    const set = local.set.bind(local);
    const get = local.get.bind(local);
    // A quota that holds one set: a chunk write fails while the old set is still there.
    vi.spyOn(local, 'set').mockImplementation(async (items) => {
      const oldThere = (await get(chunkKey(1, 0)))[chunkKey(1, 0)] !== undefined;
      if (oldThere && Object.keys(items).some((key) => key.startsWith(`${RECOGNIZER_KEY}:0:`)))
        throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    await saveRecognizer({ ...data, lexicon: [] }, 0, 60);
    expect((await storedKeys()).some((key) => key.startsWith(`${RECOGNIZER_KEY}:1:`))).toBe(false);
    expect(finds(await loadRecognizer())).toEqual(expected);
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

  it('knows which stored generation each recognizer it read came from (what a page marks with)', async () => {
    await saveRecognizer(data, 0);
    const first = await loadRecognizer();
    await saveRecognizer(data, 0, 60);
    const second = await loadRecognizer();
    expect([generationOf(first!), generationOf(second!)]).toEqual([1, 2]);
    const watched: number[] = [];
    const unwatch = watchRecognizer((r) => watched.push(generationOf(r)));
    await saveRecognizer(data, 0);
    await vi.waitFor(() => expect(watched).toEqual([3]));
    unwatch();
    // Not read from storage: no generation.
    expect(generationOf(decodeRecognizer(encodeRecognizer(data, 0, { generation: 7 }).head)!)).toBe(0);
  });

  it('tells watchers about each new valid recognizer, chunked or not, not about corrupt ones', async () => {
    const seen: Recognizer[] = [];
    const unwatch = watchRecognizer((r) => seen.push(r));
    await saveRecognizer(data, 0);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await saveRecognizer({ ...data, entities: [data.entities[0]!, { ...data.entities[1]!, id: 'doubao-2' }] }, 0, 60);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    await fakeBrowser.storage.local.set({ [RECOGNIZER_KEY]: { format: 2 } });
    await fakeBrowser.storage.local.set({ other: 1 });
    await saveRecognizer(data, 0, 60);
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    expect(seen.map(finds)).toEqual([expected, ['bytedance', 'doubao-2'], expected]);
    unwatch();
    await saveRecognizer({ ...data, lexicon: [] }, 0);
    expect(await loadRecognizer()).not.toBeNull();
    expect(seen).toHaveLength(3);
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
