/**
 * npm run corpus                     summary and every warning
 * npm run corpus -- show 字节跳动      an entity card (any alias, either script) with ranked claims
 * npm run corpus -- compile [--quiet] writes .generated/ for the build
 * npm run corpus -- import RAW.txt --id ID   cleans a raw article into corpus/articles/ID.md
 * npm run corpus -- import PAGE.html --id ID  the same from a saved web page (body and metadata)
 * npm run corpus -- agreement SET  a second editor's annotation against the set's gold
 * npm run corpus -- eval-claims [--details] [--set corpus|dev|dev-N|unseen|unseen-N]  claims vs the gold sets
 * npm run corpus -- boundaries [--set corpus|dev|dev-N] [--list]  where claims are cut, extractor vs editor
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompiledCorpus } from '../lib/corpus/compile';
import type { RecognizerData } from '../lib/match/recognizer';
import { parseRepairs } from '../lib/corpus/parse-repairs';
import { BUILD_CONVERTERS, readCorpusSources } from '../lib/corpus/load';
import { importRawArticle } from '../lib/corpus/import';
import { serializeArticle } from '../lib/corpus/article';
import { foldText, toTraditionalChars } from '../lib/text/convert';
import { foldPairs } from '../lib/text/fold-table';
import { buildWordTable } from '../lib/corpus/lexicon';
import { dict } from '@node-rs/jieba/dict';
import type { ScriptChoice } from '../lib/core/script';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = join(root, 'corpus');
const outDir = join(root, '.generated');
const converters = BUILD_CONVERTERS;

// The compiler is loaded only when needed, so `import` works on its own.
async function compile() {
  const { compileCorpus } = await import('../lib/corpus/compile');
  return compileCorpus(readCorpusSources(corpusDir), converters);
}

function writeGenerated(corpus: CompiledCorpus, recognizer: RecognizerData): void {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'corpus.json'), JSON.stringify(corpus));
  writeFileSync(join(outDir, 'recognizer.json'), JSON.stringify(recognizer));
  // Every Traditional→Simplified pair, for note search in extension pages (the content script
  // ships only the recognizer's reduced set).
  writeFileSync(join(outDir, 'fold-pairs.json'), JSON.stringify(foldPairs()));
  // The background's table for slicing crossing words around the reader's names (never sent to a page).
  writeFileSync(join(outDir, 'word-table.json'), JSON.stringify(buildWordTable(new TextDecoder().decode(dict))));
}

function summary(corpus: CompiledCorpus, warnings: string[]): void {
  const byType = new Map<string, number>();
  for (const e of corpus.entities) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  const grouped = corpus.claims.filter((c) => c.articleCount > 1).length;
  console.log(`articles: ${corpus.articles.length}`);
  for (const a of corpus.articles)
    console.log(
      `  ${a.id}  ${a.date ?? 'undated'}  ${a.script}  ${a.title.hans}${a.titleDerived ? ' (title derived)' : ''}`,
    );
  console.log(`entities: ${corpus.entities.length} (${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')})`);
  console.log(
    `names: ${corpus.names.filter((n) => !n.blocker).length} written forms, ${corpus.names.filter((n) => n.blocker).length} blockers`,
  );
  console.log(`claims: ${corpus.claims.length} (${grouped} backed by several articles)`);
  console.log('most mentioned:');
  for (const e of [...corpus.entities].sort((a, b) => b.mentionCount - a.mentionCount).slice(0, 15)) {
    console.log(`  ${String(e.mentionCount).padStart(4)}  ${e.name.hans}  (${e.articleIds.length} articles)`);
  }
  console.log(`warnings: ${warnings.length}`);
  for (const w of warnings) console.log(`  ! ${w}`);
}

async function show(corpus: CompiledCorpus, query: string, script: ScriptChoice): Promise<void> {
  const { entityCard, findEntity } = await import('../lib/corpus/card');
  const entity = findEntity(corpus, query, foldText);
  if (!entity) {
    console.error(`no entity is called "${query}"`);
    process.exitCode = 1;
    return;
  }
  const card = entityCard(corpus, entity.id, script, 8);
  console.log(`${card.name}${card.englishName ? ` · ${card.englishName}` : ''}  [${card.type}]  id=${card.id}`);
  if (card.aliases.length) console.log(`  aliases: ${card.aliases.join(', ')}`);
  if (card.parent) console.log(`  part of: ${card.parent.name}`);
  console.log(`  ${card.description}`);
  console.log(`  ${card.mentionCount} mentions in ${card.articleCount} articles`);
  console.log('  claims:');
  if (!card.claims.length) console.log(`    (none) best sentence: ${card.bestMention?.text ?? '-'}`);
  for (const c of card.claims) {
    const range = (f: (typeof c.figures)[number]) =>
      f.max === f.min ? `${f.min}` : f.max === null ? `≥${f.min}` : `${f.min}–${f.max}`;
    const figures = c.figures.map((f) => `${f.text}=${range(f)}${f.unit === 'count' ? '' : ` ${f.unit}`}`).join('; ');
    const dates = c.dates
      .filter((d) => d.iso)
      .map((d) => `${d.text}=${d.iso}`)
      .join('; ');
    const says = c.attribution ? `, per ${c.attribution}` : '';
    const against = c.contradicts.length ? `, contradicts ${c.contradicts.join(' ')}` : '';
    console.log(`  - ${c.id} [${c.kind}, ${c.modality}, ${c.role}${says}${against}] ${c.text}`);
    if (figures || dates) console.log(`      ${[figures, dates].filter(Boolean).join(' | ')}`);
    const sources = c.sources
      .map(
        (s) =>
          `${s.title}${s.titleDerived ? ' [title derived]' : ''} (${s.site ?? 'unknown site'}, ${s.date ?? 'undated'})`,
      )
      .join('; ');
    console.log(`      ${c.articleCount > 1 ? `${c.articleCount} articles: ` : ''}${sources}`);
  }
  if (card.related.length) console.log(`  related: ${card.related.map((r) => r.name).join(', ')}`);
}

async function importCommand(args: string[]): Promise<void> {
  const file = args[0];
  const idFlag = args.indexOf('--id');
  const id = idFlag >= 0 ? args[idFlag + 1] : undefined;
  if (!file || !id) throw new Error('usage: npm run corpus -- import RAW.txt|PAGE.html --id ID');
  const target = join(corpusDir, 'articles', `${id}.md`);
  if (existsSync(target) && !args.includes('--force')) throw new Error(`${target} exists (use --force to replace it)`);
  const repairsPath = join(corpusDir, 'repairs.yaml');
  const repairs = parseRepairs(existsSync(repairsPath) ? readFileSync(repairsPath, 'utf8') : undefined);
  const options = { id, seed: basename(file), repairs, foldLine: foldText, toTraditional: toTraditionalChars };
  const isPage = /\.html?$/i.test(file);
  const { article, report } = isPage
    ? (await import('../lib/corpus/html-import')).importHtmlArticle(readFileSync(file, 'utf8'), file, options)
    : importRawArticle(readFileSync(file, 'utf8'), options);
  writeFileSync(target, serializeArticle(article));
  console.log(
    `wrote ${target}: "${article.title}"${article.titleDerived ? ' (title derived: edit it)' : ''}, ${article.script}, ${article.paragraphs.length} paragraphs`,
  );
  console.log(
    `  pinyin annotations removed: ${report.pinyinRemoved}${report.pinyinExamples.length ? ` (e.g. ${report.pinyinExamples.join(' ')})` : ''}`,
  );
  for (const r of report.mojibakeRepaired) console.log(`  mojibake repaired: ${r.garbled} → ${r.intended} (${r.why})`);
  for (const r of report.mojibakeCut) console.log(`  mojibake cut: ${r.garbled} in "${r.context}" (${r.why})`);
  if (report.htmlRemoved.length) console.log(`  markup removed: ${report.htmlRemoved.join(' ')}`);
  if (isPage) {
    console.log(`  date: ${article.date ?? 'none found'}${article.dateSource ? ` (${article.dateSource})` : ''}`);
    console.log(
      `  site: ${article.site ?? 'none found'}; author: ${article.author ?? 'none found'}; url: ${article.url ?? 'none found'}`,
    );
  }
  console.log(`  redactions: ${report.redactions}`);
  console.log(`  punctuation restored to full width: ${report.punctuationRestored}`);
  for (const line of report.boilerplateLines) console.log(`  boilerplate: ${line}`);
  console.log('Check the front matter (site, author, date and dateSource, url) before committing.');
}

/** The files in `dir` whose names end in `suffix`, in name order, with their text. */
function readFiles(dir: string, suffix: string): Array<{ file: string; source: string }> {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => ({ file: join(dir, f), source: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * The entities a gold set's editor could annotate: the set's own `entities.txt` when it has one,
 * else the list every set written up to 2026-11-26 was annotated against
 * (tests/claims-eval/annotated-entities.txt).
 */
async function annotatableEntities(corpus: CompiledCorpus, setDir: string): Promise<Set<string>> {
  const { DEFAULT_ENTITY_LIST, parseEntityList } = await import('../lib/evaluation/annotatable');
  const own = join(setDir, 'entities.txt');
  const file = existsSync(own) ? own : join(root, DEFAULT_ENTITY_LIST);
  return parseEntityList(readFileSync(file, 'utf8'), relative(root, file), new Set(corpus.entities.map((e) => e.id)));
}

/**
 * A dev set is tunable unless its folder holds a `HELD-OUT` file: a new set is written blind and
 * measures the extractor cold for a session before anyone tunes on it, so until then its details
 * are withheld like the unseen sets'.
 */
function isTunable(evalDir: string, dir: string): boolean {
  return /^dev(-\d+)?$/.test(dir) && !existsSync(join(evalDir, dir, 'HELD-OUT'));
}

/**
 * The gold sets: the corpus articles; `dev`, original articles the extractor may be tuned on; and
 * `unseen` / `unseen-2`, original articles that only measure. Each set's articles are compiled with
 * the corpus's gazetteer. `--set NAME` scores one set only.
 */
async function evalClaims(details: boolean, only: string | undefined): Promise<void> {
  const { compileCorpus } = await import('../lib/corpus/compile');
  const { scoreSet } = await import('../lib/evaluation/eval-set');
  const { formatDetails, formatDiagnosis, formatReport } = await import('../lib/evaluation/eval');
  const evalDir = join(root, 'tests', 'claims-eval');
  const corpusSources = readCorpusSources(corpusDir);
  const originalSet = (dir: string, tunable: boolean) => ({
    key: dir,
    name: `${dir} (tests/claims-eval/${dir}, ${tunable ? 'original articles, tuned on' : 'never tuned on'})`,
    sources: { ...corpusSources, articles: readFiles(join(evalDir, dir), '.md') },
    gold: readFiles(join(evalDir, dir), '.gold.yaml'),
    tunable,
  });
  const sets = [
    {
      key: 'corpus',
      name: 'corpus (5 articles, gold in tests/claims-eval/gold)',
      sources: corpusSources,
      gold: readFiles(join(evalDir, 'gold'), '.yaml'),
      tunable: true,
    },
    // dev, dev-2, …: tunable unless held out; unseen, unseen-2, …: measure only.
    ...readdirSync(evalDir)
      .filter((dir) => /^(dev|unseen)(-\d+)?$/.test(dir))
      .sort((a, b) => Number(b.startsWith('dev')) - Number(a.startsWith('dev')) || a.localeCompare(b))
      .map((dir) => originalSet(dir, isTunable(evalDir, dir))),
  ];
  if (only && !sets.some((set) => set.key === only))
    throw new Error(`no gold set "${only}"; the sets are ${sets.map((set) => set.key).join(', ')}`);
  for (const set of sets) {
    if (only && set.key !== only) continue;
    const { corpus } = compileCorpus(set.sources, converters);
    const report = scoreSet(
      corpus,
      set.gold.map((g) => ({ file: relative(root, g.file), yaml: g.source })),
      await annotatableEntities(corpus, set.key === 'corpus' ? join(evalDir, 'gold') : join(evalDir, set.key)),
    );
    console.log(formatReport(set.name, report));
    console.log(formatDiagnosis(report.diagnosis));
    // The unseen sets measure; showing their misses would invite tuning on them.
    if (details)
      console.log(set.tunable ? formatDetails(report) : '  (details withheld: this set is for measuring only)');
  }
}

/**
 * How well a second editor's annotation (tests/claims-eval/agreement/SET/) agrees with the set's
 * gold, scored like an extractor: the ceiling against which the extractor's figures are read.
 */
async function agreementCommand(setName: string | undefined): Promise<void> {
  const { compileCorpus } = await import('../lib/corpus/compile');
  const { loadGold } = await import('../lib/evaluation/eval-set');
  const { agreement } = await import('../lib/evaluation/agreement');
  const { formatDiagnosis, formatReport } = await import('../lib/evaluation/eval');
  if (!setName)
    throw new Error('usage: npm run corpus -- agreement SET (a directory under tests/claims-eval/agreement/)');
  const evalDir = join(root, 'tests', 'claims-eval');
  const secondDir = join(evalDir, 'agreement', setName);
  if (!existsSync(secondDir)) throw new Error(`no second annotation in ${relative(root, secondDir)}`);
  const goldFiles = (dir: string, suffix: string) =>
    readFiles(dir, suffix).map((f) => ({ file: relative(root, f.file), yaml: f.source }));
  const setDir = setName === 'corpus' ? join(evalDir, 'gold') : join(evalDir, setName);
  const corpusSources = readCorpusSources(corpusDir);
  const articles = setName === 'corpus' ? corpusSources.articles : readFiles(setDir, '.md');
  const { corpus } = compileCorpus({ ...corpusSources, articles }, converters);
  const first = loadGold(corpus, goldFiles(setDir, setName === 'corpus' ? '.yaml' : '.gold.yaml'));
  const second = loadGold(corpus, goldFiles(secondDir, '.yaml'));
  const scripts = new Map(corpus.articles.map((a) => [a.id, a.script]));
  const report = agreement(first, second, (id) => scripts.get(id) ?? 'unknown');
  console.log(
    formatReport(`second editor against the ${setName} gold`, report)
      .split('\n')
      .filter((line) => !/top-five|top five|empty cards|N 篇/.test(line))
      .join('\n'),
  );
  // An annotation has no cards: leave out the card lines of the diagnosis too.
  console.log(
    formatDiagnosis(report.diagnosis)
      .split('\n')
      .filter((line) => !/top-five|shown slots/.test(line))
      .join('\n'),
  );
}

/**
 * Claim boundaries on the tunable sets (never the sealed ones): at each comma, does the extractor
 * cut where the editor cuts? And, where a second editor annotated a set, do the two editors agree
 * (the ceiling)? `--list` shows each comma where the extractor and the editor differ.
 */
async function boundaries(only: string | undefined, list: boolean): Promise<void> {
  const { compileCorpus } = await import('../lib/corpus/compile');
  const { annotatableCorpusClaims, loadGold } = await import('../lib/evaluation/eval-set');
  const { instancesOf } = await import('../lib/evaluation/eval');
  const { addCuts, compareCuts, extractedPieces, formatCuts, goldPieces } =
    await import('../lib/evaluation/boundaries');
  const evalDir = join(root, 'tests', 'claims-eval');
  const corpusSources = readCorpusSources(corpusDir);
  const tunable = ['corpus', ...readdirSync(evalDir).filter((dir) => isTunable(evalDir, dir))];
  if (only && !tunable.includes(only))
    throw new Error(`boundaries reads the tunable sets only (${tunable.join(', ')}), not "${only}"`);
  const goldFiles = (dir: string, suffix: string) =>
    readFiles(dir, suffix).map((f) => ({ file: relative(root, f.file), yaml: f.source }));
  let total = compareCuts('', [], []);
  for (const key of only ? [only] : tunable) {
    const dir = key === 'corpus' ? join(evalDir, 'gold') : join(evalDir, key);
    const articles = key === 'corpus' ? corpusSources.articles : readFiles(dir, '.md');
    const { corpus } = compileCorpus({ ...corpusSources, articles }, converters);
    const gold = loadGold(corpus, goldFiles(dir, key === 'corpus' ? '.yaml' : '.gold.yaml'));
    const second = existsSync(join(evalDir, 'agreement', key))
      ? loadGold(corpus, goldFiles(join(evalDir, 'agreement', key), '.yaml'))
      : null;
    const annotated = new Set(gold.map((g) => g.articleId));
    const claims = annotatableCorpusClaims(corpus, await annotatableEntities(corpus, dir));
    const instances = instancesOf(claims, annotated);
    let set = compareCuts('', [], []);
    let editors = compareCuts('', [], []);
    for (const article of corpus.articles) {
      if (!annotated.has(article.id)) continue;
      article.paragraphs.forEach((text, paragraph) => {
        const here = <T extends { articleId: string; paragraph: number }>(x: T) =>
          x.articleId === article.id && x.paragraph === paragraph;
        const reference = gold.filter(here).map((g) => goldPieces(g, text));
        const extracted = instances.filter((i) => here(i.source)).map((i) => extractedPieces(i.claim.text, i.source));
        const compared = compareCuts(text, reference, extracted);
        set = addCuts(set, compared);
        if (list)
          for (const d of compared.differences)
            console.log(
              `  ${d.reference === 'cut' ? 'under-cut' : 'over-cut '} ${article.id} ¶${paragraph}  ${text.slice(Math.max(0, d.at - 16), d.at)} ‖ ${text.slice(d.at + 1, d.at + 17)}`,
            );
        if (second && second.some((g) => g.articleId === article.id))
          editors = addCuts(
            editors,
            compareCuts(
              text,
              reference,
              second.filter(here).map((g) => goldPieces(g, text)),
            ),
          );
      });
    }
    console.log(formatCuts(`${key}: extractor`, set));
    if (second) console.log(formatCuts(`${key}: second editor`, editors));
    total = addCuts(total, set);
  }
  if (!only) console.log(formatCuts('all tunable: extractor', total));
}

async function main(): Promise<void> {
  const [command = 'summary', ...rest] = process.argv.slice(2);
  if (command === 'import') return importCommand(rest);
  if (command === 'agreement') return agreementCommand(rest[0]);
  if (command === 'boundaries') {
    const setFlag = rest.indexOf('--set');
    return boundaries(setFlag >= 0 ? rest[setFlag + 1] : undefined, rest.includes('--list'));
  }
  if (command === 'eval-claims') {
    const setFlag = rest.indexOf('--set');
    return evalClaims(rest.includes('--details'), setFlag >= 0 ? rest[setFlag + 1] : undefined);
  }
  const { corpus, recognizer, warnings } = await compile();
  if (command === 'compile') {
    writeGenerated(corpus, recognizer);
    if (rest.includes('--quiet'))
      console.log(
        `corpus: ${corpus.articles.length} articles, ${corpus.entities.length} entities, ${corpus.claims.length} claims, ${warnings.length} warnings (npm run corpus to list them)`,
      );
    else summary(corpus, warnings);
  } else if (command === 'show') {
    const script = rest.includes('--hant') ? 'hant' : 'hans';
    await show(corpus, rest.filter((a) => !a.startsWith('--')).join(' '), script);
  } else if (command === 'summary') {
    summary(corpus, warnings);
  } else {
    throw new Error(
      `unknown command "${command}" (summary, show NAME, compile, import RAW|PAGE.html --id ID, eval-claims, agreement SET, boundaries)`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
