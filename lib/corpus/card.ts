/**
 * The entity card: what the popover and `npm run corpus -- show` present about one entity, in the
 * reader's script. Pure data over the compiled corpus.
 */
import type { CompiledArticle, CompiledClaim, CompiledCorpus, CompiledEntity } from './compile';
import { rankFor } from '../claims/group';
import { displayText } from '../claims/readable';
import type { ScriptChoice } from '../core/script';
import type { Role } from '../claims/extract';

export interface CardClaim {
  id: string;
  kind: CompiledClaim['kind'];
  modality: CompiledClaim['modality'];
  /** Who says so, in the reader's script ('' for the article itself). */
  attribution: string;
  text: string;
  role: Role;
  figures: CompiledClaim['figures'];
  dates: CompiledClaim['dates'];
  articleCount: number;
  /** Ids of claims on this card that deny this one or that it denies. */
  contradicts: string[];
  sources: CardSource[];
}

export interface CardSource {
  articleId: string;
  title: string;
  titleDerived: boolean;
  site: string | null;
  date: string | null;
  /** True for an article the reader saved ("我的资料库"); absent or false for a bundled one. */
  library?: boolean;
}

/** When the card has no claim worth showing: the best sentence that mentions the entity. */
export interface CardMention {
  text: string;
  source: CardClaim['sources'][number];
}

export interface EntityCard {
  id: string;
  type: CompiledEntity['type'];
  name: string;
  englishName: string | null;
  aliases: string[];
  description: string;
  parent: { id: string; name: string } | null;
  mentionCount: number;
  articleCount: number;
  claims: CardClaim[];
  /** Set only when `claims` is empty and the entity is mentioned somewhere. */
  bestMention: CardMention | null;
  related: Array<{ id: string; name: string }>;
}

/** A bundled article as a card names it (its id when the article is missing). */
export function corpusSource(article: CompiledArticle | undefined, articleId: string, script: ScriptChoice): CardSource {
  return {
    articleId,
    title: article?.title[script] ?? articleId,
    titleDerived: article?.titleDerived ?? false,
    site: article?.site ?? null,
    date: article?.date ?? null,
    library: false,
  };
}

export function findEntity(corpus: CompiledCorpus, query: string, fold: (s: string) => string): CompiledEntity | null {
  const key = fold(query.trim());
  const byId = corpus.entities.find((e) => e.id === query.trim());
  if (byId) return byId;
  const entry = corpus.names.find((n) => !n.blocker && n.key === key);
  const id = entry?.entityIds[0];
  return id ? corpus.entities.find((e) => e.id === id) ?? null : null;
}

export function entityCard(corpus: CompiledCorpus, entityId: string, script: ScriptChoice, maxClaims = 5): EntityCard {
  const entity = corpus.entities.find((e) => e.id === entityId);
  if (!entity) throw new Error(`no entity "${entityId}"`);
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const nameOf = (id: string) => {
    const e = corpus.entities.find((x) => x.id === id);
    return e ? e.name[script] : id;
  };
  const names = [entity.name.hans, ...entity.aliases.hans, ...(entity.name.en ? [entity.name.en] : [])];
  const ranked = rankFor(entityId, corpus.claims, (c) => c.text.hans, names).slice(0, maxClaims);
  const sourceOf = (articleId: string) => corpusSource(articles.get(articleId), articleId, script);
  const shown = new Set(ranked.map((c) => c.id));
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name[script],
    englishName: entity.name.en && entity.name.en !== entity.name[script] ? entity.name.en : null,
    aliases: entity.aliases[script].filter((a) => a !== entity.name[script]),
    description: entity.description[script],
    parent: entity.parent ? { id: entity.parent, name: nameOf(entity.parent) } : null,
    mentionCount: entity.mentionCount,
    articleCount: entity.articleIds.length,
    claims: ranked.map((claim) => cardClaim(claim, entityId, script, { nameOf, sourceOf, shown })),
    bestMention: ranked.length ? null : bestMention(corpus, entityId, script, sourceOf),
    related: entity.related.slice(0, 6).map(([id]) => ({ id, name: nameOf(id) })),
  };
}

/**
 * A source that is only a pronoun (他透露 where the extractor found no name for 他) tells the reader
 * nothing a card could show: "据他" is left out rather than shown.
 */
const PRONOUN_SOURCE = /^(?:他|她|它|其|他们|她们|它们|他們|她們|它們)$/;

const shownSource = (text: string) => (PRONOUN_SOURCE.test(text.trim()) ? '' : text);

/** A claim as a card shows it, for one entity, in one script. */
export function cardClaim(
  claim: CompiledClaim,
  entityId: string,
  script: ScriptChoice,
  lookup: { nameOf: (id: string) => string; sourceOf: (articleId: string) => CardSource; shown: ReadonlySet<string> },
): CardClaim {
  return {
    id: claim.id,
    kind: claim.kind,
    modality: claim.modality,
    attribution: claim.attribution.entityId
      ? lookup.nameOf(claim.attribution.entityId)
      : shownSource(claim.attributionText?.[script] ?? claim.attribution.text),
    text: displayText(claim.text[script]),
    role: claim.entities.find((e) => e.id === entityId)?.role ?? 'mentioned',
    figures: claim.figures.map((f, i) => ({ ...f, text: claim.figureText[script][i] ?? f.text })),
    dates: claim.dates,
    articleCount: claim.articleCount,
    contradicts: (claim.contradicts ?? []).filter((id) => lookup.shown.has(id)),
    sources: claim.sources.map((s) => lookup.sourceOf(s.articleId)),
  };
}

function bestMention(
  corpus: CompiledCorpus,
  entityId: string,
  script: ScriptChoice,
  sourceOf: (articleId: string) => CardClaim['sources'][number],
): CardMention | null {
  const best = corpus.entities.find((e) => e.id === entityId)?.bestSentence;
  return best ? { text: displayText(best.text[script]), source: sourceOf(best.articleId) } : null;
}
