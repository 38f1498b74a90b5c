/**
 * Agreement between two editors who annotated the same articles: the second editor's gold claims
 * are scored as if an extractor had produced them, with the same matcher the extractor faces. It
 * tells how far the aims can be read literally — an extractor cannot be expected to agree with one
 * editor more than a second careful editor does.
 */
import type { GoldClaim } from './gold';
import { evaluate, type EvalReport, type ExtractedClaim } from './eval';

/** One editor's gold claim in the shape the scorer reads extracted claims in. */
export function goldAsExtracted(g: GoldClaim, index: number): ExtractedClaim {
  return {
    id: `b${index}`,
    text: g.text,
    kind: g.kind,
    modality: g.modality,
    attribution: { kind: g.attribution.kind, entityId: g.attribution.entityId ?? null },
    entities: new Map(Object.entries(g.entities)),
    figures: g.figures.map((f) => ({ text: f.text, min: f.min, max: f.max, unit: f.unit })),
    dates: g.dates.map((d) => ({ text: d.text, iso: d.iso })),
    sources: [{ articleId: g.articleId, paragraph: g.paragraph, start: g.start, end: g.end }],
  };
}

/**
 * Editor B against editor A, on the articles both annotated: B's precision is A's recall of B and
 * B's recall is the share of A's claims B also wrote with the same actors. No cards, so no top five.
 */
export function agreement(
  a: readonly GoldClaim[],
  b: readonly GoldClaim[],
  scriptOf?: (articleId: string) => string,
): EvalReport {
  const shared = new Set(b.map((g) => g.articleId));
  return evaluate(
    a.filter((g) => shared.has(g.articleId)),
    b.map(goldAsExtracted),
    new Map(),
    scriptOf,
  );
}
