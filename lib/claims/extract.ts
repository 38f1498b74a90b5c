/**
 * Claim extraction: statements the corpus makes about entities (a launch, a funding round, a
 * figure, a statement by someone, a comparison, a dated event). Works clause by clause on one
 * sentence: a trigger word or a figure makes a clause carry a claim, its subject is the first
 * entity before the trigger (or in the nearest earlier clause), and following clauses with no
 * subject of their own continue it. Trigger words are matched on folded (Simplified) text.
 */
import { splitClauses } from '../text/sentences';
import { findDates, findFigures, type DateRef, type Figure } from './quantities';

export type ClaimKind = 'funding' | 'figure' | 'launch' | 'statement' | 'comparison' | 'event';
export type Role = 'subject' | 'mentioned';

export interface SentenceMention {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  entityId: string;
}

export interface ClaimDraft {
  kind: ClaimKind;
  /** Offsets within the sentence. */
  start: number;
  end: number;
  text: string;
  entities: Array<{ id: string; role: Role }>;
  figures: Figure[];
  dates: DateRef[];
}

/** In priority order: a clause that matches several kinds takes the first. */
const TRIGGERS: Array<[ClaimKind, RegExp]> = [
  ['funding', /融资|注资|领投|跟投|入股|估值|收购|并购|投资了|进行了投资|完成投资|的投资|身影/],
  ['launch', /推出|发布|上线|官宣|开启|上架|下架|问世|登场|亮相|开源|带来了|打造|成立|研发|宣布/],
  ['statement', /表示|指出|透露|强调|坦言|认为|介绍|告诉|回复|所言|曾说|说:|称[,，:“]|辟谣|否认/],
  ['comparison', /超过|领先|落后|相当于|登顶|最快|首个|首款|首次|率先|超越|追赶|差距/],
];

const FIGURE_KINDS = new Set<Figure['kind']>(['money', 'quantity', 'percent']);

export interface ExtractContext {
  articleDate: string | null;
}

interface ClauseInfo {
  start: number;
  end: number;
  kind: ClaimKind | null;
  triggerAt: number;
  mentions: SentenceMention[];
}

export function extractClaims(
  sentence: string,
  folded: string,
  mentions: readonly SentenceMention[],
  context: ExtractContext,
): ClaimDraft[] {
  if (mentions.length === 0) return [];
  const figures = findFigures(sentence);
  const dates = findDates(sentence, context.articleDate);
  const clauses: ClauseInfo[] = splitClauses(sentence).map((clause) => {
    const text = folded.slice(clause.start, clause.end);
    let kind: ClaimKind | null = null;
    let triggerAt = clause.end;
    for (const [k, pattern] of TRIGGERS) {
      const hit = pattern.exec(text);
      if (hit) {
        kind = k;
        triggerAt = clause.start + hit.index;
        break;
      }
    }
    const figure = figures.find((f) => f.start >= clause.start && f.end <= clause.end && FIGURE_KINDS.has(f.kind));
    // A figure outranks a launch or statement: "已发布79个" is a figure about models.
    if (figure && kind !== 'funding') {
      kind = 'figure';
      triggerAt = Math.min(triggerAt, figure.start);
    }
    if (!kind && dates.some((d) => d.start >= clause.start && d.end <= clause.end)) {
      kind = 'event';
      triggerAt = clause.end;
    }
    return {
      start: clause.start,
      end: clause.end,
      kind,
      triggerAt,
      mentions: mentions.filter((m) => m.start >= clause.start && m.end <= clause.end),
    };
  });

  interface Open {
    first: number;
    last: number;
    subject: string | null;
    kind: ClaimKind;
  }
  const claims: Open[] = [];
  let lastUsed = -1;
  clauses.forEach((clause, i) => {
    const current = claims[claims.length - 1];
    const contiguous = current !== undefined && current.last === i - 1;
    if (!clause.kind) {
      // A statement runs to the end of the sentence (the quote follows the verb).
      if (contiguous && current.kind === 'statement') current.last = i;
      return;
    }
    const own = clause.mentions.find((m) => m.start < clause.triggerAt && !isQuotedTerm(sentence, m));
    if (own) {
      if (contiguous && current.subject === own.entityId) {
        extend(current, i, clause.kind);
      } else {
        claims.push({ first: i, last: i, subject: own.entityId, kind: clause.kind });
      }
    } else if (contiguous) {
      extend(current, i, clause.kind);
    } else {
      // The subject sits in an earlier clause: "智谱，作为…之一，宣布完成了…融资".
      const actor = (c: ClauseInfo) => c.mentions.find((m) => !isQuotedTerm(sentence, m));
      let j = i - 1;
      while (j > lastUsed && !actor(clauses[j]!)) j--;
      if (j > lastUsed) {
        claims.push({ first: j, last: i, subject: actor(clauses[j]!)!.entityId, kind: clause.kind });
      } else if (clause.mentions.length > 0) {
        claims.push({ first: i, last: i, subject: null, kind: clause.kind });
      }
    }
    lastUsed = claims.length ? claims[claims.length - 1]!.last : lastUsed;
  });

  return claims.map((open) => {
    const start = clauses[open.first]!.start;
    const end = clauses[open.last]!.end;
    const inside = <T extends { start: number; end: number }>(x: T) => x.start >= start && x.end <= end;
    const ids = [...new Set(mentions.filter(inside).map((m) => m.entityId))];
    return {
      kind: open.kind,
      start,
      end,
      text: trimClause(sentence.slice(start, end)),
      entities: ids.map((id) => ({ id, role: id === open.subject ? ('subject' as const) : ('mentioned' as const) })),
      figures: figures.filter(inside),
      dates: dates.filter(inside),
    };
  });
}

const OPEN_QUOTES = '“「『‘"';
const CLOSE_QUOTES = '”」』’"';

/** A name that is the whole of a quotation (“OpenAI公司”) is talked about, not acting. */
function isQuotedTerm(sentence: string, m: SentenceMention): boolean {
  return OPEN_QUOTES.includes(sentence[m.start - 1] ?? '') && CLOSE_QUOTES.includes(sentence[m.end] ?? '');
}

function extend(open: { last: number; kind: ClaimKind }, index: number, kind: ClaimKind): void {
  open.last = index;
  if (TRIGGER_RANK[kind] < TRIGGER_RANK[open.kind]) open.kind = kind;
}

const TRIGGER_RANK: Record<ClaimKind, number> = {
  funding: 0,
  figure: 1,
  launch: 2,
  statement: 3,
  comparison: 4,
  event: 5,
};

/** Drops a trailing comma or colon left by clause splitting; keeps sentence-final punctuation. */
function trimClause(text: string): string {
  return text.replace(/[,，:：、]+$/, '');
}
