/**
 * npx tsx scripts/segmenter-agreement.ts: how far the extension's segmenter backend (jieba-wasm)
 * agrees with the build's (@node-rs/jieba) on the corpus text, both with the gazetteer's names as
 * user words, as the compiler and processArticle set them up. Prints the share of tokens with the
 * same span, the share of those with the same tag, and the paragraphs whose claims would differ
 * (a token list that is not identical).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Segmenter } from '../lib/claims/segment';
import { nodeJiebaTagger } from '../lib/claims/node-jieba';
import { wasmTagger } from '../lib/library/wasm-segmenter';
import type { CompiledCorpus } from '../lib/corpus/compile';
import { foldText } from '../lib/text/convert';

const corpus = JSON.parse(readFileSync('.generated/corpus.json', 'utf8')) as CompiledCorpus;
const names = corpus.names.filter((n) => !n.blocker).map((n) => n.key);
const onNode = new Segmenter(names, nodeJiebaTagger());
const wasm = readFileSync(join('node_modules', 'jieba-wasm', 'pkg', 'web', 'jieba_rs_wasm_bg.wasm'));
const onWasm = new Segmenter(names, await wasmTagger(wasm));

let tokens = 0;
let sameSpan = 0;
let sameTag = 0;
let paragraphs = 0;
let identical = 0;
const differences: string[] = [];
for (const article of corpus.articles) {
  for (const paragraph of article.paragraphs) {
    const folded = foldText(paragraph);
    const a = onNode.words(folded);
    const b = onWasm.words(folded);
    const spans = new Map(b.map((t) => [`${t.start}:${t.end}`, t.tag]));
    paragraphs++;
    tokens += a.length;
    let same = a.length === b.length;
    for (const t of a) {
      const tag = spans.get(`${t.start}:${t.end}`);
      if (tag === undefined) {
        same = false;
        continue;
      }
      sameSpan++;
      if (tag === t.tag) sameTag++;
      else {
        same = false;
        if (differences.length < 10) differences.push(`${t.word}: ${t.tag} (node) / ${tag} (wasm)`);
      }
    }
    if (same) identical++;
  }
}
const pct = (n: number, d: number) => ((100 * n) / d).toFixed(2);
console.log(
  `segmenter backends on the corpus (${corpus.articles.length} articles, ${paragraphs} paragraphs, ${tokens} tokens):`,
);
console.log(`  same word boundaries: ${pct(sameSpan, tokens)}% of tokens`);
console.log(`  same tag where the boundaries agree: ${pct(sameTag, sameSpan)}%`);
console.log(`  identical paragraphs: ${identical} of ${paragraphs}`);
for (const d of differences) console.log(`  ${d}`);
