/**
 * Figures and dates of matched claims, counted the way a reader meets them: each gold figure (or
 * date) is right, wrong (the claim carries one at that text with another value or unit) or missing
 * (nothing there); each figure the claim carries that gold does not name is extra. Figure
 * accuracy (eval.ts) counts only the gold side, so an extra figure — one the claim highlights but
 * the editor gave another clause, or none — costs nothing there; this audit shows it.
 */
import type { GoldClaim } from './gold';
import { matches, pair, type Instance } from './eval';

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

const meet = (a: string, b: string) => a !== '' && b !== '' && (a.includes(b) || b.includes(a));
const sameNumber = (a: number | null | undefined, b: number | null) =>
  a === null || b === null ? a === b : a !== undefined && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const showFigure = (f: Figure) => `${f.text} ${f.min}–${f.max ?? '∞'} ${f.unit}`;
const showDate = (d: DateRef) => `${d.text} '${d.iso}'`;

/** Audits the matched pairs of one set (pairs as eval.ts makes them). */
export function auditQuantities(gold: readonly GoldClaim[], instances: readonly Instance[]): QuantityAudit {
  const audit: QuantityAudit = {
    figures: { right: 0, wrong: 0, missing: 0, extra: 0 },
    dates: { right: 0, wrong: 0, missing: 0, extra: 0 },
    lines: [],
  };
  for (const [g, inst] of pair(gold, instances, matches)) {
    const claim = inst.claim;
    const where = `${g.articleId} ¶${g.paragraph} ${g.text}`;
    for (const gf of g.figures) {
      const at = claim.figures.filter((f) => meet(f.text, gf.text));
      if (at.some((f) => f.unit === gf.unit && sameNumber(f.min, gf.min) && sameNumber(f.max, gf.max)))
        audit.figures.right++;
      else {
        const state = at.length ? 'wrong' : 'missing';
        audit.figures[state]++;
        audit.lines.push(
          `  figure ${state}: gold ${showFigure(gf)} | claim ${claim.figures.map(showFigure).join('; ') || 'none'}  ${where}`,
        );
      }
    }
    for (const f of claim.figures.filter((f) => !g.figures.some((gf) => meet(f.text, gf.text)))) {
      audit.figures.extra++;
      audit.lines.push(`  figure extra: ${showFigure(f)}  ${where}`);
    }
    for (const gd of g.dates) {
      const at = claim.dates.filter((d) => meet(d.text, gd.text));
      if (at.some((d) => d.iso === gd.iso)) audit.dates.right++;
      else {
        const state = at.length ? 'wrong' : 'missing';
        audit.dates[state]++;
        audit.lines.push(
          `  date ${state}: gold ${showDate(gd)} | claim ${claim.dates.map(showDate).join('; ') || 'none'}  ${where}`,
        );
      }
    }
    for (const d of claim.dates.filter((d) => !g.dates.some((gd) => meet(d.text, gd.text)))) {
      audit.dates.extra++;
      audit.lines.push(`  date extra: ${showDate(d)}  ${where}`);
    }
  }
  return audit;
}

export function formatAudit(name: string, audit: QuantityAudit, details: boolean): string {
  const counts = (c: QuantityCounts) => `right ${c.right}, wrong ${c.wrong}, missing ${c.missing}, extra ${c.extra}`;
  const head = `${name}: figures ${counts(audit.figures)}; dates ${counts(audit.dates)}`;
  return details ? [head, ...audit.lines].join('\n') : head;
}
