/**
 * Processing a saved article in the side panel: the library pipeline (lib/library/process.ts)
 * with opencc's converters and the jieba-wasm segmenter. The panel is where this runs because
 * every save opens it anyway (to show what was found), it already holds the corpus and the
 * database, and it is a page that lives while the reader looks at it: no offscreen document
 * (another permission and another copy of the corpus in memory), and the web page's own thread
 * never does this work. The panel imports this module only when a save needs it, so opening the
 * panel does not load opencc's dictionaries or the 4 MB segmenter.
 */
import type { CompiledCorpus } from '../corpus/compile';
import type { LexiconData } from '../match/segment';
import type { ExtractedPage, ReaderEntity, SavedArticle } from '../library/model';
import { librarySegmenter, processArticle, type ProcessContext } from '../library/process';
import { wasmTagger } from '../library/wasm-segmenter';
import { libraryConverters } from '../library/converters';

export interface ProcessingInputs {
  corpus: CompiledCorpus;
  lexicon: LexiconData;
  /** The fold table the build ships (.generated/fold-pairs.json). */
  foldPairs: readonly number[];
  /** The reader's entities and dismissed names now (read for every article). */
  library: () => Promise<{ readerEntities: ReaderEntity[]; dismissed: Set<string> }>;
}

/** `process(page, now)` for the panel's save steps; contexts are reused while the reader's names stay the same. */
export function panelProcessor(inputs: ProcessingInputs): (page: ExtractedPage, now: number) => Promise<SavedArticle> {
  const convert = libraryConverters(inputs.foldPairs);
  // processArticle caches what it derives per context object: one object while the reader's
  // names stay the same, its set of dismissed names refreshed in place.
  const dismissedNow = new Set<string>();
  let cached: { signature: string; context: ProcessContext } | null = null;
  return async (page, now) => {
    const [tagger, { readerEntities, dismissed }] = await Promise.all([wasmTagger(), inputs.library()]);
    const signature = readerEntities.map((e) => `${e.id}@${e.updatedAt}`).join('|');
    if (cached?.signature !== signature) {
      cached = {
        signature,
        context: {
          corpus: inputs.corpus,
          readerEntities,
          segmenter: librarySegmenter(inputs.corpus, readerEntities, convert, tagger),
          convert,
          lexicon: inputs.lexicon,
          dismissed: dismissedNow,
        },
      };
    }
    dismissedNow.clear();
    for (const key of dismissed) dismissedNow.add(key);
    return processArticle(page, cached.context, now);
  };
}
