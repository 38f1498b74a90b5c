/**
 * Cards, timelines and related articles over the bundled corpus plus the reader's library
 * (lib/library/card.ts, lib/related/related.ts), on the fictional world of library-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { claimsAbout, entityTimeline, libraryEntityCard, type Library } from '../../lib/library/card';
import { entityCard } from '../../lib/corpus/card';
import { buildRelatedIndex, relatedArticles } from '../../lib/related/related';
import { fixtureCorpus, READER_ENTITY, saved } from './library-fixture';

const corpus = () => fixtureCorpus().corpus;

/** A saved article that states the corpus's launch again, in other words, plus facts about the reader's company. */
const restated = () =>
  saved([
    '2024年3月5日，星辰科技正式对外发布了Nova大模型。',
    '极光数据周二宣布完成3亿元B轮融资，由远山资本领投。',
    '极光数据去年8月推出了首款产品。',
  ]);

describe('cards over the corpus and the library', () => {
  it('counts a fact stated by a bundled and a saved article once, with both sources marked', () => {
    const article = restated();
    const card = libraryEntityCard(corpus(), { articles: [article], entities: [READER_ENTITY] }, 'acme', 'hans');
    const launch = card.claims.find((c) => c.kind === 'launch')!;
    expect(launch.articleCount).toBe(2);
    expect(launch.sources.map((s) => [s.articleId, s.library])).toEqual([
      ['bundled-one', false],
      [article.id, true],
    ]);
    expect(launch.sources[1]!.title).toBe('极光数据获得新融资');
    // The corpus alone counts one article.
    expect(entityCard(corpus(), 'acme', 'hans').claims.find((c) => c.kind === 'launch')!.articleCount).toBe(1);
  });

  it('never merges two facts that differ in date or figure, however alike their words', () => {
    const other = saved(['星辰科技于2024年9月1日发布了Nova大模型。'], { url: 'https://other.example.com/1' });
    const launches = claimsAbout(corpus(), { articles: [other], entities: [] }, 'acme').filter(
      (c) => c.kind === 'launch',
    );
    expect(launches).toHaveLength(2);
    expect(launches.every((c) => c.articleCount === 1)).toBe(true);
  });

  it('merges the same fact from two saved articles, but not twice from one', () => {
    const a = saved(['极光数据周二宣布完成3亿元B轮融资，由远山资本领投。'], {
      url: 'https://a.example.com/1',
      published: '2025-06-02',
    });
    const b = saved(['远山资本领投极光数据3亿元B轮融资。'], {
      url: 'https://b.example.com/2',
      published: '2025-06-03',
    });
    const library: Library = { articles: [a, b], entities: [READER_ENTITY] };
    const funding = claimsAbout(corpus(), library, 'user:aurora').filter((c) => c.kind === 'funding');
    expect(funding.map((c) => c.articleCount)).toEqual([2]);
    const twice = claimsAbout(corpus(), { articles: [a, a], entities: [READER_ENTITY] }, 'user:aurora').filter(
      (c) => c.kind === 'funding',
    );
    expect(twice.map((c) => c.articleCount)).toEqual([1, 1]);
  });

  it('gives a reader entity a card: its names, type, description, parent and claims from saved articles', () => {
    const article = restated();
    const card = libraryEntityCard(corpus(), { articles: [article], entities: [READER_ENTITY] }, 'user:aurora', 'hant');
    expect(card).toMatchObject({
      id: 'user:aurora',
      type: 'company',
      name: '極光數據',
      englishName: 'Aurora Data',
      aliases: ['极光'],
      description: '读者添加的数据公司。',
      parent: { id: 'acme', name: '星辰科技' },
      mentionCount: 2,
      articleCount: 1,
    });
    expect(card.claims.map((c) => c.kind).sort()).toEqual(['funding', 'launch']);
    expect(card.claims.every((c) => c.sources.every((s) => s.library === true))).toBe(true);
    expect(card.claims.find((c) => c.kind === 'funding')!.text).toContain('遠山資本');
    expect(card.related.map((r) => r.id)).toContain('umbrella');
  });

  it('shows a reader entity with no claim through its first sentence', () => {
    const article = saved(['据说极光数据的办公室在一条安静的街上。'], { url: 'https://c.example.com/3' });
    const card = libraryEntityCard(corpus(), { articles: [article], entities: [READER_ENTITY] }, 'user:aurora', 'hans');
    expect(card.claims).toEqual([]);
    expect(card.bestMention).toMatchObject({
      text: '据说极光数据的办公室在一条安静的街上。',
      source: { articleId: article.id, library: true },
    });
  });

  it('shows a saved claim without the connective that tied it to the sentence before', () => {
    const article = saved(
      ['市场一片沉寂。而极光数据于2025年5月推出了第二款产品。', '此外，极光数据还与远山资本签署了合作协议。'],
      {
        url: 'https://c.example.com/4',
      },
    );
    const card = libraryEntityCard(corpus(), { articles: [article], entities: [READER_ENTITY] }, 'user:aurora', 'hans');
    const texts = card.claims.map((c) => c.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.every((t) => !/^(而|此外)/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('极光数据于2025年5月推出了第二款产品'))).toBe(true);
  });

  it('ranks the same claims as the corpus card with no saved article, a claim the entity only says included', () => {
    const base = corpus();
    const said = base.claims.find((c) => c.entities.some((e) => e.id === 'acme' && e.role === 'agent'))!;
    // What umbrella says about acme, with umbrella named only as the source (it is not among the entities).
    const quoted = {
      ...said,
      id: 'said-by-umbrella',
      attribution: { kind: 'organization' as const, entityId: 'umbrella', text: '远山资本' },
    };
    const withQuote = { ...base, claims: [...base.claims, quoted] };
    const ids = (card: { claims: Array<{ id: string }> }) => card.claims.map((c) => c.id);
    for (const entity of withQuote.entities)
      expect(ids(libraryEntityCard(withQuote, { articles: [], entities: [] }, entity.id, 'hans'))).toEqual(
        ids(entityCard(withQuote, entity.id, 'hans')),
      );
    expect(ids(entityCard(withQuote, 'umbrella', 'hans'))).toContain('said-by-umbrella');
  });

  it('shows no source for a claim whose source is only a pronoun, and a named one as it is', () => {
    const base = corpus();
    const said = base.claims.find((c) => c.entities.some((e) => e.id === 'acme' && e.role === 'agent'))!;
    const by = (text: string) => ({
      ...said,
      id: `said-${text}`,
      attribution: { kind: 'person' as const, text },
      attributionText: { hans: text, hant: text },
    });
    const withSources = { ...base, claims: [...base.claims, by('他'), by('王明')] };
    const shown = entityCard(withSources, 'acme', 'hans').claims;
    expect(shown.find((c) => c.id === 'said-他')?.attribution).toBe('');
    expect(shown.find((c) => c.id === 'said-王明')?.attribution).toBe('王明');
  });

  it('refuses an id that is neither bundled nor the reader’s', () => {
    expect(() => libraryEntityCard(corpus(), { articles: [], entities: [] }, 'user:none', 'hans')).toThrow(/no entity/);
  });
});

