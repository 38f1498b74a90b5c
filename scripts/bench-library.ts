/**
 * The reader's library at scale (part of npm run bench): 1,000 saved articles and 5,000 reader
 * entities in TechLensDb on fake-indexeddb. Each figure is a ratio to a floor measured in the
 * same run:
 *
 * - opening the library list (newest first, title, site, date, entity count) against reading the
 *   raw summary records alone, and what it would cost if every article were one record (bodies
 *   read too);
 * - saving an article into the full library (duplicate checks by address and text, two rows in
 *   one transaction) against writing the same two rows bare;
 * - a search keystroke (folded, any script) against a plain substring loop over the raw text;
 * - the reader's entities read (the matcher builder's input) against the raw records;
 * - storage: the JSON bytes of every table against the UTF-8 bytes of the article text itself,
 *   and the backup file's size.
 *
 * Absolute times come from fake-indexeddb in Node (slower than Chromium's IndexedDB): an upper
 * bound. Results are merged into bench-results/latest.json under "library".
 */
import 'fake-indexeddb/auto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledCorpus } from '../lib/corpus/compile';
import { readCorpusSources } from '../lib/corpus/load';
import { ENTITY_TYPES } from '../lib/core/entity-type';
import { exportBackup } from '../lib/library/backup';
import { splitArticle, TechLensDb } from '../lib/library/db';
import { PROCESSOR_VERSION, type ReaderEntity, type SavedArticle } from '../lib/library/model';
import { LibrarySearch } from '../lib/library/search';
import { allArticleBodies, listArticles, listReaderEntities, saveArticle } from '../lib/library/store';
import { foldText } from '../lib/text/convert';
import { utf8Bytes } from '../lib/text/utf8';
import { seeded } from './bench-random';
import { best } from './bench-timing';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ARTICLES = 1_000;
const ENTITIES = 5_000;

const random = seeded(7);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Paragraphs from the corpus's own sentences, claims from its compiled claims: realistic sizes. */
function makeArticles(): SavedArticle[] {
  const sentences = readCorpusSources(join(root, 'corpus'))
    .articles.flatMap((a) => a.source.split(/(?<=[。！？])/))
    .map((s) => s.trim())
    .filter((s) => s.length >= 12 && /\p{Script=Han}/u.test(s));
  const corpus = JSON.parse(readFileSync(join(root, '.generated/corpus.json'), 'utf8')) as CompiledCorpus;
  return Array.from({ length: ARTICLES }, (_, i) => {
    const id = `lib:${i.toString(16).padStart(8, '0')}`;
    const paragraphs = Array.from({ length: 12 + Math.floor(random() * 12) }, () =>
      Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(sentences)).join(''),
    );
    const entityIds = Array.from({ length: 8 }, () =>
      random() < 0.5 ? pick(corpus.entities).id : `user:e${Math.floor(random() * ENTITIES)}`,
    );
    const at = 1_700_000_000_000 + i * 3_600_000;
    return {
      url: `https://news.example.com/a/${i}`,
      title: pick(sentences).slice(0, 30),
      titleDerived: false,
      site: pick(['36氪', '虎嗅', 'iThome', '數位時代', '界面新闻']),
      author: '王小明',
      published: '2025-03-18',
      dateSource: 'meta',
      script: random() < 0.3 ? 'hant' : 'hans',
      paragraphs,
      id,
      textHash: `hash-${i}`,
      savedAt: at,
      processedAt: at,
      processorVersion: PROCESSOR_VERSION,
      mentions: Array.from(
        { length: 40 },
        (_, k) => [k % paragraphs.length, 3, 7, entityIds[k % entityIds.length]!] as [number, number, number, string],
      ),
      entityIds: [...new Set(entityIds)],
      claims: Array.from({ length: 10 }, () => ({ ...pick(corpus.claims), sources: [] })),
      candidates: [],
    } satisfies SavedArticle;
  });
}

function makeEntities(): ReaderEntity[] {
  return Array.from({ length: ENTITIES }, (_, i) => ({
    id: `user:e${i}`,
    type: ENTITY_TYPES[i % ENTITY_TYPES.length]!,
    name: { hans: `星河${i}号`, hant: `星河${i}號`, en: `Xinghe ${i}` },
    aliases: [`星河${i}`],
    parent: null,
    description: '读者添加的实体，一行描述。',
    ambiguousNames: [],
    cues: [],
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
  }));
}

/** Best timings of two functions run alternately, so load on the shared machine hits both alike. */
async function bestPair(runs: number, floor: () => unknown, measured: () => unknown): Promise<[number, number]> {
  let [a, b] = [Infinity, Infinity];
  for (let i = 0; i < runs; i++) {
    a = Math.min(a, await best(1, floor));
    b = Math.min(b, await best(1, measured));
  }
  return [a, b];
}

const jsonBytes = (records: readonly unknown[]) =>
  records.reduce<number>((n, r) => n + utf8Bytes(JSON.stringify(r)), 0);

