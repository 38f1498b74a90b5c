/**
 * What a measuring set's editor could annotate. Each gold set was written against the gazetteer of
 * its day (tests/claims-eval/annotated-entities.txt records the ids the sets up to 2026-11-26 knew);
 * an entity added later is one its editor could not name, so finding it must count neither for nor
 * against the extractor or the recognizer. These filters keep only the entities a set's list names.
 */
import type { Mention } from '../match/evidence';
import type { ExtractedClaim } from './eval';

export class EntityListError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EntityListError';
  }
}

/**
 * Reads an entity list: one id a line, `#` comments and blank lines ignored. Every id must be one
 * the gazetteer still has (a renamed or removed entity would silently drop gold otherwise).
 */
export function parseEntityList(text: string, file: string, gazetteerIds: ReadonlySet<string>): Set<string> {
  const ids = new Set<string>();
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(line))
      throw new EntityListError(`${file}:${index + 1}: "${line}" is not an entity id`);
    if (!gazetteerIds.has(line))
      throw new EntityListError(`${file}:${index + 1}: "${line}" is not in the gazetteer (renamed or removed?)`);
    ids.add(line);
  });
  if (!ids.size) throw new EntityListError(`${file}: lists no entity`);
  return ids;
}

/**
 * The extracted claims as the set's editor could have annotated them: each claim keeps only the
 * entities the list names, a speaker outside it is an unnamed one of the same kind, and a claim
 * that named entities but none in the list is no claim for this set (a claim that named none to
 * begin with is kept as it is: the filter changes nothing the gazetteer of the set's day produced).
 */
export function annotatableClaims(claims: readonly ExtractedClaim[], ids: ReadonlySet<string>): ExtractedClaim[] {
  return claims.flatMap((claim) => {
    const entities = new Map([...claim.entities].filter(([id]) => ids.has(id)));
    if (claim.entities.size && !entities.size) return [];
    const speaker = claim.attribution?.entityId;
    const attribution =
      claim.attribution && speaker && !ids.has(speaker) ? { ...claim.attribution, entityId: null } : claim.attribution;
    return entities.size === claim.entities.size && attribution === claim.attribution
      ? [claim]
      : [{ ...claim, entities, attribution }];
  });
}

/** A page's marks without those of entities outside the list: neither right nor wrong for the set. */
export function annotatableMentions(found: readonly Mention[][], ids: ReadonlySet<string>): Mention[][] {
  return found.map((block) => block.filter((m) => ids.has(m.entityId)));
}
