/**
 * The text converters processArticle needs, for an extension page (the offscreen document): the
 * fold from the table the build ships (.generated/fold-pairs.json, the same table the build folds
 * with, so names, keys and hashes match) and opencc-js for script conversion (about 1 MB: load it
 * only in the page that processes articles, never in the content script).
 */
import type { TextConverters } from '../corpus/pipeline';
import { fold, tableFromPairs } from '../text/fold';
import { scriptVariants, toSimplified, toTraditional, wordVariants } from '../text/convert';

export function libraryConverters(foldPairs: readonly number[]): TextConverters {
  const pairs = [...foldPairs];
  const table = tableFromPairs(pairs);
  return {
    fold: (text) => fold(text, table),
    toSimplified,
    toTraditional,
    scriptVariants,
    foldPairs: () => pairs,
    wordVariants,
  };
}
