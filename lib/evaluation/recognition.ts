/**
 * The disambiguation sets (tests/fixtures/senses/*.txt): parsing and scoring. A set is pages of
 * text with the expected mentions written inline as [surface|entity-id]; text outside brackets
 * must yield no mention. Scored per category: precision and recall of exact (block, start, end,
 * entity) mentions, and how many pages got a mention that is not expected. Marks of entities the
 * set's editor could not name (outside its entity list) are left out before scoring
 * (lib/evaluation/annotatable.ts).
 */
import type { Mention } from '../match/evidence';

export type BlockKind = 'main' | 'aside' | 'comment' | 'nav' | 'footer';
export const BLOCK_KINDS: readonly BlockKind[] = ['main', 'aside', 'comment', 'nav', 'footer'];

export interface EvalBlock {
  kind: BlockKind;
  /** The text with inline gold as written: [surface|entity-id]. */
  source: string;
}

export interface EvalPage {
  category: string;
  line: number;
  blocks: EvalBlock[];
}

export interface GoldBlock {
  text: string;
  gold: Mention[];
}

const GOLD = /\[([^[\]|]+)\|([a-z0-9][a-z0-9-]*)\]/g;

export class EvalFormatError extends Error {
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'EvalFormatError';
  }
}

/** `@entities PATH` (from the repository root) or `@entities all`: see `declaredEntityList`. */
const ENTITY_LIST = /^@entities\s+(\S+)\s*$/;

/**
 * The entity list a set declares it was written against: a file of ids (one a line), `all` for
 * the gazetteer it is scored with, or null when it declares none (the caller's default: the list
 * the sets written up to 2026-11-26 knew, tests/claims-eval/annotated-entities.txt).
 */
export function declaredEntityList(source: string, file = 'set'): string | null {
  const declared = source
    .split('\n')
    .map((line) => ENTITY_LIST.exec(line.trim())?.[1])
    .filter((x): x is string => x !== undefined);
  if (declared.length > 1) throw new EvalFormatError(file, 1, 'more than one @entities line');
  return declared[0] ?? null;
}

export function parseEvalSet(source: string, file = 'set'): EvalPage[] {
  const pages: EvalPage[] = [];
  let category = 'uncategorized';
  let page: EvalPage | null = null;
  source.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    const number = index + 1;
    if (page && !line) {
      if (!page.blocks.length) throw new EvalFormatError(file, page.line, 'a page needs at least one block');
      pages.push(page);
      page = null;
      return;
    }
    if (!line || (line.startsWith('#') && !line.startsWith('##')) || ENTITY_LIST.test(line)) return;
    if (line.startsWith('## ')) {
      category = line.slice(3).trim();
      return;
    }
    if (line === '=== page') {
      page = { category, line: number, blocks: [] };
      return;
    }
    if (page) {
      const bar = line.indexOf('|');
      const kind = line.slice(0, bar) as BlockKind;
      if (bar < 0 || !BLOCK_KINDS.includes(kind))
        throw new EvalFormatError(file, number, `a page block starts with one of ${BLOCK_KINDS.join(', ')} and "|"`);
      page.blocks.push({ kind, source: line.slice(bar + 1) });
      return;
    }
    pages.push({ category, line: number, blocks: [{ kind: 'main', source: line }] });
  });
  if (page) pages.push(page);
  for (const p of pages) {
    for (const b of p.blocks) {
      const rest = b.source.replace(GOLD, '');
      if (/[[\]]/.test(rest)) throw new EvalFormatError(file, p.line, `unbalanced gold brackets in "${b.source}"`);
    }
  }
  return pages;
}

/** The plain text and gold mentions of a block; `convert` renders each piece (another script). */
export function goldOf(source: string, convert: (text: string) => string = (t) => t): GoldBlock {
  let text = '';
  const gold: Mention[] = [];
  let last = 0;
  for (const m of source.matchAll(GOLD)) {
    text += convert(source.slice(last, m.index));
    const surface = convert(m[1]!);
    gold.push({ start: text.length, end: text.length + surface.length, entityId: m[2]! });
    text += surface;
    last = m.index + m[0].length;
  }
  text += convert(source.slice(last));
  return { text, gold };
}

export interface Score {
  pages: number;
  gold: number;
  found: number;
  correct: number;
  /** Pages with at least one mention not expected (a trap marked, or a wrong entity). */
  pagesWithFalseMarks: number;
}

export function emptyScore(): Score {
  return { pages: 0, gold: 0, found: 0, correct: 0, pagesWithFalseMarks: 0 };
}

export function addPage(
  score: Score,
  gold: readonly Mention[][],
  found: readonly Mention[][],
): Array<{ block: number; mention: Mention; kind: 'missed' | 'extra' }> {
  const errors: Array<{ block: number; mention: Mention; kind: 'missed' | 'extra' }> = [];
  const key = (m: Mention) => `${m.start}:${m.end}:${m.entityId}`;
  let extra = false;
  gold.forEach((g, b) => {
    const f = found[b] ?? [];
    const expected = new Set(g.map(key));
    const got = new Set(f.map(key));
    score.gold += g.length;
    score.found += f.length;
    for (const m of f) {
      if (expected.has(key(m))) score.correct++;
      else {
        extra = true;
        errors.push({ block: b, mention: m, kind: 'extra' });
      }
    }
    for (const m of g) if (!got.has(key(m))) errors.push({ block: b, mention: m, kind: 'missed' });
  });
  score.pages++;
  if (extra) score.pagesWithFalseMarks++;
  return errors;
}

export function precision(s: Score): number {
  return s.found ? s.correct / s.found : 1;
}

export function recall(s: Score): number {
  return s.gold ? s.correct / s.gold : 1;
}

export function f1(s: Score): number {
  const p = precision(s);
  const r = recall(s);
  return p + r ? (2 * p * r) / (p + r) : 0;
}