async function main(): Promise<void> {
  const db = new TechLensDb('bench-library');
  await db.delete();
  await db.open();
  const articles = makeArticles();
  const entities = makeEntities();
  const rows = articles.map(splitArticle);
  await db.articles.bulkPut(rows.map((r) => r.summary));
  await db.articleBodies.bulkPut(rows.map((r) => r.body));
  await db.readerEntities.bulkPut(entities);
  let sink = 0;

  const [rawSummaries, list] = await bestPair(
    9,
    async () => (sink += (await db.articles.toArray()).length),
    async () => (sink += (await listArticles(db)).length),
  );
  const oneRecordEach = await best(5, async () => {
    sink += (await db.articles.toArray()).length + (await db.articleBodies.toArray()).length;
  });

  // Saving one more article: the store's checks and transaction against the same two rows written bare.
  let next = ARTICLES;
  const fresh = () => {
    const n = next++;
    return {
      ...articles[n % ARTICLES]!,
      id: `lib:new-${n}`,
      url: `https://news.example.com/new/${n}`,
      textHash: `new-${n}`,
    };
  };
  const [bareSave, storeSave] = await bestPair(
    9,
    async () => {
      const { summary, body } = splitArticle(fresh());
      await db.transaction('rw', db.articles, db.articleBodies, async () => {
        await db.articles.put(summary);
        await db.articleBodies.put(body);
      });
    },
    async () => {
      const result = await saveArticle(db, fresh());
      if (!result.ok) throw new Error(result.refusal.code);
    },
  );

  const summaries = await db.articles.toArray();
  const bodies = await allArticleBodies(db);
  const buildIndex = await best(
    3,
    () => (sink += new LibrarySearch(summaries, bodies, foldText).search('字節').length),
  );
  const search = new LibrarySearch(summaries, bodies, foldText);
  const texts = bodies.map((b) => b.paragraphs.join('\n'));
  const queries = ['字節', '豆包 價格', '模型', 'openai'];
  const searchResults: Record<string, { ms: number; floorMs: number; hits: number }> = {};
  for (const query of queries) {
    const terms = query.split(' ');
    const floorMs = await best(21, () => (sink += texts.filter((t) => terms.every((term) => t.includes(term))).length));
    const ms = await best(21, () => (sink += search.search(query).length));
    searchResults[query] = { ms, floorMs, hits: search.search(query).length };
  }

  const [rawEntities, entityList] = await bestPair(
    7,
    async () => (sink += (await db.readerEntities.toArray()).length),
    async () => (sink += (await listReaderEntities(db)).length),
  );

  const textBytes = bodies.reduce((n, b) => n + utf8Bytes(b.paragraphs.join('')), 0);
  const storedBytes = jsonBytes(summaries) + jsonBytes(bodies) + jsonBytes(entities);
  const backup = await exportBackup(db);
  const backupBytes = utf8Bytes(backup);
  const summaryBytes = jsonBytes(summaries) / summaries.length;

  console.log(
    `library (${ARTICLES} saved articles (${summaries.length} after the save runs), ${ENTITIES} reader entities, Dexie on fake-indexeddb)`,
  );
  console.log(`  baseline: reading the raw summary records = ${rawSummaries.toFixed(1)} ms`);
  console.log(
    `  opening the library list: ${(list / rawSummaries).toFixed(2)}× the baseline = ${list.toFixed(1)} ms; one record per article (bodies read too) would be ${(oneRecordEach / list).toFixed(1)}× slower (${oneRecordEach.toFixed(0)} ms)`,
  );
  console.log(
    `  saving an article into the full library (duplicate checks, one transaction): ${(storeSave / bareSave).toFixed(2)}× writing its two rows bare = ${storeSave.toFixed(2)} ms`,
  );
  console.log(`  first search (loads and folds every article once): ${buildIndex.toFixed(0)} ms`);
  for (const [query, r] of Object.entries(searchResults))
    console.log(
      `  search "${query}": ${(r.ms / r.floorMs).toFixed(2)}× a plain substring loop over the raw text = ${r.ms.toFixed(2)} ms per keystroke, ${r.hits} articles`,
    );
  console.log(
    `  reader entities read (${ENTITIES}, newest first): ${(entityList / rawEntities).toFixed(2)}× the raw records = ${entityList.toFixed(1)} ms`,
  );
  console.log(
    `  storage: ${(storedBytes / 1024 / 1024).toFixed(1)} MB of JSON = ${(storedBytes / textBytes).toFixed(2)}× the article text's ${(textBytes / 1024 / 1024).toFixed(1)} MB; a list row is ${summaryBytes.toFixed(0)} bytes; the backup file is ${(backupBytes / 1024 / 1024).toFixed(1)} MB`,
  );
  if (sink === 0.5) console.log('');

  const file = join(root, 'bench-results', 'latest.json');
  const results = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  results.library = {
    articles: summaries.length,
    readerEntities: ENTITIES,
    rawSummariesMs: rawSummaries,
    listMs: list,
    listOverRaw: list / rawSummaries,
    oneRecordEachOverList: oneRecordEach / list,
    saveMs: storeSave,
    saveOverBare: storeSave / bareSave,
    firstSearchMs: buildIndex,
    search: searchResults,
    entitiesOverRaw: entityList / rawEntities,
    storedBytes,
    textBytes,
    storedOverText: storedBytes / textBytes,
    summaryBytes,
    backupBytes,
  };
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(file, JSON.stringify(results, null, 2));
  await db.delete();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
