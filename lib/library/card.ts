/**
 * Entity cards over the bundled corpus and the reader's library together: a reader entity gets
 * a card like a bundled one; claims from saved articles rank with the corpus's (rankFor), each
 * source says whether it is a saved article, and "N 篇" counts corpus and library articles that
 * state the same fact — grouped by the same rule as the compiler's groupClaims (sameClaim: kind,
 * modality, roles, figures, dates, an anchor), never by wording. Also an entity's timeline: its
 * dated claims in order. Pure data.
 */
import type { CompiledClaim, CompiledCorpus } from '../corpus/compile';
import { cardClaim, corpusSource, type CardClaim, type CardSource, type EntityCard } from '../corpus/card';
import { articleCount, baseScore, complete, rankFor, sameClaim, writersView, type Claim } from '../claims/group';
import { displayText, readableAlone } from '../claims/readable';
import { openQuestion, unattributedQuote } from '../claims/evidence';
import type { ScriptChoice } from '../core/script';
import { splitSentences } from '../text/sentences';
import type { ReaderEntity, SavedArticle } from './model';

export interface Library {
  articles: readonly SavedArticle[];
  entities: readonly ReaderEntity[];
}

/** A compiled claim seen by the grouping rules (which read only roles, figures, dates and sources). */
const asClaim = (c: CompiledClaim): Claim => ({ ...c, text: c.text.hans });

/**
 * The claims about one entity (any role, or as who says so: rankFor shows what an entity says on
 * its card, so the reader's card and the corpus's `entityCard` rank the same claims) from the corpus and every saved article, with a saved
 * article's claim joined to an earlier claim of another article stating the same fact. Corpus
 * groups stay as the compiler made them; merged claims get their article count and score again.
 */
export function claimsAbout(corpus: CompiledCorpus, library: Library, entityId: string): CompiledClaim[] {
  const about = (c: CompiledClaim) => c.entities.some((e) => e.id === entityId) || c.attribution.entityId === entityId;
  const groups: Array<{ claim: CompiledClaim; articles: Set<string> }> = corpus.claims
    .filter(about)
    .map((claim) => ({ claim, articles: new Set(claim.sources.map((s) => s.articleId)) }));
  for (const article of library.articles) {
    for (const claim of article.claims) {
      if (!about(claim)) continue;
      const match = groups.find((g) => !g.articles.has(article.id) && sameClaim(asClaim(g.claim), asClaim(claim)));
      if (!match) {
        groups.push({ claim, articles: new Set([article.id]) });
        continue;
      }
      const merged = { ...match.claim, sources: [...match.claim.sources, ...claim.sources] };
      for (const e of claim.entities)
        if (!merged.entities.some((x) => x.id === e.id)) merged.entities = [...merged.entities, e];
      if (!merged.dates.some((d) => d.iso)) merged.dates = claim.dates;
      match.claim = { ...merged, articleCount: articleCount(merged), score: baseScore(asClaim(merged)) };
      match.articles.add(article.id);
    }
  }
  return groups.map((g) => g.claim);
}

interface Lookup {
  nameOf: (id: string) => string;
  sourceOf: (articleId: string) => CardSource;
}

function lookups(corpus: CompiledCorpus, library: Library, script: ScriptChoice): Lookup {
  const corpusArticles = new Map(corpus.articles.map((a) => [a.id, a]));
  const saved = new Map(library.articles.map((a) => [a.id, a]));
  const corpusEntities = new Map(corpus.entities.map((e) => [e.id, e]));
  const readerEntities = new Map(library.entities.map((e) => [e.id, e]));
  return {
    nameOf: (id) => corpusEntities.get(id)?.name[script] ?? readerEntities.get(id)?.name[script] ?? id,
    sourceOf: (articleId) => {
      const mine = saved.get(articleId);
      if (mine)
        return {
          articleId,
          title: mine.title,
          titleDerived: mine.titleDerived,
          site: mine.site || null,
          date: mine.published,
          library: true,
        };
      return corpusSource(corpusArticles.get(articleId), articleId, script);
    },
  };
}

/** Saved articles that mention an entity, and how often. */
function libraryMentions(library: Library, entityId: string): { count: number; articles: SavedArticle[] } {
  let count = 0;
  const articles: SavedArticle[] = [];
  for (const article of library.articles) {
    const n = article.mentions.filter((m) => m[3] === entityId).length;
    if (n) articles.push(article);
    count += n;
  }
  return { count, articles };
}

/** Entities named in the most saved articles together with this one, most first. */
function libraryRelated(entityId: string, articles: readonly SavedArticle[]): string[] {
  const together = new Map<string, number>();
  for (const a of articles)
    for (const id of a.entityIds) if (id !== entityId) together.set(id, (together.get(id) ?? 0) + 1);
  return [...together].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}

/** The sentence of a saved article around its first mention of the entity. */
function firstSentence(article: SavedArticle, entityId: string): string | null {
  const mention = article.mentions.find((m) => m[3] === entityId);
  if (!mention) return null;
  const paragraph = article.paragraphs[mention[0]] ?? '';
  return splitSentences(paragraph).find((s) => s.start <= mention[1] && mention[2] <= s.end)?.text ?? null;
}

