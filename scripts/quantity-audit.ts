/**
 * npx tsx scripts/quantity-audit.ts [--details] [--set corpus|dev|dev-N]
 *
 * Figures and dates of matched claims on the tunable gold sets: right, wrong, missing and extra
 * (carried by the claim, not named by gold), which figure accuracy does not count
 * (lib/evaluation/quantity-audit.ts). The sealed unseen sets are never read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCorpus } from '../lib/corpus/compile';
import { BUILD_CONVERTERS, readCorpusSources } from '../lib/corpus/load';
import { loadGold } from '../lib/evaluation/eval-set';
import { instancesOf, normalizeClaim } from '../lib/evaluation/eval';
import { auditQuantities, formatAudit } from '../lib/evaluation/quantity-audit';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, 'tests', 'claims-eval');
const corpusDir = join(root, 'corpus');

const files = (dir: string, suffix: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => ({ file: join(dir, f), source: readFileSync(join(dir, f), 'utf8') }));

const args = process.argv.slice(2);
const details = args.includes('--details');
const only = args.includes('--set') ? args[args.indexOf('--set') + 1] : undefined;
const tunable = ['corpus', ...readdirSync(evalDir).filter((d) => /^dev(-\d+)?$/.test(d))].sort((a, b) =>
  a === 'corpus' ? -1 : b === 'corpus' ? 1 : a.localeCompare(b, 'en', { numeric: true }),
);
if (only && !tunable.includes(only)) throw new Error(`"${only}" is not a tunable set (${tunable.join(', ')})`);

for (const key of only ? [only] : tunable) {
  const sources = readCorpusSources(corpusDir);
  const set = key === 'corpus' ? sources : { ...sources, articles: files(join(evalDir, key), '.md') };
  const gold = key === 'corpus' ? files(join(evalDir, 'gold'), '.yaml') : files(join(evalDir, key), '.gold.yaml');
  const { corpus } = compileCorpus(set, BUILD_CONVERTERS);
  const goldClaims = loadGold(
    corpus,
    gold.map((g) => ({ file: relative(root, g.file), yaml: g.source })),
  );
  const claims = (corpus.claims as readonly unknown[]).map(normalizeClaim);
  const instances = instancesOf(claims, new Set(goldClaims.map((g) => g.articleId)));
  console.log(formatAudit(key, auditQuantities(goldClaims, instances), details));
}
