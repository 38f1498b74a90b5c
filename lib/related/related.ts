/**
 * Articles related to a page, bundled and saved by the reader alike: cosine similarity of TF-IDF
 * vectors over entity mentions, so sharing a rare entity (豆包, Sora) counts for more than sharing
 * one every article names (OpenAI). Pure data; the index is built once per corpus and library.
 */
import type { ScriptChoice } from '../core/script';
import type { CompiledCorpus } from '../corpus/compile';
import type { SavedArticle } from '../library/model';

export interface RelatedArticle {
  articleId: string;
  title: string;
  site: string | null;
  date: string | null;
  score: number;
  /** Entities the page and the article share, strongest contribution first. */
  shared: Array<{ id: string; name: string; weight: number }>;
  /** Text around the article's mention of the strongest shared entity (in the article's script). */
  snippet: { text: string; highlightStart: number; highlightEnd: number } | null;
  /** True for an article the reader saved ("我的资料库"). */
  library: boolean;
}

interface IndexedArticle {
  id: string;
  title: { hans: string; hant: string };
  site: string | null;
  date: string | null;
  paragraphs: readonly string[];
  library: boolean;
  /** Entity id → tf-idf weight. */
  vector: Map<string, number>;
  norm: number;
  /** First mention of each entity: [paragraph, start, end]. */
  firstMention: Map<string, [number, number, number]>;
}

export interface RelatedIndex {
  corpus: CompiledCorpus;
  idf: Map<string, number>;
  articles: IndexedArticle[];
}

const tf = (count: number) => Math.log(1 + count);
const SNIPPET_SIDE = 40;
const SENTENCE_END = /[。！？!?；;\n]/;

type Described = Omit<IndexedArticle, 'vector' | 'norm' | 'firstMention'>;

function countMentions(mentions: ReadonlyArray<readonly [number, number, number, string | undefined]>) {
  const perEntity = new Map<string, number>();
  const firstMention = new Map<string, [number, number, number]>();
  for (const [paragraph, start, end, id] of mentions) {
    if (!id) continue;
    perEntity.set(id, (perEntity.get(id) ?? 0) + 1);
    if (!firstMention.has(id)) firstMention.set(id, [paragraph, start, end]);
  }
  return { perEntity, firstMention };
}

/** The index over the corpus's articles and the reader's saved ones (their mentions name bundled and reader entities). */
export function buildRelatedIndex(corpus: CompiledCorpus, library: readonly SavedArticle[] = []): RelatedIndex {
  const n = corpus.articles.length + library.length;
  const counts: Array<Described & ReturnType<typeof countMentions>> = [
    ...corpus.articles.map((article) => ({
      id: article.id,
      title: article.title,
      site: article.site,
      date: article.date,
      paragraphs: article.paragraphs,
      library: false,
      ...countMentions(article.mentions.map(([p, s, e, index]) => [p, s, e, corpus.entities[index]?.id] as const)),
    })),
    ...library.map((article) => ({
      id: article.id,
      title: { hans: article.title, hant: article.title },
      site: article.site || null,
      date: article.published,
      paragraphs: article.paragraphs,
      library: true,
      ...countMentions(article.mentions),
    })),
  ];
  const df = new Map<string, number>();
  for (const { perEntity } of counts) for (const id of perEntity.keys()) df.set(id, (df.get(id) ?? 0) + 1);
  const idf = new Map([...df].map(([id, d]) => [id, Math.log((1 + n) / (1 + d)) + 1]));
  const articles = counts.map(({ perEntity, ...article }) => {
    const vector = new Map([...perEntity].map(([entity, count]) => [entity, tf(count) * idf.get(entity)!]));
    const norm = Math.hypot(...vector.values());
    return { ...article, vector, norm };
  });
  return { corpus, idf, articles };
}

function snippetAround(paragraph: string, start: number, end: number): RelatedArticle['snippet'] {
  let from = Math.max(0, start - SNIPPET_SIDE);
  let to = Math.min(paragraph.length, end + SNIPPET_SIDE);
  // Start at a sentence boundary when one is near.
  for (let i = start - 1; i >= from; i--) {
    if (SENTENCE_END.test(paragraph[i]!)) {
      from = i + 1;
      break;
    }
  }
  for (let i = end; i < to; i++) {
    if (SENTENCE_END.test(paragraph[i]!)) {
      to = i + 1;
      break;
    }
  }
  return { text: paragraph.slice(from, to), highlightStart: start - from, highlightEnd: end - from };
}

export interface PageEntities {
  entityCounts: ReadonlyMap<string, number> | ReadonlyArray<{ id: string; count: number }>;
  excludeArticleId?: string;
  /** Names of entities the corpus lacks (the reader's), in the reader's script. */
  entityNames?: ReadonlyMap<string, string>;
}

function isCountMap(counts: PageEntities['entityCounts']): counts is ReadonlyMap<string, number> {
  return counts instanceof Map;
}

export function relatedArticles(
  source: RelatedIndex | CompiledCorpus,
  page: PageEntities,
  script: ScriptChoice,
  limit = 5,
): RelatedArticle[] {
  const index = 'idf' in source ? source : buildRelatedIndex(source);
  const { corpus } = index;
  const entityCounts = page.entityCounts;
  const counts: Array<readonly [string, number]> = isCountMap(entityCounts)
    ? [...entityCounts]
    : entityCounts.map((e) => [e.id, e.count] as const);
  // Entities the corpus never mentions carry no weight (no article can share them).
  const pageVector = new Map<string, number>();
  for (const [id, count] of counts) {
    const idf = index.idf.get(id);
    if (idf && count > 0) pageVector.set(id, tf(count) * idf);
  }
  const pageNorm = Math.hypot(...pageVector.values());
  if (!pageNorm) return [];
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  const names = page.entityNames;
  const out: RelatedArticle[] = [];
  for (const article of index.articles) {
    if (article.id === page.excludeArticleId || !article.norm) continue;
    const shared: RelatedArticle['shared'] = [];
    let dot = 0;
    for (const [id, weight] of pageVector) {
      const theirs = article.vector.get(id);
      if (!theirs) continue;
      dot += weight * theirs;
      shared.push({ id, name: byId.get(id)?.name[script] ?? names?.get(id) ?? id, weight: weight * theirs });
    }
    if (!dot) continue;
    shared.sort((a, b) => b.weight - a.weight);
    const mention = article.firstMention.get(shared[0]!.id);
    const paragraph = mention ? article.paragraphs[mention[0]] : undefined;
    out.push({
      articleId: article.id,
      title: article.title[script],
      site: article.site,
      date: article.date,
      score: dot / (pageNorm * article.norm),
      shared,
      snippet: mention && paragraph ? snippetAround(paragraph, mention[1], mention[2]) : null,
      library: article.library,
    });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}
