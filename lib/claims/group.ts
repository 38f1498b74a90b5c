/**
 * Groups claims that say the same thing in several articles, and ranks claims for an entity.
 * Same thing: the same figures (value and unit) about a shared entity, or, without figures,
 * the same kind and subject in near-identical words. Different figures are never merged:
 * US$1 billion in 2019 and US$10 billion later are two claims.
 */
import type { ClaimKind, Role } from './extract';
import type { DateRef, Figure } from './quantities';

export interface ClaimSource {
  articleId: string;
  paragraph: number;
  /** Offsets within the paragraph. */
  start: number;
  end: number;
  text: string;
}

export interface Claim {
  id: string;
  kind: ClaimKind;
  /** The text of the first source; the others are in `sources`. */
  text: string;
  sources: ClaimSource[];
  entities: Array<{ id: string; role: Role }>;
  figures: Figure[];
  dates: DateRef[];
  /** Entity-independent part of the popover ranking. */
  score: number;
}

const SIMILAR_TEXT = 0.5;

function figureKey(figures: readonly Figure[]): string {
  return figures
    .map((f) => `${f.unit}:${f.value}`)
    .sort()
    .join('|');
}

function bigrams(text: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) set.add(text.slice(i, i + 2));
  return set;
}

export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

function subjectOf(claim: Pick<Claim, 'entities'>): string | null {
  return claim.entities.find((e) => e.role === 'subject')?.id ?? null;
}

export function sameClaim(a: Claim, b: Claim, foldedText: (c: Claim) => string): boolean {
  const ids = new Set(a.entities.map((e) => e.id));
  const shareEntity = b.entities.some((e) => ids.has(e.id));
  if (!shareEntity) return false;
  if (a.figures.length || b.figures.length) return figureKey(a.figures) === figureKey(b.figures);
  return a.kind === b.kind && subjectOf(a) === subjectOf(b) && similarity(foldedText(a), foldedText(b)) >= SIMILAR_TEXT;
}

/**
 * Merges claims from different articles that say the same thing; keeps the first's text.
 * Candidates are looked up by shared entity, so the work grows with the corpus, not its square.
 */
export function groupClaims(claims: readonly Claim[], foldedText: (c: Claim) => string): Claim[] {
  const groups: Claim[] = [];
  const articlesOf = new Map<Claim, Set<string>>();
  const byEntity = new Map<string, Claim[]>();
  const textOf = new Map<Claim, string>();
  const folded = (c: Claim) => {
    let text = textOf.get(c);
    if (text === undefined) textOf.set(c, (text = foldedText(c)));
    return text;
  };
  for (const claim of claims) {
    const article = claim.sources[0]!.articleId;
    const candidates = new Set(claim.entities.flatMap((e) => byEntity.get(e.id) ?? []));
    let match: Claim | undefined;
    for (const g of candidates) {
      if (!articlesOf.get(g)!.has(article) && sameClaim(g, claim, folded)) {
        match = g;
        break;
      }
    }
    if (!match) {
      const group = { ...claim, sources: [...claim.sources], entities: [...claim.entities] };
      groups.push(group);
      articlesOf.set(group, new Set([article]));
      textOf.set(group, folded(claim));
      for (const e of group.entities) byEntity.set(e.id, [...(byEntity.get(e.id) ?? []), group]);
      continue;
    }
    match.sources.push(...claim.sources);
    articlesOf.get(match)!.add(article);
    for (const entity of claim.entities) {
      const existing = match.entities.find((e) => e.id === entity.id);
      if (!existing) {
        match.entities.push(entity);
        byEntity.set(entity.id, [...(byEntity.get(entity.id) ?? []), match]);
      } else if (entity.role === 'subject') existing.role = 'subject';
    }
    if (match.dates.length === 0) match.dates = claim.dates;
  }
  return groups.map((g) => ({ ...g, score: baseScore(g) }));
}

const KIND_WEIGHT: Record<ClaimKind, number> = {
  funding: 2,
  launch: 2,
  figure: 1.5,
  statement: 1,
  comparison: 1,
  event: 0.5,
};

export function articleCount(claim: Pick<Claim, 'sources'>): number {
  return new Set(claim.sources.map((s) => s.articleId)).size;
}

export function baseScore(claim: Claim): number {
  return (
    KIND_WEIGHT[claim.kind] +
    (claim.figures.length ? 2 : 0) +
    (claim.dates.some((d) => d.iso) ? 1 : 0) +
    2 * (articleCount(claim) - 1)
  );
}

/** Ranking for one entity's popover: the entity as subject first, then the claim's own score. */
export function rankFor(entityId: string, claims: readonly Claim[]): Claim[] {
  const weight = (c: Claim) => c.score + (c.entities.some((e) => e.id === entityId && e.role === 'subject') ? 4 : 0);
  return claims
    .filter((c) => c.entities.some((e) => e.id === entityId))
    .map((c) => ({ c, w: weight(c) }))
    .sort((a, b) => b.w - a.w || b.c.text.length - a.c.text.length)
    .map(({ c }) => c);
}
