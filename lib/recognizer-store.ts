/**
 * The recognizer content scripts load: the bundled names plus the reader's own, built by the
 * background (lib/library/recognizer-builder.ts) and kept in `storage.local` under one key. This
 * module is the only one that knows the key and the stored shape:
 * - `recognizer`: { format, builtAt, readerEntities, json, automaton } where `json` is the
 *   RecognizerData as one string (one string crosses into each frame's isolated world far
 *   faster than a deep object of tens of thousands of arrays) and `automaton` the name matcher
 *   built from its keys, base64 (a page loads it instead of building it: with 50,000 names the
 *   build takes ten times the load).
 * Everything read is checked (valibot for the shape, plain loops for the big arrays, the
 * matcher's own checks): a value that is absent, of another format or corrupt reads as null,
 * and the page asks the background to build it again (from the bundled data if need be).
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { ENTITY_TYPES } from './core/entity-type';
import { buildAutomaton } from './match/automaton';
import { Recognizer, type RecognizerData } from './match/recognizer';

export const RECOGNIZER_KEY = 'recognizer';
const FORMAT = 2;

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
        (e.against === undefined || isStrings(e.against)),
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

const recognizerDataSchema = v.pipe(
  v.object({
    version: v.literal(2),
    keys: keyList,
    entries: entryTable,
    ambiguous: indexList,
    families: indexList,
    entities: entityList,
    lexicon: v.array(v.string()),
    foldPairs: codeList,
  }),
  // What the Recognizer indexes with: every reference in range.
  v.check((d) => d.keys.length === d.entries.length, 'one entry per key'),
  v.check((d) => d.entries.every((ids) => ids.every((i) => i < d.entities.length)), 'entity index out of range'),
  v.check((d) => d.ambiguous.every((i) => i < d.keys.length), 'ambiguous index out of range'),
  v.check(
    (d) => d.families.length % 2 === 0 && d.families.every((x, i) => x < (i % 2 ? d.entities.length : d.keys.length)),
    'family pair out of range',
  ),
  v.check((d) => d.foldPairs.length % 2 === 0, 'fold pairs come in pairs'),
);

const storedSchema = v.object({
  format: v.literal(FORMAT),
  builtAt: v.number(),
  readerEntities: index,
  json: v.string(),
  automaton: v.string(),
});

export type StoredRecognizer = v.InferOutput<typeof storedSchema>;

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** The recognizer if `value` is a valid stored one, else null. Pure. */
export function decodeRecognizer(value: unknown): Recognizer | null {
  const stored = v.safeParse(storedSchema, value);
  if (!stored.success) return null;
  try {
    const data = v.safeParse(recognizerDataSchema, JSON.parse(stored.output.json));
    return data.success ? new Recognizer(data.output, fromBase64(stored.output.automaton)) : null;
  } catch {
    // Not JSON, not base64, or a matcher that fails its own checks.
    return null;
  }
}

/** The stored form of `data`, its name matcher built here (the background's side). */
export function encodeRecognizer(data: RecognizerData, readerEntities: number, builtAt = Date.now()): StoredRecognizer {
  const automaton = buildAutomaton(data.keys.map((key, value) => ({ key, value })));
  return { format: FORMAT, builtAt, readerEntities, json: JSON.stringify(data), automaton: toBase64(automaton) };
}

/** Rejects when storage refuses the write (quota): the caller keeps or replaces what was there. */
export function saveRecognizer(data: RecognizerData, readerEntities: number): Promise<void> {
  return browser.storage.local.set({ [RECOGNIZER_KEY]: encodeRecognizer(data, readerEntities) });
}

export async function loadRecognizer(): Promise<Recognizer | null> {
  return decodeRecognizer((await browser.storage.local.get(RECOGNIZER_KEY))[RECOGNIZER_KEY]);
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
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (!(RECOGNIZER_KEY in changes)) return;
    const recognizer = decodeRecognizer(changes[RECOGNIZER_KEY].newValue);
    if (recognizer) onChange(recognizer);
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
