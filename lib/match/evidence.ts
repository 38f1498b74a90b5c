/**
 * Decides which matches are mentions. Ambiguous names (豆包, 苹果, 快手) need evidence, and the
 * evidence is data from the gazetteer: a cue word near the mention, or, page-wide, the page
 * being about tech (it mentions unambiguous entities) or carrying the entity's cue words.
 * Blocker matches (阿里山, 豆包馅) are dropped.
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
/** Distinct unambiguous entities that make a whole page "about tech". */
export const PAGE_EVIDENCE_THRESHOLD = 2;

export interface Classified {
  /** Mentions that stand on their own: unambiguous names, or ambiguous ones with a cue nearby. */
  certain: Mention[];
  /** Ambiguous mentions that count only if the page as a whole is about tech. */
  needsPage: Mention[];
  /** Unambiguous entities seen: the page-level evidence. */
  unambiguousIds: Set<string>;
}

export function classifyMatches(
  folded: string,
  matches: readonly NameMatch[],
  entities: ReadonlyMap<string, EvidenceEntity>,
): Classified {
  const result: Classified = { certain: [], needsPage: [], unambiguousIds: new Set() };
  for (const m of matches) {
    if (m.entry.blocker) continue;
    const candidates = m.entry.entityIds.map((id) => entities.get(id)).filter((e): e is EvidenceEntity => !!e);
    const near = () => folded.slice(Math.max(0, m.start - CUE_WINDOW), m.end + CUE_WINDOW);
    if (candidates.length > 1) {
      // Several entities share this surface: the one whose cues are near wins; else none.
      const window = near();
      const cued = candidates.filter((e) => e.cues.some((cue) => window.includes(cue)));
      if (cued.length === 1) result.certain.push({ start: m.start, end: m.end, entityId: cued[0]!.id });
      continue;
    }
    const entity = candidates[0];
    if (!entity) continue;
    const mention = { start: m.start, end: m.end, entityId: entity.id };
    if (!entity.ambiguous) {
      result.unambiguousIds.add(entity.id);
      result.certain.push(mention);
    } else {
      const window = near();
      (entity.cues.some((cue) => window.includes(cue)) ? result.certain : result.needsPage).push(mention);
    }
  }
  return result;
}

/** Whether a pending ambiguous mention counts, given the whole page's evidence. */
export function pageConfirms(
  mention: Mention,
  unambiguousCount: number,
  entities: ReadonlyMap<string, EvidenceEntity>,
  pageIncludes: (folded: string) => boolean,
): boolean {
  if (unambiguousCount >= PAGE_EVIDENCE_THRESHOLD) return true;
  return entities.get(mention.entityId)?.cues.some(pageIncludes) ?? false;
}

/** Mentions in one whole text (an article, a saved page) with page-level evidence applied. */
export function resolveMentions(
  folded: string,
  matches: readonly NameMatch[],
  entities: ReadonlyMap<string, EvidenceEntity>,
): Mention[] {
  const { certain, needsPage, unambiguousIds } = classifyMatches(folded, matches, entities);
  const confirmed = needsPage.filter((m) =>
    pageConfirms(m, unambiguousIds.size, entities, (cue) => folded.includes(cue)),
  );
  return [...certain, ...confirmed].sort((a, b) => a.start - b.start);
}
