/**
 * The tunable claims sets as the audit scripts read them (shown-audit.ts, role-audit.ts): each
 * set's articles compiled with the shipped gazetteer, the entity ids its editor could annotate,
 * and its gold claims. Sealed sets (unseen*) are refused: they are measured only, never audited.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCorpus, type CompiledCorpus } from '../lib/corpus/compile';
import { BUILD_CONVERTERS, readCorpusSources } from '../lib/corpus/load';
import { DEFAULT_ENTITY_LIST, parseEntityList } from '../lib/evaluation/annotatable';
import type { GoldClaim } from '../lib/evaluation/gold';
import { loadGold } from '../lib/evaluation/eval-set';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, 'tests', 'claims-eval');

/** The tunable sets: the corpus and every dev set on disk (dev, dev-2, …), in number order. */
export const TUNABLE = [
  'corpus',
  ...readdirSync(evalDir)
    .filter((d) => /^dev(-\d+)?$/.test(d))
    .sort((a, b) => Number(a.slice(4) || 1) - Number(b.slice(4) || 1)),
];

function readFiles(dir: string, suffix: string) {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => ({ file: join(dir, f), source: readFileSync(join(dir, f), 'utf8') }));
}

export interface AuditSet {
  corpus: CompiledCorpus;
  /** The entity ids the set's editor could annotate. */
  ids: Set<string>;
  gold: GoldClaim[];
}

/** Compiles one tunable set (the corpus articles for `corpus`) and loads its gold. */
export function loadAuditSet(set: string): AuditSet {
  if (set.startsWith('unseen')) throw new Error('sealed sets are not audited');
  const corpusSources = readCorpusSources(join(root, 'corpus'));
  const dir = set === 'corpus' ? join(evalDir, 'gold') : join(evalDir, set);
  const sources = set === 'corpus' ? corpusSources : { ...corpusSources, articles: readFiles(dir, '.md') };
  const goldFiles = readFiles(dir, set === 'corpus' ? '.yaml' : '.gold.yaml');
  const { corpus } = compileCorpus(sources, BUILD_CONVERTERS);
  const own = join(dir, 'entities.txt');
  const listFile = existsSync(own) ? own : join(root, DEFAULT_ENTITY_LIST);
  const ids = parseEntityList(
    readFileSync(listFile, 'utf8'),
    relative(root, listFile),
    new Set(corpus.entities.map((e) => e.id)),
  );
  const gold = loadGold(
    corpus,
    goldFiles.map((g) => ({ file: relative(root, g.file), yaml: g.source })),
  );
  return { corpus, ids, gold };
}
