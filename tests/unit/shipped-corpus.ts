/** The project's own corpus compiled as the build compiles it, once per test file. */
import { join } from 'node:path';
import { compileCorpus, type CompileResult } from '../../lib/corpus/compile';
import { BUILD_CONVERTERS, readCorpusSources } from '../../lib/corpus/load';
import { Recognizer } from '../../lib/match/recognizer';

export const CORPUS_DIR = join(__dirname, '../../corpus');

let compiled: CompileResult | undefined;

export function shippedCorpus(): CompileResult {
  compiled ??= compileCorpus(readCorpusSources(CORPUS_DIR), BUILD_CONVERTERS);
  return compiled;
}

export function shippedRecognizer(): Recognizer {
  return new Recognizer(shippedCorpus().recognizer);
}
