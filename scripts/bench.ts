/**
 * npm run bench: speed figures printed as ratios against a baseline measured in the same run
 * (the machines are shared and noisy, so absolute times mean little). Results also go to
 * bench-results/latest.json for comparison over time.
 *
 * Corpus compile: the corpus repeated 20× and 200× (articles copied under new ids); the time
 * ratio between the two should be near 10 (linear growth).
 *
 * Name matcher: about 1 MB of folded Chinese; our automaton against a plain charCodeAt loop
 * (the floor), a single RegExp alternation of all names and the npm modern-ahocorasick, with
 * the real gazetteer and synthetic ones of 10,000 and 50,000 names.
 *
 * Saving an article (lib/library/process.ts): one article of typical size (a corpus article) and
 * a 50 KB one (the five articles as one page), processed on the extension's segmenter backend
 * (jieba-wasm) against the same on the build's (@node-rs/jieba) in the same run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { compileCorpus, type CorpusSources } from '../lib/corpus/compile';
import { BUILD_CONVERTERS, readCorpusSources } from '../lib/corpus/load';
import { foldText, scriptVariants } from '../lib/text/convert';
import { foldPairs } from '../lib/text/fold-table';
import { mergeReaderNames } from '../lib/library/reader-names';
import { buildWordTable } from '../lib/corpus/lexicon';
import { lexiconCosts, wordSource } from '../lib/match/crossing-words';
import { readerEntities } from './bench-reader-entities';
import { decodeRecognizer, encodeRecognizer, RecognizerReader, type StoredRecognizer } from '../lib/recognizer-store';
import type { RecognizerData } from '../lib/match/recognizer';
import { Automaton, buildAutomaton, MATCH_INTS } from '../lib/match/automaton';
import { Recognizer } from '../lib/match/recognizer';
import AhoCorasick from 'modern-ahocorasick';
import { gzipSync } from 'node:zlib';
import { seeded } from './bench-random';
import { readFileSync } from 'node:fs';
import { nodeJiebaTagger } from '../lib/claims/node-jieba';
import { wasmTagger } from '../lib/library/wasm-segmenter';
import { librarySegmenter, processArticle, type ProcessContext } from '../lib/library/process';
import type { ExtractedPage } from '../lib/library/model';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const converters = BUILD_CONVERTERS;
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
  console.log(
    `  1× corpus (${sources.articles.length} articles, ${(chars / 1000).toFixed(0)}k characters): ${once.toFixed(0)} ms`,
  );
  console.log(`  20×: ${t20.toFixed(0)} ms   200×: ${t200.toFixed(0)} ms`);
  console.log(`  200× / 20× = ${(t200 / t20).toFixed(2)}  (10.00 is linear growth)`);
  results.compile = { onceMs: once, x20Ms: t20, x200Ms: t200, ratio200to20: t200 / t20 };
}

/** Synthetic names: 2–6 characters drawn by corpus frequency (so prefixes are shared), 15% Latin. */
function syntheticNames(count: number, text: string, real: string[], random: () => number): string[] {
  const chars = [...text].filter((c) => /[\u4e00-\u9fff]/.test(c));
  const latin = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const names = new Set(real);
  while (names.size < count) {
    if (random() < 0.15) {
      const length = 3 + Math.floor(random() * 10);
      names.add(Array.from({ length }, () => latin[Math.floor(random() * latin.length)]).join(''));
    } else {
      const length = 2 + Math.floor(random() * 5);
      names.add(Array.from({ length }, () => chars[Math.floor(random() * chars.length)]).join(''));
    }
  }
  return [...names];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function benchMatcher(): void {
  const { corpus, recognizer: recognizerData } = compileCorpus(readCorpusSources(join(root, 'corpus')), converters);
  const random = seeded(42);
  // About 1 MB of folded Chinese: the corpus's paragraphs, shuffled and repeated.
  const paragraphs = corpus.articles.flatMap((a) => a.paragraphs);
  let text = '';
  while (text.length < 1_000_000 / 2) text += paragraphs[Math.floor(random() * paragraphs.length)] + '\n';
  text = foldText(text);
  const bytes = Buffer.byteLength(text);
  let sink = 0;
  const charCodeLoop = () => {
    let sum = 0;
    for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
    sink += sum;
  };
  const floor = time(charCodeLoop, 10);
  const foldTime = time(() => void (sink += foldText(text).length), 5);
  console.log('name matcher');
  console.log(
    `  text: ${(bytes / 1e6).toFixed(2)} MB UTF-8 (${text.length} characters); floor (charCodeAt loop): ${(bytes / 1e6 / (floor / 1000)).toFixed(0)} MB/s`,
  );
  console.log(`  fold of the text: ${(foldTime / floor).toFixed(1)}× the floor`);
  const real = corpus.names.map((n) => n.key);
  const sets: Array<[string, string[]]> = [
    ['real gazetteer', real],
    ['10,000 names', syntheticNames(10_000, text, real, random)],
    ['50,000 names', syntheticNames(50_000, text, real, random)],
  ];
  const matcherResults: Record<string, unknown> = { textBytes: bytes, floorMs: floor, foldOverFloor: foldTime / floor };
  for (const [label, keys] of sets) {
    let start = performance.now();
    const buffer = buildAutomaton(keys.map((key, value) => ({ key, value })));
    const buildMs = performance.now() - start;
    start = performance.now();
    const automaton = new Automaton(buffer);
    const loadMs = performance.now() - start;
    // The floor is timed again, interleaved with ours, so both see the same load on a shared machine.
    // Ours is the call the recognizer makes (Recognizer.matchFrom): scan into one reused buffer,
    // again from the last match while the buffer fills. findAll (an object per match) for reference.
    const found = new Int32Array(MATCH_INTS * 1024);
    const scanAll = () => {
      let count = 0;
      for (let from = 0; ;) {
        const n = automaton.scan(text, from, text.length, found);
        count += n;
        if (n * MATCH_INTS < found.length) return count;
        from = found[(n - 1) * MATCH_INTS + 1]!;
      }
    };
    let ours = Infinity;
    let objects = Infinity;
    let floorHere = Infinity;
    for (let run = 0; run < 7; run++) {
      floorHere = Math.min(floorHere, time(charCodeLoop, 1));
      ours = Math.min(
        ours,
        time(() => void (sink += scanAll()), 1),
      );
      objects = Math.min(
        objects,
        time(() => void (sink += automaton.findAll(text).length), 1),
      );
    }
    const ourCount = scanAll();

    // The others are slow on big dictionaries (the RegExp backtracks through every alternative
    // at each position; the npm matcher segments graphemes): each is timed on a slice sized so
    // one run takes about a second, at most 50,000 characters (the npm matcher slows down more
    // than linearly on longer texts), and compared per character. Match counts are on the slice.
    const perChar = (run: (slice: string) => number) => {
      const probe = text.slice(0, 2_000);
      const t0 = performance.now();
      run(probe);
      const estimate = Math.max(0.0001, (performance.now() - t0) / probe.length);
      const slice = text.slice(0, Math.min(text.length, 50_000, Math.max(2_000, Math.floor(1000 / estimate))));
      let count = 0;
      const ms = time(() => void (count = run(slice)), 2);
      return { msPerChar: ms / slice.length, count, sliceLength: slice.length };
    };
    const oursPerChar = ours / text.length;

    // The RegExp has no word-boundary rule: an upper bound on its speed.
    let regexp = { msPerChar: NaN, count: 0, sliceLength: 0 };
    let regexpBuildMs = NaN;
    try {
      start = performance.now();
      const re = new RegExp(
        [...keys]
          .sort((a, b) => b.length - a.length)
          .map(escapeRegExp)
          .join('|'),
        'g',
      );
      regexpBuildMs = performance.now() - start;
      regexp = perChar((slice) => [...slice.matchAll(re)].length);
    } catch (error) {
      console.log(`  (${label}: the RegExp failed: ${(error as Error).message})`);
    }

    start = performance.now();
    const ac = new AhoCorasick(keys);
    const acBuildMs = performance.now() - start;
    const aho = perChar((slice) => ac.search(slice, { strategy: 'leftmost-longest' }).length);
    const oursOn = (length: number) => automaton.findAll(text.slice(0, length)).length;
    const regexpMs = regexp.msPerChar * text.length;
    const acMs = aho.msPerChar * text.length;
    const regexpCount = regexp.count;
    const acCount = aho.count;

    const json = Buffer.byteLength(JSON.stringify(keys));
    console.log(`  ${label} (${keys.length} names)`);
    console.log(
      `    ours: ${(ours / floorHere).toFixed(2)}× the floor (aim ≤ 3 with the real names, ≤ 5 with 50,000), ${ourCount} matches, built in ${buildMs.toFixed(0)} ms, loaded in ${loadMs.toFixed(0)} ms, ${buffer.byteLength} bytes (${gzipSync(Buffer.from(buffer)).length} gzipped; the key list as JSON: ${json})`,
    );
    console.log(`    findAll (an object per match): ${(objects / floorHere).toFixed(2)}× the floor`);
    console.log(
      `    RegExp alternation: ${(regexp.msPerChar / oursPerChar).toFixed(1)}× slower than ours; on its ${regexp.sliceLength}-character slice ${regexpCount} matches (ours: ${oursOn(regexp.sliceLength)}); built in ${regexpBuildMs.toFixed(0)} ms`,
    );
    console.log(
      `    modern-ahocorasick (leftmost-longest): ${(aho.msPerChar / oursPerChar).toFixed(1)}× slower than ours; on its ${aho.sliceLength}-character slice ${acCount} matches (ours: ${oursOn(aho.sliceLength)}); built in ${acBuildMs.toFixed(0)} ms`,
    );
    matcherResults[label] = {
      names: keys.length,
      oursOverFloor: ours / floorHere,
      findAllOverFloor: objects / floorHere,
      regexpOverOurs: regexpMs / ours,
      ahoCorasickOverOurs: acMs / ours,
      sliceLengths: { regexp: regexp.sliceLength, ahoCorasick: aho.sliceLength },
      matches: { ours: ourCount, regexp: regexpCount, ahoCorasick: acCount },
      loadMs: loadMs,
      buildMs: { ours: buildMs, regexp: regexpBuildMs, ahoCorasick: acBuildMs },
      bytes: buffer.byteLength,
    };
  }
  // The whole path the scanner runs in its 16K windows: fold, match, blockers, word boundaries,
  // versions, evidence. Against the bare matcher on the same text (its cost is the decisions).
  const recognizer = new Recognizer(recognizerData);
  const bare = time(() => void (sink += recognizer.match(text).length), 5);
  const recognize = time(() => {
    for (let from = 0; from < text.length;) {
      const r = recognizer.classify(text, from, Math.min(text.length, from + 16_384));
      sink += r.certain.length + r.needsPage.length;
      from = r.next;
    }
  }, 5);
  const ambiguous = recognizer.match(text).filter((m) => m.entry.ambiguous).length;
  console.log(
    `  recognition (fold, match, word boundaries, versions, evidence) in 16K windows: ${(recognize / bare).toFixed(1)}× the bare matcher (${ambiguous} ambiguous matches decided)`,
  );
  matcherResults.recognitionOverMatcher = recognize / bare;
  if (sink === 0.5) console.log('');
  results.matcher = matcherResults;
}

async function benchLibrary(): Promise<void> {
  const { corpus, recognizer } = compileCorpus(readCorpusSources(join(root, 'corpus')), converters);
  const wasmFile = readFileSync(join(root, 'node_modules', 'jieba-wasm', 'pkg', 'web', 'jieba_rs_wasm_bg.wasm'));
  let start = performance.now();
  const wasm = await wasmTagger(wasmFile);
  const wasmSegmenter = librarySegmenter(corpus, [], converters, wasm);
  const wasmStartMs = performance.now() - start;
  start = performance.now();
  const nodeSegmenter = librarySegmenter(corpus, [], converters, nodeJiebaTagger());
  const nodeStartMs = performance.now() - start;
  const context = (segmenter: ProcessContext['segmenter']): ProcessContext => ({
    corpus,
    readerEntities: [],
    dismissed: new Set(),
    segmenter,
    convert: converters,
    lexicon: recognizer.lexicon,
  });
  const onWasm = context(wasmSegmenter);
  const onNode = context(nodeSegmenter);
  const page = (paragraphs: string[]): ExtractedPage => ({
    url: 'https://bench.example/article',
    title: 'bench',
    titleDerived: false,
    site: 'bench',
    author: null,
    published: '2024-06-01',
    dateSource: 'meta',
    script: 'hans',
    paragraphs,
  });
  const typical = page(corpus.articles[0]!.paragraphs);
  // 50 KB of text: every corpus article, then again from the first until the size is reached.
  const all = corpus.articles.flatMap((a) => a.paragraphs);
  const fifty: string[] = [];
  for (let i = 0; Buffer.byteLength(fifty.join('\n')) < 50 * 1024; i++) fifty.push(all[i % all.length]!);
  const large = page(fifty);
  const kb = (p: ExtractedPage) => Buffer.byteLength(p.paragraphs.join('\n')) / 1024;
  console.log('saving an article (processArticle), jieba-wasm against @node-rs/jieba in the same run');
  console.log(
    `  loading: wasm module and ${corpus.names.length} user words ${wasmStartMs.toFixed(0)} ms; @node-rs/jieba ${nodeStartMs.toFixed(0)} ms`,
  );
  const library: Record<string, unknown> = { wasmStartMs, nodeStartMs };
  for (const [name, p] of [
    ['typical', typical],
    ['50KB', large],
  ] as const) {
    processArticle(p, onWasm, 0); // warm-up (and the per-context matcher)
    processArticle(p, onNode, 0);
    const w = time(() => processArticle(p, onWasm, 0), 5);
    const n = time(() => processArticle(p, onNode, 0), 5);
    console.log(
      `  ${name} (${kb(p).toFixed(0)} KB of text): ${w.toFixed(0)} ms on wasm, ${(w / n).toFixed(2)}× the Node backend (${n.toFixed(0)} ms)`,
    );
    library[name] = { kb: kb(p), wasmMs: w, nodeMs: n, wasmOverNode: w / n };
  }
  results.library = library;
}

/**
 * The reader's names: rebuilding the recognizer with 5,000 reader entities (what the background
 * does when the reader confirms or deletes one) against compiling the bundled corpus (what the
 * build does) in the same run; the stored size; and a content script's start with the stored
 * form (validate, then build the matcher) against the start before (parse the bundled string
 * the script carried, then build the matcher). The reader's names get crossing words from the
 * background's word table: the rebuild, size and start are also given without them, same run.
 */
async function benchReaderNames(): Promise<void> {
  const sources = readCorpusSources(join(root, 'corpus'));
  let compiled = compileCorpus(sources, converters);
  const compileMs = time(() => void (compiled = compileCorpus(sources, converters)), 2);
  const bundled = compiled.recognizer;
  const text = compiled.corpus.articles.flatMap((a) => a.paragraphs).join('\n');
  const random = seeded(7);
  const allPairs = foldPairs();
  console.log('reader names');
  // The background's word table, as shipped, and its index (made once per worker).
  const table = buildWordTable(sources.wordList!);
  const tableBytes = Buffer.byteLength(JSON.stringify(table));
  let words = wordSource(lexiconCosts(table), -Infinity);
  const indexMs = time(() => void (words = wordSource(lexiconCosts(table), -Infinity)), 3);
  console.log(
    `  word table for the reader's crossing words: ${(tableBytes / 1e3).toFixed(0)} KB (${(gzipSync(JSON.stringify(table)).length / 1e3).toFixed(0)} KB gzipped) in the background; indexed in ${indexMs.toFixed(0)} ms = ${(indexMs / compileMs).toFixed(3)}× compiling the bundled corpus, once per worker`,
  );
  const sizes: Record<string, unknown> = {};
  for (const count of [5_000, 25_000]) {
    const readers = readerEntities(count, text, random);
    let merged: RecognizerData = bundled;
    let plain: RecognizerData = bundled;
    // What the background does: merge, build the matcher, encode (the storage write is the browser's).
    const plainMs = time(() => {
      plain = mergeReaderNames(bundled, readers, { scriptVariants }, allPairs).data;
      encodeRecognizer(plain, count);
    }, 2);
    const mergeMs = time(() => {
      merged = mergeReaderNames(bundled, readers, { scriptVariants }, allPairs, words).data;
      encodeRecognizer(merged, count);
    }, 2);
    const lexiconWords = (data: RecognizerData) => data.lexicon.join(' ').split(' ').filter(Boolean).length;
    const storedPlain = encodeRecognizer(plain, count);
    const stored = encodeRecognizer(merged, count);
    const storedBytes = Buffer.byteLength(JSON.stringify(stored));
    const bundledJson = JSON.stringify(bundled);
    // A content script's start, both ways (the stored form adds validation; the same matcher is built).
    const before = time(() => void new Recognizer(JSON.parse(bundledJson) as RecognizerData), 5);
    const storedBundled = encodeRecognizer(bundled, 0);
    const decode = (s: StoredRecognizer) => decodeRecognizer(s.head, s.chunks)!;
    const afterBundled = time(() => void decode(storedBundled), 5);
    const afterMerged = time(() => void decode(stored), 3);
    const afterPlain = time(() => void decode(storedPlain), 3);
    // A page decodes each chunk in the task its read arrives in, then builds the recognizer in one:
    // the longest of these is the longest task of its start (best of three each).
    const stepMs: Array<{ chunk: number; finish: number }> = [];
    for (let run = 0; run < 3; run++) {
      const reader = new RecognizerReader(stored.head);
      const ms = stored.chunks.map((chunk, i) => {
        const t0 = performance.now();
        reader.add(i, chunk);
        return performance.now() - t0;
      });
      const steps: number[] = [];
      let t0 = performance.now();
      await reader.finishInTasks(() => {
        steps.push(performance.now() - t0);
        t0 = performance.now();
        return Promise.resolve();
      });
      steps.push(performance.now() - t0);
      stepMs.push({ chunk: Math.max(...ms), finish: Math.max(...steps) });
    }
    const longestChunkMs = Math.min(...stepMs.map((s) => s.chunk));
    const finishMs = Math.min(...stepMs.map((s) => s.finish));
    console.log(
      `  ${count.toLocaleString('en')} reader entities (${merged.keys.length - bundled.keys.length} new names): rebuild ${mergeMs.toFixed(0)} ms = ${(mergeMs / compileMs).toFixed(2)}× compiling the bundled corpus (${compileMs.toFixed(0)} ms); stored ${(storedBytes / 1e6).toFixed(2)} MB (storage.local holds 10 MB without unlimitedStorage)`,
    );
    console.log(
      `    crossing words: ${lexiconWords(merged) - lexiconWords(bundled)} words added to the lexicon; rebuild ${(mergeMs / plainMs).toFixed(2)}× the rebuild without them (${plainMs.toFixed(0)} ms); stored ${(storedBytes / Buffer.byteLength(JSON.stringify(storedPlain))).toFixed(3)}×; content-script start ${(afterMerged / afterPlain).toFixed(2)}× the start without them (${afterPlain.toFixed(1)} ms)`,
    );
    console.log(
      `    content-script start: stored form with the reader's names ${(afterMerged / before).toFixed(1)}× the start before (parse the bundled string + build, ${before.toFixed(1)} ms; now ${afterMerged.toFixed(1)} ms); bundled names only from the stored form ${(afterBundled / before).toFixed(2)}×`,
    );
    console.log(
      `    longest single step (a page's task): ${Math.max(longestChunkMs, finishMs).toFixed(1)} ms = ${(Math.max(longestChunkMs, finishMs) / afterMerged).toFixed(2)}× the whole decode; ${stored.chunks.length} chunks, the longest decoded in ${longestChunkMs.toFixed(1)} ms; the recognizer built from them in steps (checks, matcher, word list, table), the longest ${finishMs.toFixed(1)} ms`,
    );
    sizes[count] = {
      newNames: merged.keys.length - bundled.keys.length,
      rebuildMs: mergeMs,
      rebuildWithoutCrossingWordsMs: plainMs,
      crossingWords: lexiconWords(merged) - lexiconWords(bundled),
      startWithoutCrossingWordsMs: afterPlain,
      rebuildOverCompile: mergeMs / compileMs,
      storedBytes,
      startOverBefore: afterMerged / before,
      startBundledOverBefore: afterBundled / before,
      startMs: afterMerged,
      chunks: stored.chunks.length,
      longestChunkMs,
      finishMs,
    };
  }
  console.log(`  making opencc's converters (first rebuild after the worker wakes): ${converterMs.toFixed(0)} ms`);
  results.readerNames = {
    compileMs,
    converterMs,
    wordTableBytes: tableBytes,
    wordTableIndexMs: indexMs,
    bundledStoredBytes: Buffer.byteLength(JSON.stringify(encodeRecognizer(bundled, 0))),
    ...sizes,
  };
}

// opencc's converters are made on first use (before anything here uses them): the service
// worker pays this once for the first rebuild after it wakes.
const converterStart = performance.now();
scriptVariants('字节跳动');
const converterMs = performance.now() - converterStart;

// BENCH_PART=compile, matcher, library or reader-names runs only that part.
const part = process.env.BENCH_PART;
if (!part) {
  benchCompile();
  benchMatcher();
  await benchLibrary();
  await benchReaderNames();
} else if (part === 'compile') benchCompile();
else if (part === 'matcher') benchMatcher();
else if (part === 'library') await benchLibrary();
else if (part === 'reader-names') await benchReaderNames();
else throw new Error(`unknown BENCH_PART ${part} (compile, matcher, library, reader-names)`);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results', 'latest.json'),
  JSON.stringify({ date: new Date().toISOString(), node: process.version, ...results }, null, 2),
);
console.log('written to bench-results/latest.json');
