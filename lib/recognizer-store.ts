/**
 * The recognizer content scripts load: the bundled names plus the reader's own, built by the
 * background (lib/library/recognizer-builder.ts) and kept in `storage.local`. This module is the
 * only one that knows the keys and the stored shape.
 *
 * With the reader's names it is several MB (25,000 reader entities: 4.8 MB); read as one value it
 * was one task of 150–270 ms in a page. So it is stored in chunks of at most CHUNK_CHARS each,
 * read one key per storage call and decoded as each arrives, so no task holds more than a chunk:
 * - `recognizer`, the head: { format, generation, builtAt, readerEntities, chunks, inline? }.
 *   When everything fits in one chunk (the bundled names alone) it is `inline` and one read loads it.
 * - `recognizer:<slot>:<i>`: { generation, parts }, slot = generation % 2. Each part is one slice of
 *   one field of the RecognizerData as JSON (strings cross into a frame's isolated world far
 *   faster than deep objects), or of the name matcher as base64 (a page loads the matcher
 *   instead of building it: with 50,000 names the build takes ten times the load).
 * A save writes the new generation's chunks into the other slot, then the head, then removes the
 * old slot: a reader never mixes two sets, and one that finds a chunk gone or of another
 * generation (a save ran while it read) starts again from the head.
 * Everything read is checked (valibot for the shape, plain loops for the big arrays, the
 * matcher's own checks): a value that is absent, of another format or corrupt reads as null,
 * and the page asks the background to build it again (from the bundled data if need be).
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { ENTITY_TYPES } from './core/entity-type';
import { Automaton, buildAutomaton } from './match/automaton';
import { Lexicon } from './match/segment';
import { Recognizer, type RecognizerData } from './match/recognizer';

export const RECOGNIZER_KEY = 'recognizer';
const FORMAT = 3;
/** A chunk's size in characters: a few ms to read and decode in a page. */
export const CHUNK_CHARS = 256 * 1024;
/** At most this many chunks (10 MB of storage.local, the quota without unlimitedStorage, is 40). */
const MAX_CHUNKS = 64;

const index = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Checked with a loop: valibot's per-element pipeline costs a tenth of a second at 50,000 names. */
const keyList = v.custom<string[]>(
  (x) => Array.isArray(x) && x.every((k) => typeof k === 'string' && k.length > 0 && k.length <= 500),
  'keys must be non-empty strings',
);
const TYPES: ReadonlySet<string> = new Set(ENTITY_TYPES);
const isStrings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
/** Also loops: valibot objects per entity and pipelines per index took about 10 ms at 25,000 reader entities. */
const entityList = v.custom<RecognizerData['entities']>(
  (x) =>
    Array.isArray(x) &&
    x.every(
      (e: Record<string, unknown> | null) =>
        !!e &&
        typeof e === 'object' &&
        typeof e.id === 'string' &&
        e.id.length >= 1 &&
        e.id.length <= 200 &&
        typeof e.type === 'string' &&
        TYPES.has(e.type) &&
        typeof e.ambiguous === 'boolean' &&
        isStrings(e.cues) &&
        (e.against === undefined || isStrings(e.against)) &&
        (e.pageEvidence === undefined || e.pageEvidence === false),
    ),
  'entities must have an id, a known type, an ambiguity flag and cue lists',
);
const indexList = v.custom<number[]>(
  (x) => Array.isArray(x) && x.every((i) => Number.isInteger(i) && i >= 0),
  'indexes must be non-negative integers',
);
const codeList = v.custom<number[]>(
  (x) => Array.isArray(x) && x.every((c) => Number.isInteger(c) && c >= 0 && c <= 0xffff),
  'fold pairs must be UTF-16 code units',
);
const entryTable = v.custom<number[][]>(
  (x) => Array.isArray(x) && x.every((ids) => Array.isArray(ids) && ids.every((i) => Number.isInteger(i) && i >= 0)),
  'entries must be lists of entity indexes',
);

/** The per-element checks of each array field; references across fields are checked once all are in. */
const FIELD_CHECKS = {
  keys: keyList,
  entries: entryTable,
  ambiguous: indexList,
  families: indexList,
  entities: entityList,
  lexicon: v.array(v.string()),
  foldPairs: codeList,
} as const;
type ArrayField = keyof typeof FIELD_CHECKS;
const ARRAY_FIELDS = Object.keys(FIELD_CHECKS) as ArrayField[];
const FIELDS: ReadonlySet<string> = new Set([...ARRAY_FIELDS, 'automaton']);

