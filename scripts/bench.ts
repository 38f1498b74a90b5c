/**
 * npm run bench: speed figures printed as ratios against a baseline measured in the same run
 * (the machines are shared and noisy, so absolute times mean little). Results also go to
 * bench-results/latest.json for comparison over time.
 *
 * Corpus compile: the corpus repeated 20× and 200× (articles copied under new ids); the time
 * ratio between the two should be near 10 (linear growth).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { compileCorpus, type CorpusSources, type TextConverters } from '../lib/corpus/compile';
import { readCorpusSources } from '../lib/corpus/load';
import { foldText, scriptVariants, toSimplified, toTraditional } from '../lib/text/convert';
import { foldPairs } from '../lib/text/fold-table';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const converters: TextConverters = { fold: foldText, toSimplified, toTraditional, scriptVariants, foldPairs };
const results: Record<string, unknown> = {};

function repeatCorpus(sources: CorpusSources, times: number): CorpusSources {
  const articles: CorpusSources['articles'] = [];
  for (let i = 0; i < times; i++) {
    for (const a of sources.articles) {
      articles.push({ file: `${i}-${a.file}`, source: a.source.replace(/^id: (.+)$/m, `id: $1-copy${i}`) });
    }
  }
  return { ...sources, articles };
}

/** Best of `runs` wall-clock timings, in ms (the minimum is the least disturbed by other load). */
function time(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function benchCompile(): void {
  const sources = readCorpusSources(join(root, 'corpus'));
  compileCorpus(sources, converters); // warm-up: opencc tables, JIT
  const once = time(() => compileCorpus(sources, converters), 3);
  const x20 = repeatCorpus(sources, 20);
  const x200 = repeatCorpus(sources, 200);
  const t20 = time(() => compileCorpus(x20, converters), 2);
  const t200 = time(() => compileCorpus(x200, converters), 1);
  const chars = sources.articles.reduce((n, a) => n + a.source.length, 0);
  console.log('corpus compile');
  console.log(`  1× corpus (${sources.articles.length} articles, ${(chars / 1000).toFixed(0)}k characters): ${once.toFixed(0)} ms`);
  console.log(`  20×: ${t20.toFixed(0)} ms   200×: ${t200.toFixed(0)} ms`);
  console.log(`  200× / 20× = ${(t200 / t20).toFixed(2)}  (10.00 is linear growth)`);
  results.compile = { onceMs: once, x20Ms: t20, x200Ms: t200, ratio200to20: t200 / t20 };
}

benchCompile();
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results', 'latest.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, ...results }, null, 2));
console.log('written to bench-results/latest.json');
