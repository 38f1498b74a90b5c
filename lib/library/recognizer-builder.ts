/**
 * Rebuilds the stored recognizer when the reader's gazetteer changes: bundled names plus the
 * reader's entities, merged (./reader-names.ts) and written where content scripts load it.
 * Requests that arrive during a build are served by one more build after it (the last change
 * is always included; a burst of ten costs two builds). If the merged recognizer cannot be
 * stored (a quota error), the bundled one is stored instead: pages keep the bundled names
 * rather than nothing, and the error is reported.
 */
import type { RecognizerData } from '../match/recognizer';
import type { ReaderEntity } from './model';
import { mergeReaderNames, type NameCollision, type ReaderNameConverters } from './reader-names';
import { lexiconCosts, wordSource, type WordSource } from '../match/crossing-words';
import type { LexiconData } from '../match/segment';

export interface RecognizerBuilderOptions {
  bundled: RecognizerData;
  /** The full Traditional→Simplified table ([from, to, …]). */
  allFoldPairs: readonly number[];
  /**
   * Every word common enough to win a segmentation (.generated/word-table.json): the reader's
   * names get their crossing words from it. Without it they get none.
   */
  wordTable?: LexiconData;
  /** Loaded on first use (opencc's converters cost about half a second to make). */
  converters: () => ReaderNameConverters | Promise<ReaderNameConverters>;
  loadReaderEntities: () => Promise<ReaderEntity[]>;
  save: (data: RecognizerData, readerEntities: number) => Promise<void>;
}

export type RebuildResult =
  { ok: true; names: number; readerEntities: number; collisions: NameCollision[] } | { ok: false; error: string };

export function recognizerBuilder(options: RecognizerBuilderOptions): () => Promise<RebuildResult> {
  // Indexed by character on the first rebuild, then kept while the worker lives.
  let words: WordSource | undefined;
  const wordsOnce = () =>
    options.wordTable ? (words ??= wordSource(lexiconCosts(options.wordTable), -Infinity)) : undefined;
  const buildOnce = async (): Promise<RebuildResult> => {
    let readers: ReaderEntity[];
    try {
      readers = await options.loadReaderEntities();
    } catch (error) {
      // The bundled names still go out; the reader's come back with the next rebuild.
      const saved = await saveOrFail(options.bundled, 0);
      return { ok: false, error: `reader entities could not be read: ${String(error)}${saved ? '' : ' (nor stored)'}` };
    }
    const { data, collisions } = mergeReaderNames(
      options.bundled,
      readers,
      await options.converters(),
      options.allFoldPairs,
      wordsOnce(),
    );
    try {
      await options.save(data, readers.length);
    } catch (error) {
      await saveOrFail(options.bundled, 0);
      return { ok: false, error: `the recognizer could not be stored: ${String(error)}` };
    }
    return { ok: true, names: data.keys.length, readerEntities: readers.length, collisions };
  };
  const saveOrFail = (data: RecognizerData, count: number) =>
    options.save(data, count).then(
      () => true,
      () => false,
    );

  let running: Promise<RebuildResult> | null = null;
  let queued: Promise<RebuildResult> | null = null;
  return () => {
    if (!running) {
      running = buildOnce().finally(() => (running = null));
      return running;
    }
    // A build is under way and may have read the entities before this change: one more after it.
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = null;
        running = buildOnce().finally(() => (running = null));
        return running;
      });
    return queued;
  };
}