/** One slice of a field: its items as JSON, or for `automaton` a piece of the matcher as base64. */
export type Part = [field: ArrayField | 'automaton', text: string];

const partList = v.custom<Part[]>(
  (x) =>
    Array.isArray(x) &&
    x.every((p) => Array.isArray(p) && p.length === 2 && FIELDS.has(p[0] as string) && typeof p[1] === 'string'),
  'parts must be [field, text] pairs',
);

const chunkSchema = v.object({ generation: index, parts: partList });
export type Chunk = v.InferOutput<typeof chunkSchema>;

const headSchema = v.object({
  format: v.literal(FORMAT),
  generation: index,
  builtAt: v.number(),
  readerEntities: index,
  chunks: v.pipe(index, v.maxValue(MAX_CHUNKS)),
  inline: v.optional(chunkSchema),
});
export type RecognizerHead = v.InferOutput<typeof headSchema>;

/** What a save writes: the head and the chunks, in order (chunk i under chunkKey(generation, i)). */
export interface StoredRecognizer {
  head: RecognizerHead;
  chunks: Chunk[];
}

export function chunkKey(generation: number, i: number): string {
  return `${RECOGNIZER_KEY}:${generation % 2}:${i}`;
}

/** Every key a slot can hold, to clear it of a save that was cut short. */
function slotKeys(slot: number): string[] {
  return Array.from({ length: MAX_CHUNKS }, (_, i) => chunkKey(slot, i));
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A field's items as JSON slices of at most about `size` characters each (one item may exceed it). */
function slices(items: readonly unknown[], size: number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  let length = 2;
  for (const item of items) {
    const json = JSON.stringify(item);
    if (current.length && length + json.length + 1 > size) {
      out.push(`[${current.join(',')}]`);
      [current, length] = [[], 2];
    }
    current.push(json);
    length += json.length + 1;
  }
  if (current.length || !out.length) out.push(`[${current.join(',')}]`);
  return out;
}

/**
 * The stored form of `data`, its name matcher built here (the background's side), in chunks of
 * about `chunkChars` characters. Throws when it needs more than MAX_CHUNKS.
 */
export function encodeRecognizer(
  data: RecognizerData,
  readerEntities: number,
  { generation = 1, builtAt = Date.now(), chunkChars = CHUNK_CHARS } = {},
): StoredRecognizer {
  const automaton = toBase64(buildAutomaton(data.keys.map((key, value) => ({ key, value }))));
  const parts: Part[] = ARRAY_FIELDS.flatMap((field) =>
    slices(data[field], chunkChars).map((text): Part => [field, text]),
  );
  // Base64 cut at multiples of 4 characters: each piece decodes on its own.
  const step = Math.max(4, Math.floor(chunkChars / 4) * 4);
  for (let i = 0; i < automaton.length || i === 0; i += step) parts.push(['automaton', automaton.slice(i, i + step)]);
  const chunks: Chunk[] = [];
  let size = Infinity;
  for (const part of parts) {
    if (size + part[1].length > chunkChars) {
      chunks.push({ generation, parts: [] });
      size = 0;
    }
    chunks[chunks.length - 1]!.parts.push(part);
    size += part[1].length;
  }
  if (chunks.length > MAX_CHUNKS)
    throw new Error(`the recognizer is too large to store (${chunks.length} chunks of ${chunkChars} characters)`);
  const head = { format: FORMAT, generation, builtAt, readerEntities } as const;
  return chunks.length === 1
    ? { head: { ...head, chunks: 0, inline: chunks[0]! }, chunks: [] }
    : { head: { ...head, chunks: chunks.length }, chunks };
}

/**
 * Decodes a stored recognizer chunk by chunk: `add` each chunk as it is read (in order or not),
 * then `finish`. Any invalid chunk makes the whole read as absent (null).
 */
export class RecognizerReader {
  private readonly decoded: Array<Array<[ArrayField, unknown[]] | ['automaton', Uint8Array]>> = [];
  private failed = false;

  constructor(readonly head: RecognizerHead) {}

  /** Whether `value` belongs to this head's generation (else the set changed while it was read). */
  ofThisGeneration(value: unknown): boolean {
    return (
      !!value && typeof value === 'object' && (value as { generation?: unknown }).generation === this.head.generation
    );
  }

  /** Checks and decodes chunk `i` (`value` as read from storage). */
  add(i: number, value: unknown): void {
    if (this.failed) return;
    const chunk = v.safeParse(chunkSchema, value);
    if (!chunk.success || chunk.output.generation !== this.head.generation) {
      this.failed = true;
      return;
    }
    try {
      this.decoded[i] = chunk.output.parts.map(([field, text]) => {
        if (field === 'automaton') return [field, fromBase64(text)];
        const items = v.safeParse(FIELD_CHECKS[field], JSON.parse(text));
        if (!items.success) throw new Error(`invalid ${field}`);
        return [field, items.output];
      });
    } catch {
      // Not JSON, not base64, or items that fail their checks.
      this.failed = true;
    }
  }

  /** The recognizer once every chunk is in; null if one was missing or invalid. */
  finish(): Recognizer | null {
    const steps = this.finishing();
    for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
  }

  /** The same, a step per task: `nextTask` between the checks, the matcher, the word list and the table. */
  async finishInTasks(nextTask: () => Promise<unknown>): Promise<Recognizer | null> {
    const steps = this.finishing();
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await nextTask();
    }
  }

  private *finishing(): Generator<void, Recognizer | null> {
    const count = this.head.inline ? 1 : this.head.chunks;
    if (this.failed || this.decoded.length !== count) return null;
    for (let i = 0; i < count; i++) if (!this.decoded[i]) return null;
    const fields = new Map<string, unknown[][]>();
    const bytes: Uint8Array[] = [];
    for (const parts of this.decoded)
      for (const [field, value] of parts) {
        if (value instanceof Uint8Array) bytes.push(value);
        else fields.set(field, [...(fields.get(field) ?? []), value]);
      }
    const all = <T>(field: ArrayField) => ([] as T[]).concat(...((fields.get(field) ?? []) as T[][]));
    const data: RecognizerData = {
      version: 2,
      keys: all('keys'),
      entries: all('entries'),
      ambiguous: all('ambiguous'),
      families: all('families'),
      entities: all('entities'),
      lexicon: all('lexicon'),
      foldPairs: all('foldPairs'),
    };
    if (!consistent(data)) return null;
    const buffer = new Uint8Array(bytes.reduce((n, b) => n + b.length, 0));
    let at = 0;
    for (const b of bytes) buffer.set(b, (at += b.length) - b.length);
    yield;
    try {
      const automaton = new Automaton(buffer.buffer);
      yield;
      const lexicon = new Lexicon(data.lexicon);
      yield;
      return new Recognizer(data, undefined, { automaton, lexicon });
    } catch {
      // A matcher that fails its own checks.
      return null;
    }
  }
}

