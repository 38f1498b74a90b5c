/** The project's own corpus compiled as the build compiles it: once per run (shipped-corpus-setup.ts), read once per test file. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { type CompileResult } from '../../lib/corpus/compile';
import { Recognizer } from '../../lib/match/recognizer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The JSON file shipped-corpus-setup.ts wrote the compiled corpus to. */
    shippedCorpusFile: string;
  }
}

export const CORPUS_DIR = join(__dirname, '../../corpus');

let compiled: CompileResult | undefined;

export function shippedCorpus(): CompileResult {
  compiled ??= JSON.parse(readFileSync(inject('shippedCorpusFile'), 'utf8')) as CompileResult;
  return compiled;
}

export function shippedRecognizer(): Recognizer {
  return new Recognizer(shippedCorpus().recognizer);
}
