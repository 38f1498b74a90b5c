/** Reads the corpus folder (Node, build time). */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { dict } from '@node-rs/jieba/dict';
import type { CorpusSources, TextConverters } from './compile';
import { foldText, scriptVariants, toSimplified, toTraditional, wordVariants } from '../text/convert';
import { foldPairs } from '../text/fold-table';

/** The opencc-backed conversions the build compiles with (the CLI, the benches and the tests alike). */
export const BUILD_CONVERTERS: TextConverters = {
  fold: foldText,
  toSimplified,
  toTraditional,
  scriptVariants,
  foldPairs,
  wordVariants,
};

export function readCorpusSources(corpusDir: string): CorpusSources {
  const articlesDir = join(corpusDir, 'articles');
  const optional = (file: string) => (existsSync(join(corpusDir, file)) ? readFileSync(join(corpusDir, file), 'utf8') : undefined);
  return {
    articles: readdirSync(articlesDir)
      .filter((f) => f.endsWith('.md'))
      .sort()
      .map((f) => ({ file: `articles/${f}`, source: readFileSync(join(articlesDir, f), 'utf8') })),
    entitiesYaml: readFileSync(join(corpusDir, 'entities.yaml'), 'utf8'),
    repairsYaml: optional('repairs.yaml'),
    notEntitiesYaml: optional('not-entities.yaml'),
    sensesYaml: optional('senses.yaml'),
    // jieba's dictionary: word boundaries around the names (only a slice is shipped).
    wordList: new TextDecoder().decode(dict),
  };
}
