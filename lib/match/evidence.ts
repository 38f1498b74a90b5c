/**
 * Decides which matches are mentions. Ambiguous names (豆包, 苹果, 快手) need evidence, and the
 * evidence is data from the gazetteer: a cue word near the mention, or the text as a whole being
 * about tech (it mentions unambiguous entities). Blocker matches are dropped.
 */
import type { NameMatch } from './names';

export interface EvidenceEntity {
  id: string;
  ambiguous: boolean;
  /** Folded cue words. */
  cues: readonly string[];
}

export interface Mention {
  start: number;
  end: number;
  entityId: string;
}

/** How far around a mention a cue word counts (characters). */
export const CUE_WINDOW = 40;
/** Distinct unambiguous entities that make a whole text "about tech". */
export const PAGE_EVIDENCE_THRESHOLD = 2;

export function resolveMentions(
  folded: string,
  matches: readonly NameMatch[],
  entities: ReadonlyMap<string, EvidenceEntity>,
): Mention[] {
  const named = matches.filter((m) => !m.entry.blocker);
  const certain = new Set<string>();
  for (const m of named) {
    if (m.entry.entityIds.length === 1) {
      const entity = entities.get(m.entry.entityIds[0]!);
      if (entity && !entity.ambiguous) certain.add(entity.id);
    }
  }
  const pageIsTech = certain.size >= PAGE_EVIDENCE_THRESHOLD;
  const mentions: Mention[] = [];
  for (const m of named) {
    const window = folded.slice(Math.max(0, m.start - CUE_WINDOW), m.end + CUE_WINDOW);
    const candidates = m.entry.entityIds.map((id) => entities.get(id)).filter((e): e is EvidenceEntity => !!e);
    // Several entities share this surface: the one whose cues are near wins; none near, no mention.
    if (candidates.length > 1) {
      const cued = candidates.filter((e) => e.cues.some((cue) => window.includes(cue)));
      if (cued.length === 1) mentions.push({ start: m.start, end: m.end, entityId: cued[0]!.id });
      continue;
    }
    const entity = candidates[0];
    if (!entity) continue;
    if (!entity.ambiguous || pageIsTech || entity.cues.some((cue) => window.includes(cue))) {
      mentions.push({ start: m.start, end: m.end, entityId: entity.id });
    }
  }
  return mentions;
}
