/**
 * Voices across a sentence's parts: where a speaker named anew stops what went before from going on.
 */
import type { Clause } from './types';

/**
 * A clause of attribution that names its speaker (X表示, X副总裁Y则在社群平台表示, 日经称): a voice of
 * its own, not a hedge or the writer.
 */
export function namesNewSpeaker(clause: Clause): boolean {
  const source = clause.attribution;
  return clause.type === 'attribution' && !!source && (source.kind === 'person' || source.kind === 'organization');
}