/**
 * The card for a bundled or reader entity over the corpus and the library. Throws for an id that
 * is neither. A reader entity's aliases and description are shown as the reader wrote them.
 */
export function libraryEntityCard(
  corpus: CompiledCorpus,
  library: Library,
  entityId: string,
  script: ScriptChoice,
  maxClaims = 5,
): EntityCard {
  const bundled = corpus.entities.find((e) => e.id === entityId);
  const reader = bundled ? undefined : library.entities.find((e) => e.id === entityId);
  if (!bundled && !reader) throw new Error(`no entity "${entityId}"`);
  const { nameOf, sourceOf } = lookups(corpus, library, script);
  const name = bundled ? bundled.name : reader!.name;
  const names = writtenForms(corpus, library, entityId);
  const ranked = rankFor(entityId, claimsAbout(corpus, library, entityId), (c) => c.text.hans, names).slice(
    0,
    maxClaims,
  );
  const shown = new Set(ranked.map((c) => c.id));
  const claims = ranked.map((c) => cardClaim(c, entityId, script, { nameOf, sourceOf, shown }));
  const mine = libraryMentions(library, entityId);
  const fromLibrary = libraryRelated(entityId, mine.articles);
  const relatedIds = [...new Set([...(bundled?.related.map(([id]) => id) ?? []), ...fromLibrary])].slice(0, 6);

  let bestMention: EntityCard['bestMention'] = null;
  if (!claims.length) {
    if (bundled?.bestSentence)
      bestMention = {
        text: displayText(bundled.bestSentence.text[script]),
        source: sourceOf(bundled.bestSentence.articleId),
      };
    for (const article of mine.articles) {
      if (bestMention) break;
      const text = firstSentence(article, entityId);
      if (text) bestMention = { text: displayText(text), source: sourceOf(article.id) };
    }
  }

  const parent = bundled ? bundled.parent : reader!.parent;
  const englishName = name.en && name.en !== name[script] ? name.en : null;
  return {
    id: entityId,
    type: bundled?.type ?? reader!.type,
    name: name[script],
    englishName,
    aliases: (bundled ? bundled.aliases[script] : reader!.aliases).filter(
      (a) => a !== name[script] && a !== englishName,
    ),
    description: bundled ? bundled.description[script] : reader!.description,
    parent: parent ? { id: parent, name: nameOf(parent) } : null,
    mentionCount: (bundled?.mentionCount ?? 0) + mine.count,
    articleCount: (bundled?.articleIds.length ?? 0) + mine.articles.length,
    claims,
    bestMention,
    related: relatedIds.map((id) => ({ id, name: nameOf(id) })),
  };
}

export interface TimelineEntry {
  /** The claim's first resolved date (ISO, as precise as the text: 2024, 2024-03, 2024-03-05). */
  date: string;
  claim: CardClaim;
}

/** The entity's written forms in the script of the ranked text (Simplified): name, aliases, English. */
function writtenForms(corpus: CompiledCorpus, library: Library, entityId: string): string[] {
  const bundled = corpus.entities.find((e) => e.id === entityId);
  const reader = bundled ? undefined : library.entities.find((e) => e.id === entityId);
  const name = bundled?.name ?? reader?.name;
  if (!name) return [];
  return [name.hans, ...(bundled ? bundled.aliases.hans : reader!.aliases), ...(name.en ? [name.en] : [])];
}

/**
 * An entity's timeline: its complete claims that read alone and are not the writer's own view, an
 * open question or a speaker's words without the speaker (as on its card), in which it plays a part
 * (not a passing mention), that carry a resolved date of their own, earliest first, from the corpus
 * and the library together.
 */
export function entityTimeline(
  corpus: CompiledCorpus,
  library: Library,
  entityId: string,
  script: ScriptChoice,
): TimelineEntry[] {
  const { nameOf, sourceOf } = lookups(corpus, library, script);
  const names = writtenForms(corpus, library, entityId);
  const dated = claimsAbout(corpus, library, entityId)
    .filter(
      (c) =>
        complete(c) &&
        !writersView(c) &&
        readableAlone(c.text.hans) &&
        !openQuestion(c.text.hans, names) &&
        !unattributedQuote(c, c.text.hans) &&
        (c.entities.find((e) => e.id === entityId)?.role ?? 'mentioned') !== 'mentioned',
    )
    .map((c) => ({
      c,
      // (Its own date, which extraction puts first: not the earliest, which may be a modifier's —
      // 于2015年成立的X昨日宣布… happened 昨日 — or a comparison's base.)
      date: c.dates.map((d) => d.iso).find((iso): iso is string => !!iso),
    }))
    .filter((x): x is { c: CompiledClaim; date: string } => x.date !== undefined)
    .sort((a, b) => a.date.localeCompare(b.date) || a.c.id.localeCompare(b.c.id));
  const shown = new Set(dated.map((x) => x.c.id));
  return dated.map(({ c, date }) => ({ date, claim: cardClaim(c, entityId, script, { nameOf, sourceOf, shown }) }));
}
