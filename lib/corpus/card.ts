/**
 * The entity card: what the popover and `npm run corpus -- show` present about one entity, in the
 * reader's script. Pure data over the compiled corpus.
 */
import type { CompiledClaim, CompiledCorpus, CompiledEntity } from './compile';
import { rankFor } from '../claims/group';
import type { ScriptChoice } from '../core/script';

export interface CardClaim {
  id: string;
  kind: CompiledClaim['kind'];
  text: string;
  role: 'subject' | 'mentioned';
  figures: CompiledClaim['figures'];
  dates: CompiledClaim['dates'];
  articleCount: number;
  sources: Array<{ articleId: string; title: string; site: string | null; date: string | null }>;
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
  related: Array<{ id: string; name: string }>;
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
  const ranked = rankFor(entityId, corpus.claims.map((c) => ({ ...c, text: c.text.hans }))).slice(0, maxClaims);
  const byId = new Map(corpus.claims.map((c) => [c.id, c]));
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
    claims: ranked.map((c) => {
      const claim = byId.get(c.id)!;
      return {
        id: claim.id,
        kind: claim.kind,
        text: claim.text[script],
        role: claim.entities.find((e) => e.id === entityId)!.role,
        figures: claim.figures.map((f, i) => ({ ...f, text: claim.figureText[script][i] ?? f.text })),
        dates: claim.dates,
        articleCount: claim.articleCount,
        sources: claim.sources.map((s) => {
          const article = articles.get(s.articleId);
          return { articleId: s.articleId, title: article?.title[script] ?? s.articleId, site: article?.site ?? null, date: article?.date ?? null };
        }),
      };
    }),
    related: entity.related.slice(0, 6).map(([id]) => ({ id, name: nameOf(id) })),
  };
}
