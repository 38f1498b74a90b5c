// Related articles rank corpus articles by rarity-weighted shared entities (TF-IDF cosine).
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledCorpus } from '../../lib/corpus/compile';
import type { Recognizer } from '../../lib/match/recognizer';
import { shippedCorpus, shippedRecognizer } from './shipped-corpus';
import { resolveMentions } from '../../lib/match/evidence';
import { buildRelatedIndex, relatedArticles, type RelatedIndex } from '../../lib/related/related';

let corpus: CompiledCorpus;
let recognizer: Recognizer;
let index: RelatedIndex;

beforeAll(() => {
  corpus = shippedCorpus().corpus;
  recognizer = shippedRecognizer();
  index = buildRelatedIndex(corpus);
});

/** Entity counts of a page's text, as the content script reports them. */
function pageEntities(text: string): Map<string, number> {
  const folded = recognizer.fold(text);
  const counts = new Map<string, number>();
  for (const m of resolveMentions(folded, recognizer.match(folded), recognizer.byId))
    counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return counts;
}

const fixtureText = () =>
  readFileSync(join(__dirname, '../fixtures/pages/bytedance-models.html'), 'utf8')
    .replace(/<(style|title)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '\n');

describe('related articles', () => {
  it('ranks the corpus articles about 豆包 and Sora first for a page about ByteDance models', () => {
    const counts = pageEntities(fixtureText());
    expect(counts.get('bytedance')).toBeGreaterThan(0);
    const ranked = relatedArticles(index, { entityCounts: counts }, 'hans', 5);
    // model-race-2024-12 is the corpus article that discusses 豆包; big-tech-sora-2024 and
    // sora-china-ai-2024 are the two about Sora (and ByteDance's answer to it).
    expect(
      ranked
        .slice(0, 3)
        .map((r) => r.articleId)
        .sort(),
    ).toEqual(['big-tech-sora-2024', 'model-race-2024-12', 'sora-china-ai-2024']);
    expect(ranked.find((r) => r.articleId === 'model-race-2024-12')!.shared.map((s) => s.id)).toContain('doubao');
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
  });

  it('weighs a rare shared entity above one every article names', () => {
    const everywhere =
      corpus.entities.filter((e) => e.articleIds.length === corpus.articles.length).map((e) => e.id)[0] ?? 'openai';
    const rare = corpus.entities.find((e) => e.articleIds.length === 1)!;
    const ranked = relatedArticles(
      index,
      {
        entityCounts: new Map([
          [everywhere, 1],
          [rare.id, 1],
        ]),
      },
      'hans',
      5,
    );
    expect(ranked[0]!.articleId).toBe(rare.articleIds[0]);
    expect(ranked[0]!.shared[0]!.id).toBe(rare.id);
  });

  it('gives a snippet whose highlight is the strongest shared mention', () => {
    const ranked = relatedArticles(index, { entityCounts: new Map([['sora', 3]]) }, 'hans', 5);
    for (const r of ranked) {
      const s = r.snippet!;
      expect(s.text.slice(s.highlightStart, s.highlightEnd)).toMatch(/sora/i);
      expect(s.text.length).toBeLessThan(120);
    }
  });

  it('returns nothing for a page without corpus entities, excludes an article, and uses the script', () => {
    expect(relatedArticles(index, { entityCounts: new Map() }, 'hans')).toEqual([]);
    expect(relatedArticles(index, { entityCounts: [{ id: 'not-an-entity', count: 5 }] }, 'hans')).toEqual([]);
    const all = relatedArticles(index, { entityCounts: new Map([['sora', 1]]) }, 'hant', 5);
    const without = relatedArticles(
      index,
      { entityCounts: new Map([['sora', 1]]), excludeArticleId: all[0]!.articleId },
      'hant',
      5,
    );
    expect(without.map((r) => r.articleId)).not.toContain(all[0]!.articleId);
    const article = corpus.articles.find((a) => a.id === all[0]!.articleId)!;
    expect(all[0]!.title).toBe(article.title.hant);
  });
});
