/**
 * Claims on imported real-site pages, end to end: every page of tests/fixtures/saved-pages/sites
 * (and the later development sets sites-2 … sites-12 and the held-out sets) goes through `importHtmlArticle`, the articles are compiled with the
 * corpus's gazetteer (as `eval-claims` compiles a set), and every claim is listed with its roles
 * and resolved dates. Counted: claims whose text holds a line the import took for furniture
 * (a credit, caption, dateline, related link) or opens with a dateline. `--quiet` prints counts only;
 * `--set NAME` reads one set.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importHtmlArticle } from '../lib/corpus/html-import';
import { serializeArticle } from '../lib/corpus/article';
import { BUILD_CONVERTERS, readCorpusSources } from '../lib/corpus/load';
import { compileCorpus } from '../lib/corpus/compile';
import { splitDateline } from '../lib/corpus/dateline';
import { foldText, toTraditionalChars } from '../lib/text/convert';

const quiet = process.argv.includes('--quiet');
const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
const corpusDir = join(process.cwd(), 'corpus');
const sets = [
  'sites',
  'sites-2',
  'sites-held-out',
  'sites-held-out-2',
  'sites-3',
  'sites-4',
  'sites-5',
  'sites-6',
  'sites-7',
  'sites-8',
  'sites-9',
  'sites-10',
  'sites-11',
  'sites-12',
];
for (const set of sets) {
  if (only && set !== only) continue;
  const dir = join('tests/fixtures/saved-pages', set);
  const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
  const imported = pages.map((file) => {
    const id = `${set}-${file.replace(/\.html$/, '')}`;
    const options = { id, seed: file, repairs: [], foldLine: foldText, toTraditional: toTraditionalChars };
    return importHtmlArticle(readFileSync(join(dir, file), 'utf8'), file, options).article;
  });
  const sources = {
    ...readCorpusSources(corpusDir),
    articles: imported.map((a) => ({ file: `${a.id}.md`, source: serializeArticle(a) })),
  };
  const { corpus } = compileCorpus(sources, BUILD_CONVERTERS);
  // What the import took out, and what the page's expected.json lists as furniture.
  const listed = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<
    string,
    { furniture: string[] }
  >;
  // A line the import took out that the body also states (a spec table's "iPhone 15 Pro", a pull quote
  // repeating a sentence) is the page saying it twice: a claim holding it comes from the body.
  const furniture = new Map(
    imported.map((a, i) => [
      a.id,
      [
        ...a.boilerplate.filter((line) => line.length >= 6 && !a.paragraphs.some((p) => p.includes(line))),
        ...(listed[pages[i]!]?.furniture ?? []),
      ],
    ]),
  );
  let claims = 0;
  let fromFurniture = 0;
  for (const claim of corpus.claims) {
    const source = claim.sources[0]!;
    const lines = furniture.get(source.articleId);
    if (!lines) continue;
    claims++;
    const text = source.text;
    const bad = lines.some((line) => text.includes(line)) || !!splitDateline(text, foldText(text));
    if (bad) fromFurniture++;
    if (quiet && !bad) continue;
    const roles = claim.entities.map((e) => `${e.id}:${e.role}`).join(' ');
    const dates = claim.dates.map((d) => `${d.text}=${d.iso}`).join(' ');
    console.log(
      `${bad ? '!! ' : ''}${source.articleId} ¶${source.paragraph} [${claim.kind}, ${claim.modality}] ${roles}\n    ${text}${dates ? `\n    dates: ${dates}` : ''}`,
    );
  }
  console.log(`${set}: ${imported.length} pages, ${claims} claims, ${fromFurniture} from furniture or a dateline`);
}
