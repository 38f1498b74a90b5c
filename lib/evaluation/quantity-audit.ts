/**
 * Figures and dates of matched claims, counted the way a reader meets them: each gold figure (or
 * date) is right, wrong (the claim carries one at that text with another value or unit) or missing
 * (nothing there); each figure the claim carries that gold does not name is extra. Figure
 * accuracy (eval.ts) counts only the gold side, so an extra figure — one the claim highlights but
 * the editor gave another clause, or none — costs nothing there; this audit shows it.
 */
import type { GoldClaim } from './gold';
import { matches, pair, sameFigure, textsMeet, type Instance } from './eval';

export interface QuantityCounts {
  right: number;
  wrong: number;
  missing: number;
  extra: number;
}

export interface QuantityAudit {
  figures: QuantityCounts;
  dates: QuantityCounts;
  /** One line per figure or date not right, and per extra one: what gold has beside what was found. */
  lines: string[];
}

type Figure = { text: string; min: number | null; max: number | null | undefined; unit: string };
type DateRef = { text: string; iso: string };

const showFigure = (f: Figure) => `${f.text} ${f.min}–${f.max ?? '∞'} ${f.unit}`;
const showDate = (d: DateRef) => `${d.text} '${d.iso}'`;

/**
 * Counts one claim's figures (or dates) against its gold claim's: each gold one right, wrong or
 * missing at its text, each found one no gold text meets extra; a line for every one not right.
 */
function tally<T extends { text: string }>(
  counts: QuantityCounts,
  lines: string[],
  label: string,
  gold: readonly T[],
  found: readonly T[],
  same: (found: T, gold: T) => boolean,
  show: (x: T) => string,
  where: string,
): void {
  for (const g of gold) {
    const at = found.filter((f) => textsMeet(f.text, g.text));
    if (at.some((f) => same(f, g))) counts.right++;
    else {
      const state = at.length ? 'wrong' : 'missing';
      counts[state]++;
      lines.push(`  ${label} ${state}: gold ${show(g)} | claim ${found.map(show).join('; ') || 'none'}  ${where}`);
    }
  }
  for (const f of found.filter((f) => !gold.some((g) => textsMeet(f.text, g.text)))) {
    counts.extra++;
    lines.push(`  ${label} extra: ${show(f)}  ${where}`);
  }
}

/** Audits the matched pairs of one set (pairs as eval.ts makes them). */
export function auditQuantities(gold: readonly GoldClaim[], instances: readonly Instance[]): QuantityAudit {
  const audit: QuantityAudit = {
    figures: { right: 0, wrong: 0, missing: 0, extra: 0 },
    dates: { right: 0, wrong: 0, missing: 0, extra: 0 },
    lines: [],
  };
  for (const [g, inst] of pair(gold, instances, matches)) {
    const where = `${g.articleId} ¶${g.paragraph} ${g.text}`;
    tally(audit.figures, audit.lines, 'figure', g.figures, inst.claim.figures, sameFigure, showFigure, where);
    tally(audit.dates, audit.lines, 'date', g.dates, inst.claim.dates, (d, gd) => d.iso === gd.iso, showDate, where);
  }
  return audit;
}

export function formatAudit(name: string, audit: QuantityAudit, details: boolean): string {
  const counts = (c: QuantityCounts) => `right ${c.right}, wrong ${c.wrong}, missing ${c.missing}, extra ${c.extra}`;
  const head = `${name}: figures ${counts(audit.figures)}; dates ${counts(audit.dates)}`;
  return details ? [head, ...audit.lines].join('\n') : head;
}