describe('timeline', () => {
  it('lists the dated claims in which the entity acts, earliest first, from both sources', () => {
    const article = saved(['星辰科技于2025年1月8日推出了Nova企业版。', '星辰科技的员工都很年轻。'], {
      url: 'https://d.example.com/4',
    });
    const timeline = entityTimeline(corpus(), { articles: [article], entities: [] }, 'acme', 'hans');
    // Its own funding (2023, from 去年 in a 2024 article), its launch, and the saved article's launch;
    // the sentence about its staff has no date.
    expect(timeline.map((t) => t.date)).toEqual(['2023', '2024-03-05', '2025-01-08']);
    expect(timeline.map((t) => t.claim.sources[0]!.library)).toEqual([false, false, true]);
    // The funding is on the timeline of the investor that led it too.
    expect(entityTimeline(corpus(), { articles: [], entities: [] }, 'umbrella', 'hans').map((t) => t.date)).toEqual([
      '2023',
    ]);
  });

  it('dates a claim by its own date, not a modifier’s, and leaves out an open question', () => {
    const article = saved(
      ['于2015年成立的星辰科技于2025年1月8日推出了Nova企业版。', '星辰科技何时推出下一代模型，仍是未知数。'],
      { url: 'https://d.example.com/5' },
    );
    const library = { articles: [article], entities: [] };
    const own = entityTimeline(corpus(), library, 'acme', 'hans').filter((t) => t.claim.sources[0]!.library);
    expect(own.map((t) => [t.date, t.claim.text])).toEqual([
      ['2025-01-08', expect.stringContaining('推出了Nova企业版')],
    ]);
  });
});

describe('related articles with the library', () => {
  it('ranks saved articles with bundled ones and marks them', () => {
    const article = restated();
    const index = buildRelatedIndex(corpus(), [article]);
    const related = relatedArticles(
      index,
      {
        entityCounts: new Map([
          ['acme', 2],
          ['user:aurora', 3],
        ]),
        entityNames: new Map([['user:aurora', '极光数据']]),
      },
      'hans',
    );
    expect(related.map((r) => [r.articleId, r.library])).toEqual([
      [article.id, true],
      ['bundled-one', false],
    ]);
    expect(related[0]!.shared.map((s) => s.name)).toContain('极光数据');
    expect(related[0]!.snippet?.text).toContain('极光数据');
  });

  it('leaves the article being read out', () => {
    const article = restated();
    const related = relatedArticles(
      buildRelatedIndex(corpus(), [article]),
      { entityCounts: new Map([['acme', 1]]), excludeArticleId: article.id },
      'hans',
    );
    expect(related.map((r) => r.articleId)).toEqual(['bundled-one']);
  });
});
