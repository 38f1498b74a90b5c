/**
 * Corpus articles related to a page: cosine similarity of TF-IDF vectors over entity mentions, so
 * sharing a rare entity (豆包, Sora) counts for more than sharing one every article names (OpenAI).
 * Pure data; the index is built once per corpus.
 */
import type { ScriptChoice } from '../core/script';
import type { CompiledCorpus } from '../corpus/compile';

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
}

interface IndexedArticle {
  id: string;
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

export function buildRelatedIndex(corpus: CompiledCorpus): RelatedIndex {
  const n = corpus.articles.length;
  const counts = corpus.articles.map((article) => {
    const perEntity = new Map<string, number>();
    const firstMention = new Map<string, [number, number, number]>();
    for (const [paragraph, start, end, entityIndex] of article.mentions) {
      const id = corpus.entities[entityIndex]?.id;
      if (!id) continue;
      perEntity.set(id, (perEntity.get(id) ?? 0) + 1);
      if (!firstMention.has(id)) firstMention.set(id, [paragraph, start, end]);
    }
    return { id: article.id, perEntity, firstMention };
  });
  const df = new Map<string, number>();
  for (const { perEntity } of counts) for (const id of perEntity.keys()) df.set(id, (df.get(id) ?? 0) + 1);
  const idf = new Map([...df].map(([id, d]) => [id, Math.log((1 + n) / (1 + d)) + 1]));
  const articles = counts.map(({ id, perEntity, firstMention }) => {
    const vector = new Map([...perEntity].map(([entity, count]) => [entity, tf(count) * idf.get(entity)!]));
    const norm = Math.hypot(...vector.values());
    return { id, vector, norm, firstMention };
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
  const out: RelatedArticle[] = [];
  for (const article of index.articles) {
    if (article.id === page.excludeArticleId || !article.norm) continue;
    const shared: RelatedArticle['shared'] = [];
    let dot = 0;
    for (const [id, weight] of pageVector) {
      const theirs = article.vector.get(id);
      if (!theirs) continue;
      dot += weight * theirs;
      shared.push({ id, name: byId.get(id)?.name[script] ?? id, weight: weight * theirs });
    }
    if (!dot) continue;
    shared.sort((a, b) => b.weight - a.weight);
    const source = corpus.articles.find((a) => a.id === article.id)!;
    const mention = article.firstMention.get(shared[0]!.id);
    const paragraph = mention ? source.paragraphs[mention[0]] : undefined;
    out.push({
      articleId: article.id,
      title: source.title[script],
      site: source.site,
      date: source.date,
      score: dot / (pageNorm * article.norm),
      shared,
      snippet: mention && paragraph ? snippetAround(paragraph, mention[1], mention[2]) : null,
    });
  }
  return out.sort((a, b) => b.score - a.score).slice(0, limit);
}
