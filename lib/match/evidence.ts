/**
 * Decides which matches are mentions, from evidence where the mention is. An ambiguous name
 * (豆包, 苹果, 快手) is decided by its sentence first, then its paragraph (one sense per
 * paragraph), and only when both are silent by the page, which the caller sees: the scanner lets
 * the page speak only for the article body, never for an aside, a comment or a footer
 * (lib/page/section.ts). Evidence is data from the gazetteer: cue words for the entity's sense
 * and negative cues for the everyday one (food words around 豆包), which weigh the same; a
 * name inside 《》 is a title of some work and counts as one negative cue, another entity named
 * unambiguously in the same sentence (荣耀 and OPPO) as one cue.
 *
 * Before evidence, a match must survive its surroundings: a blocker (阿里山) swallows it, a
 * clearly more probable segmentation (北京/东三环 around 京东) beats it, and a versioned name
 * followed by a longer version (GPT-4 in GPT-4.5) is another model: the family's if the
 * gazetteer names one (Qwen2.5 → 通义千问), else nothing.
 */
import type { NameMatch } from './names';
import { losesToSegmentation, type WordCosts } from './segment';

export interface EvidenceEntity {
  id: string;
  /** Whether any of its names needs evidence. */
  ambiguous: boolean;
  /** Folded cue words for this sense. */
  cues: readonly string[];
  /** Folded negative cues: words that point to an everyday sense. */
  against?: readonly string[];
  /** False: the page's evidence never decides (an everyday word of tech prose itself, 理想). */
  pageEvidence?: false;
}

export interface Mention {
  start: number;
  end: number;
  entityId: string;
}

/** Context a mention's decision may look at on each side, within its paragraph (characters). */
export const CUE_WINDOW = 200;
/** Distinct unambiguous entities that make a whole page "about tech". */
export const PAGE_EVIDENCE_THRESHOLD = 2;

export interface Classified {
  /** Mentions decided where they are: unambiguous names, or ambiguous ones their sentence or paragraph confirms. */
  certain: Mention[];
  /** Ambiguous mentions on which sentence and paragraph are silent: the page decides. */
  needsPage: Mention[];
  /** Unambiguous entities seen: the page-level evidence. */
  unambiguousIds: Set<string>;
}

