/**
 * Scores one compiled set of articles against its gold files: parses and checks the gold against
 * the compiled paragraphs and gazetteer, reads each entity's card ranking, and evaluates.
 */
import type { CompiledCorpus } from '../corpus/compile';
import { entityCard } from '../corpus/card';
import { GoldFormatError, parseGoldFile, type GoldClaim } from './gold';
import { evaluate, normalizeClaim, type EvalReport, type ExtractedClaim } from './eval';
import { annotatableClaims } from './annotatable';

export interface GoldSource {
  file: string;
  yaml: string;
}

export function loadGold(corpus: CompiledCorpus, files: readonly GoldSource[]): GoldClaim[] {
  const paragraphs = new Map(corpus.articles.map((a) => [a.id, a.paragraphs]));
  const entityIds = new Set(corpus.entities.map((e) => e.id));
  const gold: GoldClaim[] = [];
  const seen = new Map<string, string>();
  for (const { file, yaml } of files) {
    const claims = parseGoldFile(yaml, file, (id) => paragraphs.get(id), entityIds);
    const articleId = claims[0]?.articleId;
    if (articleId && seen.has(articleId))
      throw new GoldFormatError(`${file}: article ${articleId} already has gold in ${seen.get(articleId)}`);
    if (articleId) seen.set(articleId, file);
    gold.push(...claims);
  }
  return gold;
}

/**
 * The claim ids each entity's card shows first, as the popover ranks them; with `only`, the cards
 * of those entities alone.
 */
export function cardRankings(corpus: CompiledCorpus, size = 5, only?: ReadonlySet<string>): Map<string, string[]> {
  return new Map(
    corpus.entities
      .filter((e) => !only || only.has(e.id))
      .map((e) => [e.id, entityCard(corpus, e.id, 'hans', size).claims.map((c) => c.id)]),
  );
}

/** The compiled corpus's claims in the evaluator's shape. */
const extractedClaims = (corpus: CompiledCorpus) => (corpus.claims as readonly unknown[]).map(normalizeClaim);

/**
 * The compiled corpus's claims as a set's editor could have annotated them (`ids`, see
 * annotatable.ts), an entity outside the list standing for its nearest listed owner in the gazetteer.
 */
export function annotatableCorpusClaims(corpus: CompiledCorpus, ids: ReadonlySet<string>): ExtractedClaim[] {
  const parents = new Map(corpus.entities.map((e) => [e.id, e.parent]));
  return annotatableClaims(extractedClaims(corpus), ids, (id) => parents.get(id) ?? null);
}

/**
 * Scores a set. `annotatable` is the list of entities its editor could name (see annotatable.ts):
 * claims and cards are judged on those alone (another entity standing for its owner, as the
 * editors annotated what the gazetteer lacked); without it, on the whole gazetteer.
 */
export function scoreSet(
  corpus: CompiledCorpus,
  files: readonly GoldSource[],
  annotatable?: ReadonlySet<string>,
): EvalReport {
  const gold = loadGold(corpus, files);
  const claims = annotatable ? annotatableCorpusClaims(corpus, annotatable) : extractedClaims(corpus);
  const scripts = new Map(corpus.articles.map((a) => [a.id, a.script]));
  return evaluate(gold, claims, cardRankings(corpus, 5, annotatable), (id) => scripts.get(id) ?? 'unknown');
}
