/**
 * npx tsx scripts/candidates-eval.ts: precision and recall of the new-entity candidate finder
 * (lib/library/candidates.ts) on its held-out paragraphs, which were written before the finder's
 * rules and are never tuned on: tests/candidates-eval/held-out.ts (the first set) and
 * held-out-pipeline.ts (written before the finder used word boundaries). Each set is scored with
 * the segmenter's words (as processArticle runs it) and without (text rules alone). Names are
 * compared folded; a found name is right when it is an expected one, and its type is scored apart.
 * `--verbose` lists every miss and every wrong proposal. `--corpus` lists what the finder proposes
 * on each bundled article, as processArticle runs it (known names from the compiled corpus), for
 * reading by eye: the corpus has no candidate gold and is never tuned on. `--gazetteer` scores the
 * sets as the side panel runs the finder: the bundled gazetteer's names are known too, and an
 * expected name that became an entity is no longer a candidate (it is recognized instead).
 */
import { readFileSync } from 'node:fs';
import { findCandidates } from '../lib/library/candidates';
import type { CompiledCorpus } from '../lib/corpus/compile';
import { NameMatcher } from '../lib/match/names';
import { Segmenter } from '../lib/claims/segment';
import { nodeJiebaTagger } from '../lib/claims/node-jieba';
import { foldText } from '../lib/text/convert';
import { HELD_OUT, type HeldOutItem } from '../tests/candidates-eval/held-out';
import { HELD_OUT_PIPELINE } from '../tests/candidates-eval/held-out-pipeline';

const verbose = process.argv.includes('--verbose');
const segmenter = new Segmenter([], nodeJiebaTagger());

/**
 * With the bundled gazetteer (`--gazetteer`): every name it has is known as well, as processArticle
 * treats it, and an expected name the gazetteer now names whole is no longer a candidate to find.
 */
function score(name: string, items: readonly HeldOutItem[], withWords: boolean, gazetteer?: NameMatcher): void {
  let found = 0;
  let expected = 0;
  let right = 0;
  let rightType = 0;
  for (const item of items) {
    const knownKeys = item.known.map(foldText);
    const named = (key: string) =>
      !!gazetteer?.findAll(key).some((m) => !m.entry.blocker && m.start === 0 && m.end === key.length);
    const candidates = findCandidates([item.text], {
      fold: foldText,
      knownSpans: (paragraph) => {
        const folded = foldText(paragraph);
        return [
          ...knownKeys.flatMap((k) => {
            const spans = [];
            for (let at = folded.indexOf(k); at >= 0; at = folded.indexOf(k, at + 1))
              spans.push({ start: at, end: at + k.length });
            return spans;
          }),
          ...(gazetteer?.findAll(folded).filter((m) => !m.entry.blocker) ?? []),
        ];
      },
      ...(withWords ? { words: (folded: string) => segmenter.tokens(folded, []) } : {}),
    }).filter((c) => !named(c.key));
    const want = new Map(item.expected.map(([n, type]) => [foldText(n), type] as const).filter(([key]) => !named(key)));
    found += candidates.length;
    expected += want.size;
    for (const c of candidates) {
      const type = want.get(c.key);
      if (type === undefined) {
        if (verbose) console.log(`  wrong: ${c.name} (${c.type}) in ${item.text}`);
        continue;
      }
      right++;
      if (type === c.type) rightType++;
      else if (verbose) console.log(`  type: ${c.name} ${c.type}, expected ${type}`);
    }
    for (const [key] of want)
      if (!candidates.some((c) => c.key === key) && verbose) console.log(`  missed: ${key} in ${item.text}`);
  }
  const pct = (n: number, d: number) => (d ? ((100 * n) / d).toFixed(1) : '—');
  console.log(`${name}, ${withWords ? 'with the segmenter’s words' : 'text rules alone'}: ${items.length} paragraphs`);
  console.log(`  expected ${expected}, proposed ${found}, right ${right}`);
  console.log(
    `  precision ${pct(right, found)}%  recall ${pct(right, expected)}%  type right on ${pct(rightType, right)}% of the right names`,
  );
}

function proposeOnCorpus(): void {
  const corpus = JSON.parse(readFileSync('.generated/corpus.json', 'utf8')) as CompiledCorpus;
  const matcher = new NameMatcher(corpus.names);
  const names = new Segmenter(
    corpus.names.filter((n) => !n.blocker).map((n) => n.key),
    nodeJiebaTagger(),
  );
  for (const article of corpus.articles) {
    const folded = article.paragraphs.map(foldText);
    const candidates = findCandidates(article.paragraphs, {
      fold: foldText,
      knownSpans: (_p, i) => matcher.findAll(folded[i]!).filter((m) => !m.entry.blocker),
      words: (f) => names.tokens(f, []),
    }).filter((c) => !matcher.findAll(c.key).some((m) => !m.entry.blocker && m.start === 0 && m.end === c.key.length));
    console.log(`${article.id}: ${candidates.length} candidates`);
    for (const c of candidates) console.log(`  ${c.name} (${c.type}, ${c.rules.join('+')}, ×${c.count})`);
  }
}

if (process.argv.includes('--corpus')) proposeOnCorpus();
else {
  const gazetteer = process.argv.includes('--gazetteer')
    ? new NameMatcher((JSON.parse(readFileSync('.generated/corpus.json', 'utf8')) as CompiledCorpus).names)
    : undefined;
  if (gazetteer) console.log('names of the bundled gazetteer (.generated/corpus.json) known, and not expected');
  for (const withWords of [false, true]) {
    score('held-out.ts', HELD_OUT, withWords, gazetteer);
    score('held-out-pipeline.ts', HELD_OUT_PIPELINE, withWords, gazetteer);
  }
}
