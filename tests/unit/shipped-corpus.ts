/** The project's own corpus compiled as the build compiles it, once per test file. */
import { join } from 'node:path';
import { compileCorpus, type CompileResult } from '../../lib/corpus/compile';
import { readCorpusSources } from '../../lib/corpus/load';
import { foldText, scriptVariants, toSimplified, toTraditional, wordVariants } from '../../lib/text/convert';
import { foldPairs } from '../../lib/text/fold-table';
import { Recognizer } from '../../lib/match/recognizer';

export const CORPUS_DIR = join(__dirname, '../../corpus');

let compiled: CompileResult | undefined;

export function shippedCorpus(): CompileResult {
  compiled ??= compileCorpus(readCorpusSources(CORPUS_DIR), {
    fold: foldText,
    toSimplified,
    toTraditional,
    scriptVariants,
    wordVariants,
    foldPairs,
  });
  return compiled;
}

export function shippedRecognizer(): Recognizer {
  return new Recognizer(shippedCorpus().recognizer);
}
