/**
 * Voices across a sentence's parts: where a speaker named anew stops what went before from going on.
 */
import type { Clause } from './types';
import { isPunct, type Token } from './segment';

/**
 * A clause of attribution that names its speaker (X表示, X副总裁Y则在社群平台表示, 日经称): a voice of
 * its own, not a hedge or the writer.
 */
export function namesNewSpeaker(clause: Clause): boolean {
  const source = clause.attribution;
  return clause.type === 'attribution' && !!source && (source.kind === 'person' || source.kind === 'organization');
}

/**
 * A clause opening on the writer's inference from what was just told (…，这意味着…, …，可见…,
 * …，这说明…, …，由此可见…, …，足见…): not more of the fact, a claim of its own.
 */
export function infersFromBefore(bodyText: string): boolean {
  return /^(而|也)?(这|此|这也|这就|这无疑|这显然|由此)?(也)?(意味着|说明|表明|可见|足见|反映出|反映了|折射出)/.test(
    bodyText,
  );
}

/**
 * A clause that is only a noun phrase ending on X的…, no verb after its last 的, or only a word or
 * two ("此前Nova的快速迭代，也说明…"): the evidence 说明 takes as its subject, not a fact an inference
 * follows.
 */
export function nominalClause(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  const de = words.map((t) => t.word).lastIndexOf('的');
  // (的快速迭代: a verb graded after 的 is a noun too; a predicate after it runs longer.)
  return de >= 0 && (words.length - de - 1 <= 2 || !words.slice(de + 1).some((t) => t.tag === 'v'));
}
