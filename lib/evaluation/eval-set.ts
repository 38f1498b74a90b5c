/**
 * Scores one compiled set of articles against its gold files: parses and checks the gold against
 * the compiled paragraphs and gazetteer, reads each entity's card ranking, and evaluates.
 */
import type { CompiledCorpus } from '../corpus/compile';
import { entityCard } from '../corpus/card';
import { GoldFormatError, parseGoldFile, type GoldClaim } from './gold';
import { evaluate, normalizeClaim, type EvalReport } from './eval';

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

/** The claim ids each entity's card shows first, as the popover ranks them. */
export function cardRankings(corpus: CompiledCorpus, size = 5): Map<string, string[]> {
  return new Map(corpus.entities.map((e) => [e.id, entityCard(corpus, e.id, 'hans', size).claims.map((c) => c.id)]));
}

export function scoreSet(corpus: CompiledCorpus, files: readonly GoldSource[]): EvalReport {
  const gold = loadGold(corpus, files);
  const claims = (corpus.claims as readonly unknown[]).map(normalizeClaim);
  const scripts = new Map(corpus.articles.map((a) => [a.id, a.script]));
  return evaluate(gold, claims, cardRankings(corpus), (id) => scripts.get(id) ?? 'unknown');
}