/** What the Recognizer indexes with: every reference in range. */
function consistent(d: RecognizerData): boolean {
  return (
    d.keys.length === d.entries.length &&
    d.entries.every((ids) => ids.every((i) => i < d.entities.length)) &&
    d.ambiguous.every((i) => i < d.keys.length) &&
    d.families.length % 2 === 0 &&
    d.families.every((x, i) => x < (i % 2 ? d.entities.length : d.keys.length)) &&
    d.foldPairs.length % 2 === 0
  );
}

/** The recognizer in a stored form (head and chunks, as read), else null. Pure. */
export function decodeRecognizer(head: unknown, chunks: readonly unknown[] = []): Recognizer | null {
  const parsed = v.safeParse(headSchema, head);
  if (!parsed.success) return null;
  const reader = new RecognizerReader(parsed.output);
  if (parsed.output.inline) reader.add(0, parsed.output.inline);
  else chunks.forEach((chunk, i) => reader.add(i, chunk));
  return reader.finish();
}

/** What storage.local.get returns for one key. */
async function read(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

/**
 * Writes `data` as the next generation (see the module comment for the order). Rejects when
 * storage refuses the write (quota): the caller keeps or replaces what was there.
 * One key per call: every open page is told of each change (storage.onChanged, with the old and
 * new values), and one change per chunk keeps each of those tasks as small as a chunk.
 */
export async function saveRecognizer(
  data: RecognizerData,
  readerEntities: number,
  chunkChars = CHUNK_CHARS,
): Promise<void> {
  const local = browser.storage.local;
  const previous = v.safeParse(headSchema, await read(RECOGNIZER_KEY));
  const generation = previous.success ? previous.output.generation + 1 : 1;
  const { head, chunks } = encodeRecognizer(data, readerEntities, { generation, chunkChars });
  const oldKeys = previous.success
    ? Array.from({ length: previous.output.chunks }, (_, i) => chunkKey(previous.output.generation, i))
    : [];
  const removeEach = async (keys: string[]) => {
    for (const key of keys) await local.remove(key);
  };
  // Whatever is left in this slot is older than the current set (or of a save cut short).
  await local.remove(slotKeys(generation % 2));
  let dropped = false;
  for (let i = 0; i < chunks.length; i++) {
    const item = { [chunkKey(generation, i)]: chunks[i] };
    try {
      await local.set(item);
    } catch (error) {
      if (dropped) throw error;
      // Two sets do not fit the quota together: the old one goes first (pages meanwhile find
      // none and ask for a rebuild, which waits for this one).
      dropped = true;
      await removeEach([RECOGNIZER_KEY, ...oldKeys]);
      await local.set(item);
    }
  }
  await local.set({ [RECOGNIZER_KEY]: head });
  if (!dropped) await removeEach(oldKeys);
}

/** Lets the page run between two steps of a start: scheduler.yield where there is one. */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Not a recognizer: the set changed while it was read (read it again from the new head). */
const CHANGED = Symbol('changed');

/** The stored generation each recognizer read from storage was decoded from. */
const generations = new WeakMap<Recognizer, number>();

/** The generation `recognizer` was read from (0 if it was not read from storage). */
export function generationOf(recognizer: Recognizer): number {
  return generations.get(recognizer) ?? 0;
}

/** Reads and decodes the set `head` names, each chunk in the task its read arrives in. */
async function loadFrom(head: unknown): Promise<Recognizer | null | typeof CHANGED> {
  const parsed = v.safeParse(headSchema, head);
  if (!parsed.success) return null;
  const reader = new RecognizerReader(parsed.output);
  if (parsed.output.inline) reader.add(0, parsed.output.inline);
  // One read per chunk, all asked at once: each answer is its own task, decoded there.
  const current = await Promise.all(
    Array.from({ length: parsed.output.chunks }, async (_, i) => {
      const value = await read(chunkKey(parsed.output.generation, i));
      if (!reader.ofThisGeneration(value)) return false;
      reader.add(i, value);
      return true;
    }),
  );
  if (!current.every(Boolean)) return CHANGED;
  // The bundled names alone are small: made at once, as fast as one read allows.
  const recognizer = parsed.output.inline ? reader.finish() : await reader.finishInTasks(nextTask);
  if (recognizer) generations.set(recognizer, parsed.output.generation);
  return recognizer;
}

export async function loadRecognizer(): Promise<Recognizer | null> {
  // A save removes the old chunks after writing the new head: at most a few retries.
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await loadFrom(await read(RECOGNIZER_KEY));
    if (result !== CHANGED) return result;
  }
  return null;
}

/**
 * The stored recognizer, or, when it is absent or corrupt, the one `rebuild` (a request to the
 * background) writes; null if even that fails (the page then stays unmarked, never broken).
 */
export async function loadOrRebuildRecognizer(rebuild: () => Promise<unknown>): Promise<Recognizer | null> {
  const stored = await loadRecognizer();
  if (stored) return stored;
  await rebuild();
  return loadRecognizer();
}

/** Calls `onChange` with each newly stored recognizer (a corrupt or removed one is ignored). */
export function watchRecognizer(onChange: (recognizer: Recognizer) => void): () => void {
  let latest = 0;
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (!(RECOGNIZER_KEY in changes)) return;
    const change = ++latest;
    void loadFrom(changes[RECOGNIZER_KEY].newValue).then((recognizer) => {
      // A later save supersedes this one (its own change is on the way).
      if (change === latest && recognizer instanceof Recognizer) onChange(recognizer);
    });
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => {
    latest = -1;
    browser.storage.local.onChanged.removeListener(listener);
  };
}