/** 。！？!?；; and the newline: where a sentence ends. */
function endsSentence(code: number): boolean {
  return (
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0xff1b ||
    code === 0x3b ||
    code === 0x0a
  );
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isWordCode(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || isDigit(code);
}

/** End of a version suffix written after position `at`: (.digits)* then (-word)*. */
function versionEnd(text: string, at: number, dotted: boolean): number {
  let i = at;
  if (dotted) {
    while (text.charCodeAt(i) === 0x2e && isDigit(text.charCodeAt(i + 1))) {
      i += 2;
      while (isDigit(text.charCodeAt(i))) i++;
    }
  }
  while (text.charCodeAt(i) === 0x2d && isWordCode(text.charCodeAt(i + 1))) {
    i += 2;
    while (isWordCode(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Bounds of the paragraph (newline to newline) around [start, end), at most CUE_WINDOW each side. */
function paragraphAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const min = Math.max(0, start - CUE_WINDOW);
  while (from > min && text.charCodeAt(from - 1) !== 0x0a) from--;
  let to = end;
  const max = Math.min(text.length, end + CUE_WINDOW);
  while (to < max && text.charCodeAt(to) !== 0x0a) to++;
  return [from, to];
}

function sentenceAround(text: string, start: number, end: number, [pFrom, pTo]: [number, number]): [number, number] {
  let from = start;
  while (from > pFrom && !endsSentence(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < pTo && !endsSentence(text.charCodeAt(to))) to++;
  return [from, to];
}

/** Whether [start, end) sits inside 《…》 within [from, to) (searches stay inside the sentence). */
function insideTitle(text: string, start: number, end: number, from: number, to: number): boolean {
  let open = -1;
  for (let i = start - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x300b) return false; // 》: a title closed before the name
    if (code === 0x300a) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  for (let i = end; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x300b) return true;
    if (code === 0x300a) return false;
  }
  return false;
}

/** Whether `cue` occurs in `slice` (text from `from` on) other than inside the mention (公司 in 苹果公司 is no evidence). */
function occursAround(slice: string, from: number, cue: string, mention: Mention): boolean {
  for (let i = slice.indexOf(cue); i >= 0; i = slice.indexOf(cue, i + 1)) {
    const start = from + i;
    if (start < mention.start || start + cue.length > mention.end) return true;
  }
  return false;
}

/**
 * Positive cues minus negative cues in [from, to). A cue may include the name itself (出了名的快手)
 * but must reach outside it.
 */
function senseScore(text: string, from: number, to: number, mention: Mention, entity: EvidenceEntity): number {
  const slice = text.slice(from, to);
  let score = 0;
  for (const cue of entity.cues) if (occursAround(slice, from, cue, mention)) score++;
  for (const cue of entity.against ?? []) if (occursAround(slice, from, cue, mention)) score--;
  return score;
}

/** Matches (blockers included) in text[from, to): what else the sentence names. */
export type MatchRange = (from: number, to: number) => readonly NameMatch[];

function namesAnotherEntity(matchRange: MatchRange | undefined, from: number, to: number, mention: Mention): boolean {
  if (!matchRange) return false;
  return matchRange(from, to).some(
    (m) =>
      !m.entry.blocker &&
      !m.entry.ambiguous &&
      m.entry.entityIds.length === 1 &&
      m.entry.entityIds[0] !== mention.entityId &&
      (m.end <= mention.start || m.start >= mention.end),
  );
}

/** The sense of a mention by its sentence, then its paragraph: > 0 this entity, < 0 not, 0 silent. */
export function localSense(text: string, mention: Mention, entity: EvidenceEntity, matchRange?: MatchRange): number {
  const paragraph = paragraphAround(text, mention.start, mention.end);
  const [sFrom, sTo] = sentenceAround(text, mention.start, mention.end, paragraph);
  let sentence =
    senseScore(text, sFrom, sTo, mention, entity) - (insideTitle(text, mention.start, mention.end, sFrom, sTo) ? 1 : 0);
  // Another entity adds one: it can change the outcome only from -1 or 0 (and costs a scan).
  if ((sentence === 0 || sentence === -1) && namesAnotherEntity(matchRange, sFrom, sTo, mention)) sentence++;
  if (sentence !== 0) return sentence;
  return senseScore(text, paragraph[0], paragraph[1], mention, entity);
}

export function classifyMatches(
  folded: string,
  matches: readonly NameMatch[],
  entities: ReadonlyMap<string, EvidenceEntity>,
  lexicon?: WordCosts,
  matchRange?: MatchRange,
): Classified {
  const result: Classified = { certain: [], needsPage: [], unambiguousIds: new Set() };
  for (const m of matches) {
    const { entry } = m;
    if (entry.blocker) continue;
    let end = m.end;
    let ids = entry.entityIds;
    if (
      isDigit(folded.charCodeAt(m.end - 1)) &&
      folded.charCodeAt(m.end) === 0x2e &&
      isDigit(folded.charCodeAt(m.end + 1))
    ) {
      // GPT-4.5 is not GPT-4: a longer version is the family's, or nobody's.
      if (!entry.family) continue;
      ids = [entry.family];
      end = versionEnd(folded, m.end, true);
    } else if (entry.family && ids.length === 1 && ids[0] === entry.family) {
      end = versionEnd(folded, m.end, false); // Qwen3-Max: the family's, suffix and all
    }
    if (lexicon && end === m.end && losesToSegmentation(folded, m.start, m.end, lexicon)) continue;
    const candidates = ids.map((id) => entities.get(id)).filter((e): e is EvidenceEntity => !!e);
    if (candidates.length > 1) {
      // Several entities share this surface: the one its context favours, if exactly one.
      const scored = candidates.map((e) => ({
        e,
        score: localSense(folded, { start: m.start, end, entityId: e.id }, e),
      }));
      const top = Math.max(...scored.map((s) => s.score));
      const winners = scored.filter((s) => s.score === top);
      if (top > 0 && winners.length === 1) result.certain.push({ start: m.start, end, entityId: winners[0]!.e.id });
      continue;
    }
    const entity = candidates[0];
    if (!entity) continue;
    const mention = { start: m.start, end, entityId: entity.id };
    if (!entry.ambiguous) {
      result.unambiguousIds.add(entity.id);
      result.certain.push(mention);
      continue;
    }
    const sense = localSense(folded, mention, entity, matchRange);
    if (sense > 0) result.certain.push(mention);
    else if (sense === 0) result.needsPage.push(mention);
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
  const entity = entities.get(mention.entityId);
  if (entity?.pageEvidence === false) return false;
  if (unambiguousCount >= PAGE_EVIDENCE_THRESHOLD) return true;
  return entity?.cues.some(pageIncludes) ?? false;
}

/** Mentions in one whole text (an article, a saved page) with page-level evidence applied. */
export function resolveMentions(
  folded: string,
  matches: readonly NameMatch[],
  entities: ReadonlyMap<string, EvidenceEntity>,
  lexicon?: WordCosts,
): Mention[] {
  const inRange: MatchRange = (from, to) => matches.filter((m) => m.start >= from && m.end <= to);
  const { certain, needsPage, unambiguousIds } = classifyMatches(folded, matches, entities, lexicon, inRange);
  const confirmed = needsPage.filter((m) =>
    pageConfirms(m, unambiguousIds.size, entities, (cue) => folded.includes(cue)),
  );
  return [...certain, ...confirmed].sort((a, b) => a.start - b.start);
}
