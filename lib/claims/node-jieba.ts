/**
 * The Node backend of the segmenter (build time, tests, benches): @node-rs/jieba with jieba's
 * 349k-word dictionary. Importing this module makes it the default backend of `new Segmenter()`
 * and defaultSegmenter(), so Node code that never chose one keeps working. Never imported by the
 * extension (a native addon): extension pages use lib/library/wasm-segmenter.ts.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { setDefaultTagger, type Tagger } from './segment';

export function nodeJiebaTagger(): Tagger {
  const jieba = Jieba.withDict(dict);
  return {
    tag: (text) => jieba.tag(text),
    addWords: (words) => {
      if (words.length) jieba.loadDict(Buffer.from(words.map((w) => `${w.word} ${w.freq} ${w.tag}`).join('\n')));
    },
  };
}

setDefaultTagger(nodeJiebaTagger);
