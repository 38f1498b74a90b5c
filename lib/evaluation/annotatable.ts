/**
 * What a measuring set's editor could annotate. Each gold set was written against the gazetteer of
 * its day (tests/claims-eval/annotated-entities.txt records the ids the sets up to 2026-11-26 knew);
 * an entity added later is one its editor could not name, so finding it must count neither for nor
 * against the extractor or the recognizer. These filters keep only the entities a set's list names.
 */
import type { Mention } from '../match/evidence';
import type { ExtractedClaim } from './eval';

/** The list every set written up to 2026-11-26 was annotated against, from the repository root. */
export const DEFAULT_ENTITY_LIST = 'tests/claims-eval/annotated-entities.txt';

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

/** Roles from strongest to weakest: an owner standing in for a dropped entity never loses rank. */
const ROLE_RANK: Readonly<Record<string, number>> = { agent: 3, object: 2, listed: 1, mentioned: 0 };

/**
 * The extracted claims as the set's editor could have annotated them. Each claim keeps only the
 * entities the list names; an entity outside it stands for its nearest owner in the list (`parentOf`,
 * the gazetteer's parent), which takes its role unless it has a stronger one, as the sets' editors
 * wrote down for what the gazetteer lacked ("an executive outside the gazetteer is `person` without
 * id and his company `agent`"; "a product outside the gazetteer stands for its maker");
 * a speaker outside the list is an unnamed one of the same kind. A claim that named entities but
 * keeps none is no claim for this set; one that named none to begin with is left as it was. With
 * every entity of the compiled gazetteer in the list, nothing changes.
 */
export function annotatableClaims(
  claims: readonly ExtractedClaim[],
  ids: ReadonlySet<string>,
  parentOf: (id: string) => string | null = () => null,
): ExtractedClaim[] {
  const ownerInList = (id: string): string | null => {
    const seen = new Set<string>();
    for (let at = parentOf(id); at !== null && !seen.has(at); at = parentOf(at)) {
      if (ids.has(at)) return at;
      seen.add(at);
    }
    return null;
  };
  return claims.flatMap((claim) => {
    const speaker = claim.attribution?.entityId;
    if ([...claim.entities.keys()].every((id) => ids.has(id)) && (!speaker || ids.has(speaker))) return [claim];
    const entities = new Map([...claim.entities].filter(([id]) => ids.has(id)));
    for (const [id, role] of claim.entities) {
      if (ids.has(id)) continue;
      const owner = ownerInList(id);
      if (owner === null) continue;
      const held = entities.get(owner);
      if (held === undefined || (ROLE_RANK[role] ?? 0) > (ROLE_RANK[held] ?? 0)) entities.set(owner, role);
    }
    if (claim.entities.size && !entities.size) return [];
    const attribution =
      claim.attribution && speaker && !ids.has(speaker) ? { ...claim.attribution, entityId: null } : claim.attribution;
    return [{ ...claim, entities, attribution }];
  });
}

/** A page's marks without those of entities outside the list: neither right nor wrong for the set. */
export function annotatableMentions(found: readonly Mention[][], ids: ReadonlySet<string>): Mention[][] {
  return found.map((block) => block.filter((m) => ids.has(m.entityId)));
}
