/**
 * The recognizer content scripts load: the bundled names plus the reader's own, built by the
 * background (lib/library/recognizer-builder.ts) and kept in `storage.local` under one key. This
 * module is the only one that knows the key and the stored shape:
 * - `recognizer`: { format, builtAt, readerEntities, json } where `json` is the RecognizerData as
 *   one string (one string crosses into each frame's isolated world far faster than a deep
 *   object of tens of thousands of arrays; the frame parses it itself).
 * Everything read is validated: a value that is absent, of another format or corrupt reads as
 * null, and the page asks the background to build it again (from the bundled data if need be).
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { ENTITY_TYPES } from './core/entity-type';
import type { RecognizerData } from './match/recognizer';

export const RECOGNIZER_KEY = 'recognizer';
const FORMAT = 1;

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const code = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffff));

const recognizerDataSchema = v.pipe(
  v.object({
    version: v.literal(2),
    keys: v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(500))),
    entries: v.array(v.array(index)),
    ambiguous: v.array(index),
    families: v.array(index),
    entities: v.array(
      v.object({
        id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
        type: v.picklist(ENTITY_TYPES),
        ambiguous: v.boolean(),
        cues: v.array(v.string()),
        against: v.optional(v.array(v.string())),
      }),
    ),
    lexicon: v.array(v.string()),
    foldPairs: v.array(code),
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
});

export type StoredRecognizer = v.InferOutput<typeof storedSchema>;

/** The RecognizerData if `value` is a valid stored recognizer, else null. Pure. */
export function decodeRecognizer(value: unknown): RecognizerData | null {
  const stored = v.safeParse(storedSchema, value);
  if (!stored.success) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored.output.json);
  } catch {
    return null;
  }
  const data = v.safeParse(recognizerDataSchema, parsed);
  return data.success ? data.output : null;
}

export function encodeRecognizer(data: RecognizerData, readerEntities: number, builtAt = Date.now()): StoredRecognizer {
  return { format: FORMAT, builtAt, readerEntities, json: JSON.stringify(data) };
}

/** Rejects when storage refuses the write (quota): the caller keeps or replaces what was there. */
export function saveRecognizer(data: RecognizerData, readerEntities: number): Promise<void> {
  return browser.storage.local.set({ [RECOGNIZER_KEY]: encodeRecognizer(data, readerEntities) });
}

export async function loadRecognizer(): Promise<RecognizerData | null> {
  return decodeRecognizer((await browser.storage.local.get(RECOGNIZER_KEY))[RECOGNIZER_KEY]);
}

/**
 * The stored recognizer, or, when it is absent or corrupt, the one `rebuild` (a request to the
 * background) writes; null if even that fails (the page then stays unmarked, never broken).
 */
export async function loadOrRebuildRecognizer(rebuild: () => Promise<unknown>): Promise<RecognizerData | null> {
  const stored = await loadRecognizer();
  if (stored) return stored;
  await rebuild();
  return loadRecognizer();
}

/** Calls `onChange` with each newly stored recognizer (a corrupt or removed one is ignored). */
export function watchRecognizer(onChange: (data: RecognizerData) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    if (!(RECOGNIZER_KEY in changes)) return;
    const data = decodeRecognizer(changes[RECOGNIZER_KEY].newValue);
    if (data) onChange(data);
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
