/**
 * npx tsx scripts/candidates-eval.ts: precision and recall of the new-entity candidate finder
 * (lib/library/candidates.ts) on the held-out paragraphs of tests/candidates-eval/held-out.ts,
 * which were written before the finder's rules and are never tuned on. Names are compared
 * folded; a found name is right when it is an expected one, and its type is scored apart.
 * `--verbose` lists every miss and every wrong proposal.
 */
import { findCandidates } from '../lib/library/candidates';
import { foldText } from '../lib/text/convert';
import { HELD_OUT } from '../tests/candidates-eval/held-out';

const verbose = process.argv.includes('--verbose');
let found = 0;
let expected = 0;
let right = 0;
let rightType = 0;
for (const item of HELD_OUT) {
  const knownKeys = item.known.map(foldText);
  const candidates = findCandidates([item.text], {
    fold: foldText,
    knownSpans: (paragraph) => {
      const folded = foldText(paragraph);
      return knownKeys.flatMap((k) => {
        const spans = [];
        for (let at = folded.indexOf(k); at >= 0; at = folded.indexOf(k, at + 1))
          spans.push({ start: at, end: at + k.length });
        return spans;
      });
    },
  });
  const want = new Map(item.expected.map(([name, type]) => [foldText(name), type]));
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
console.log(`new-entity candidates on ${HELD_OUT.length} held-out paragraphs (tests/candidates-eval/held-out.ts)`);
console.log(`  expected ${expected}, proposed ${found}, right ${right}`);
console.log(
  `  precision ${pct(right, found)}%  recall ${pct(right, expected)}%  type right on ${pct(rightType, right)}% of the right names`,
);
