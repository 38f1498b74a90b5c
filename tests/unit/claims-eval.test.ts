import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GoldFormatError, locateSpan, parseGoldFile, type GoldClaim } from '../../lib/evaluation/gold';
import {
  evaluate,
  formatDetails,
  formatDiagnosis,
  groupIsRight,
  matches,
  normalizeClaim,
  pair,
  readerRight,
  sameFigure,
  shownFailure,
  sameSpan,
  type ExtractedClaim,
} from '../../lib/evaluation/eval';
import { loadGold } from '../../lib/evaluation/eval-set';
import { agreement } from '../../lib/evaluation/agreement';
import { compileCorpus, type CompiledCorpus } from '../../lib/corpus/compile';
import { readCorpusSources } from '../../lib/corpus/load';
import { parseArticle } from '../../lib/corpus/article';
import { foldText, scriptVariants, toSimplified, toTraditional } from '../../lib/text/convert';
import { foldPairs } from '../../lib/text/fold-table';
import { CORPUS_DIR, shippedCorpus } from './shipped-corpus';

const PARAGRAPHS = [
  '微软向OpenAI注资10亿美元。据报道，谷歌也将投资Anthropic。',
  '百度发布文心一言，阿里上线通义千问。',
];
const IDS = new Set(['microsoft', 'openai', 'google', 'anthropic', 'baidu', 'ernie-bot', 'alibaba', 'tongyi-qianwen']);

function gold(yamlClaims: string): GoldClaim[] {
  return parseGoldFile(
    `article: a1\nclaims:\n${yamlClaims}`,
    'gold/a1.yaml',
    (id) => (id === 'a1' ? PARAGRAPHS : undefined),
    IDS,
  );
}

const MSFT = `  - paragraph: 0
    text: 微软向OpenAI注资10亿美元
    entities: { microsoft: agent, openai: object }
    kind: funding
    modality: fact
    attribution: { kind: article }
    figures: [{ text: 10亿美元, min: 1.0e9, max: 1.0e9, unit: USD }]
    fact: msft-openai
`;
const GOOGLE = `  - paragraph: 0
    text: 据报道，谷歌也将投资Anthropic
    entities: { google: agent, anthropic: object }
    kind: funding
    modality: reported
    attribution: { kind: unnamed }
`;

function extracted(partial: Partial<ExtractedClaim> & Pick<ExtractedClaim, 'sources'>): ExtractedClaim {
  return {
    id: 'x',
    text: '',
    kind: null,
    modality: null,
    attribution: null,
    entities: new Map(),
    figures: [],
    dates: [],
    ...partial,
  };
}
const at = (paragraph: number, start: number, end: number, articleId = 'a1') => ({ articleId, paragraph, start, end });

describe('gold files', () => {
  it('finds a span written in pieces joined by … in order, and nothing when a piece is missing or out of order', () => {
    expect(locateSpan('甲乙丙丁戊', '乙…丁')).toEqual({ start: 1, end: 4 });
    expect(locateSpan('甲乙丙丁戊', '丁…乙')).toBeNull();
    expect(locateSpan('甲乙丙丁戊', '己')).toBeNull();
  });

  it('parses a claim with its span offsets and checks it against the paragraph', () => {
    const [claim] = gold(MSFT);
    expect(claim).toMatchObject({ articleId: 'a1', paragraph: 0, start: 0, end: 16, kind: 'funding', dates: [] });
  });

  it.each([
    [
      'a kind outside the contract',
      MSFT.replace('kind: funding', 'kind: rumour'),
      /claim 1 \("微软向OpenAI注资10亿美元"\): kind/,
    ],
    [
      'text not in the paragraph',
      MSFT.replace('text: 微软向OpenAI注资10亿美元', 'text: 微软向OpenAI注资100亿美元'),
      /claim 1 .*not in paragraph 0 verbatim/,
    ],
    ['an entity not in the gazetteer', MSFT.replace('openai: object', 'open-ai: object'), /unknown entity id open-ai/],
    ['a paragraph the article lacks', MSFT.replace('paragraph: 0', 'paragraph: 5'), /has no paragraph 5/],
    ['a figure with max below min', MSFT.replace('max: 1.0e9', 'max: 1.0e8'), /max < min/],
    ['a misspelt field', MSFT.replace('modality: fact', 'modalty: fact'), /claim 1/],
  ])('rejects %s, naming the file and the claim', (_why, yaml, message) => {
    expect(() => gold(yaml)).toThrow(GoldFormatError);
    expect(() => gold(yaml)).toThrow(/gold\/a1\.yaml/);
    expect(() => gold(yaml)).toThrow(message);
  });

  it('rejects a file for an article that does not exist', () => {
    expect(() => parseGoldFile('article: nope\nclaims: []', 'gold/nope.yaml', () => undefined, IDS)).toThrow(
      /gold\/nope\.yaml: no article has the id "nope"/,
    );
  });
});

describe('reading extracted claims of any shape', () => {
  it('maps the old role subject to agent and leaves fields the extractor lacks empty', () => {
    const old = normalizeClaim(
      {
        id: 'c1',
        kind: 'funding',
        entities: [{ id: 'microsoft', role: 'subject' }],
        figures: [{ text: '10亿美元', value: 1e9, unit: 'USD' }],
        sources: [at(0, 0, 16)],
      },
      0,
    );
    expect(old.entities.get('microsoft')).toBe('agent');
    expect(old.modality).toBeNull();
    expect(old.attribution).toBeNull();
    expect(old.figures[0]!.min).toBeNull();
    expect(old.figures[0]!.max).toBeUndefined();
  });

  it('never throws on garbage', () => {
    expect(normalizeClaim(null, 3)).toMatchObject({ id: '#3', sources: [], figures: [] });
    expect(normalizeClaim({ entities: 'x', sources: [{ articleId: 'a' }] }, 0).sources).toEqual([]);
  });
});

describe('matching', () => {
  const [msft, google] = gold(MSFT + GOOGLE) as [GoldClaim, GoldClaim];

  it('matches an overlapping span with the same agent and object, ignoring mentioned entities', () => {
    const claim = extracted({
      sources: [at(0, 0, 8)],
      entities: new Map([
        ['microsoft', 'agent'],
        ['openai', 'object'],
        ['google', 'mentioned'],
      ]),
    });
    expect(matches(msft, { claim, source: claim.sources[0]! })).toBe(true);
  });

  it('does not match when the roles differ, the span is elsewhere or the paragraph differs', () => {
    const swapped = extracted({
      sources: [at(0, 0, 8)],
      entities: new Map([
        ['openai', 'agent'],
        ['microsoft', 'object'],
      ]),
    });
    const agentOnly = extracted({ sources: [at(0, 0, 8)], entities: new Map([['microsoft', 'agent']]) });
    const elsewhere = extracted({
      sources: [at(0, 20, 30)],
      entities: new Map([
        ['microsoft', 'agent'],
        ['openai', 'object'],
      ]),
    });
    const otherParagraph = extracted({
      sources: [at(1, 0, 8)],
      entities: new Map([
        ['microsoft', 'agent'],
        ['openai', 'object'],
      ]),
    });
    for (const claim of [swapped, agentOnly, elsewhere, otherParagraph])
      expect(matches(msft, { claim, source: claim.sources[0]! })).toBe(false);
    expect(sameSpan(msft, { claim: swapped, source: swapped.sources[0]! })).toBe(true);
  });

  it("leaves the speaker's role out: editors differ on whether X in X表示 is the agent", () => {
    const [quoted] = gold(`  - paragraph: 1
    text: 百度发布文心一言
    entities: { baidu: agent, ernie-bot: object, alibaba: agent }
    kind: launch
    modality: fact
    attribution: { kind: organization, entityId: alibaba }
`) as [GoldClaim];
    const speakerMentioned = extracted({
      sources: [at(1, 0, 8)],
      entities: new Map([
        ['baidu', 'agent'],
        ['ernie-bot', 'object'],
        ['alibaba', 'mentioned'],
      ]),
    });
    const contentWrong = extracted({
      sources: [at(1, 0, 8)],
      entities: new Map([
        ['alibaba', 'agent'],
        ['ernie-bot', 'object'],
      ]),
    });
    expect(matches(quoted, { claim: speakerMentioned, source: speakerMentioned.sources[0]! })).toBe(true);
    expect(matches(quoted, { claim: contentWrong, source: contentWrong.sources[0]! })).toBe(false);
  });

  it('pairs one extracted span with one gold claim only', () => {
    const whole = extracted({ sources: [at(0, 0, 40)] });
    expect(pair([msft, google], [{ claim: whole, source: whole.sources[0]! }], sameSpan)).toHaveLength(1);
  });
});

describe('figures as a reader reads them', () => {
  const figure = (text: string, min: number | null, max: number | null, unit: string) => ({ text, min, max, unit });

  it('takes any two labels of counted things as one unit, the words and value still compared', () => {
    expect(sameFigure(figure('逾800人', 800, null, 'count'), figure('逾800人', 800, null, 'people'))).toBe(true);
    expect(sameFigure(figure('9家', 9, 9, 'models'), figure('9家', 9, 9, 'products'))).toBe(true);
    expect(sameFigure(figure('逾800人', 800, null, 'count'), figure('逾800人', 800, 800, 'people'))).toBe(false);
    expect(sameFigure(figure('800人', 800, 800, 'count'), figure('900人', 900, 900, 'people'))).toBe(false);
  });

  it('keeps currencies, scores, lengths of time and measures apart from counts and each other', () => {
    expect(sameFigure(figure('30亿', 3e9, 3e9, 'CNY'), figure('30亿', 3e9, 3e9, 'USD'))).toBe(false);
    expect(sameFigure(figure('30亿', 3e9, 3e9, 'count'), figure('30亿', 3e9, 3e9, 'USD'))).toBe(false);
    expect(sameFigure(figure('85分', 85, 85, 'count'), figure('85分', 85, 85, 'points'))).toBe(false);
    expect(sameFigure(figure('三年', 3, 3, 'count'), figure('三年', 3, 3, 'years'))).toBe(false);
    expect(sameFigure(figure('64GB', 64, 64, 'count'), figure('64GB', 64, 64, 'GB'))).toBe(false);
    expect(sameFigure(figure('5奈米', 5, 5, 'nanometers'), figure('5奈米', 5, 5, 'nm'))).toBe(true);
  });

  it('reads percent and times on one scale', () => {
    expect(sameFigure(figure('一半', 0.5, 0.5, 'times'), figure('一半', 50, 50, 'percent'))).toBe(true);
    expect(sameFigure(figure('两倍以上', 2, null, 'times'), figure('两倍以上', 200, null, 'percent'))).toBe(true);
    expect(sameFigure(figure('一半', 0.5, 0.5, 'times'), figure('一半', 0.5, 0.5, 'percent'))).toBe(false);
    expect(sameFigure(figure('3个百分点', 3, 3, 'percentage-points'), figure('3个百分点', 3, 3, 'percent'))).toBe(
      false,
    );
  });
});

describe('scoring', () => {
  const [msft, google] = gold(MSFT + GOOGLE) as [GoldClaim, GoldClaim];
  const good = extracted({
    id: 'c1',
    kind: 'funding',
    modality: 'fact',
    attribution: { kind: 'article', entityId: null },
    entities: new Map([
      ['microsoft', 'agent'],
      ['openai', 'object'],
    ]),
    figures: [{ text: '10亿美元', min: 1e9, max: 1e9, unit: 'USD' }],
    sources: [at(0, 0, 15)],
  });
  // The old extractor's shape: the rumour read as a fact, no max on its figure.
  const old = normalizeClaim(
    {
      id: 'c2',
      kind: 'funding',
      entities: [
        { id: 'google', role: 'subject' },
        { id: 'anthropic', role: 'mentioned' },
      ],
      sources: [at(0, 16, 31)],
    },
    1,
  );
  const fragment = extracted({
    id: 'c3',
    kind: 'launch',
    entities: new Map([['baidu', 'agent']]),
    sources: [at(1, 0, 4)],
  });

  it('counts precision over extracted claims and recall over gold claims', () => {
    const report = evaluate([msft, google], [good, old, fragment], new Map());
    expect(report.precision).toEqual({ hit: 1, total: 3 });
    expect(report.recall).toEqual({ hit: 1, total: 2 });
    expect(report.modality).toEqual({ hit: 1, total: 1 });
    expect(report.figures).toEqual({ hit: 1, total: 1 });
    // Roles over span-overlapping pairs: microsoft, openai right; google right, anthropic wrong.
    expect(report.roles).toEqual({ hit: 3, total: 4 });
  });

  it('judges a shown claim as a reader sees it: about the entity, with its tag, figures and dates right', () => {
    const inst = (claim: ExtractedClaim) => ({ claim, source: claim.sources[0]! });
    expect(readerRight('openai', msft, inst(good))).toBe(true);
    // The other name's role is not on the card: microsoft mentioned instead of agent still reads right.
    const otherRole = {
      ...good,
      entities: new Map([
        ['microsoft', 'mentioned'],
        ['openai', 'object'],
      ]),
    };
    expect(readerRight('openai', msft, inst(otherRole))).toBe(true);
    expect(readerRight('openai', msft, inst({ ...good, modality: 'reported' }))).toBe(false);
    expect(readerRight('openai', msft, inst({ ...good, figures: [] }))).toBe(false);
    // Not a claim about an entity the gold does not give a role to…
    expect(readerRight('google', msft, inst(good))).toBe(false);
    // …unless it is who says so: a source's card shows what it says.
    const said = { ...msft, attribution: { kind: 'organization' as const, entityId: 'google' } };
    expect(readerRight('google', said, inst(good))).toBe(true);
  });

  it('names the first reader check a shown claim fails: span, about the entity, tag, figures, dates', () => {
    const local = (claim: ExtractedClaim) => [{ claim, source: claim.sources[0]! }];
    expect(shownFailure('openai', local(fragment), [msft, google])).toBe('no gold claim at this span');
    expect(shownFailure('baidu', local(good), [msft])).toBe('gold here is not about the entity');
    expect(shownFailure('openai', local({ ...good, modality: 'reported' }), [msft])).toBe('tag fact shown as reported');
    expect(shownFailure('openai', local({ ...good, figures: [] }), [msft])).toBe('figures wrong');
  });

  it('diagnoses lost recall with counts only: no span vs other roles, role confusion, recall by script', () => {
    const scripts: Record<string, string> = { a1: 'zh-Hans' };
    const report = evaluate([msft, google], [good, old, fragment], new Map(), (id) => scripts[id] ?? '?');
    // google's gold claim has the old claim over its span, with anthropic mentioned instead of object.
    expect(report.diagnosis).toEqual({
      missedNoSpan: 0,
      missedSplit: 0,
      missedRoles: 1,
      roleConfusion: [['object → mentioned', 1]],
      recallByScript: [['zh-Hans', { hit: 1, total: 2 }]],
      topFiveFailures: [],
      asShownFailures: [],
    });
    expect(formatDiagnosis(report.diagnosis)).toContain(
      '0 with no extracted claim over the span, 0 cut finer by the editor (the claim over it matched another), 1 with other roles',
    );
  });

  it('counts a gold claim missed because the editor cut the sentence finer than the extractor', () => {
    // One extracted claim over both gold claims, with the roles of both: it pairs with one only.
    const [first, second] = gold(MSFT + MSFT.replace('微软向OpenAI注资10亿美元', '注资10亿美元')) as [
      GoldClaim,
      GoldClaim,
    ];
    const whole = extracted({ ...good, sources: [at(0, 0, 15)] });
    const report = evaluate([first, second], [whole], new Map());
    expect(report.recall).toEqual({ hit: 1, total: 2 });
    expect(report.diagnosis.missedSplit).toBe(1);
    expect(report.diagnosis.missedRoles).toBe(0);
  });

  it('gives full marks to a claim in the contract shape that agrees with gold', () => {
    const contract = normalizeClaim(
      {
        id: 'c9',
        kind: 'funding',
        modality: 'fact',
        attribution: { kind: 'article', text: '' },
        text: { hans: '微软向OpenAI注资10亿美元', hant: '微軟向OpenAI注資10億美元' },
        sources: [{ articleId: 'a1', paragraph: 0, start: 0, end: 16, text: '微软向OpenAI注资10亿美元' }],
        entities: [
          { id: 'microsoft', role: 'agent' },
          { id: 'openai', role: 'object' },
        ],
        figures: [
          {
            text: '10亿美元',
            start: 9,
            end: 15,
            value: 1e9,
            min: 1e9,
            max: 1e9,
            unit: 'USD',
            approx: false,
            kind: 'money',
          },
        ],
        dates: [],
        articleCount: 1,
        score: 1,
      },
      0,
    );
    const report = evaluate([msft], [contract], new Map([['openai', ['c9']]]));
    for (const key of [
      'precision',
      'recall',
      'roles',
      'kind',
      'modality',
      'attribution',
      'figures',
      'topFive',
    ] as const) {
      expect(report[key].total, key).toBeGreaterThan(0);
      expect(report[key].hit, key).toBe(report[key].total);
    }
  });

  it('scores a figure stored only as its lowest value as wrong', () => {
    const minOnly = { ...good, figures: [{ text: '10亿美元', min: 1e9, max: undefined, unit: 'USD' }] };
    expect(evaluate([msft], [minOnly], new Map()).figures).toEqual({ hit: 0, total: 1 });
  });

  it('lists the gold figures a matched claim got wrong beside what it found', () => {
    const minOnly = { ...good, figures: [{ text: '10亿美元', min: 1e9, max: undefined, unit: 'USD' }] };
    const report = evaluate([msft], [minOnly], new Map());
    expect(report.details.quantities.map((q) => [q.gold.text, q.figures.length, q.dates.length])).toEqual([
      ['微软向OpenAI注资10亿美元', 1, 0],
    ]);
    expect(formatDetails(report)).toContain(
      'figure: gold 10亿美元 1000000000–1000000000 USD | extracted 10亿美元 1000000000–? USD',
    );
    expect(evaluate([msft], [good], new Map()).details.quantities).toEqual([]);
  });

  it('scores missing modality and attribution as wrong, not as a crash', () => {
    const bare = { ...good, modality: null, attribution: null };
    const report = evaluate([msft], [bare], new Map());
    expect(report.modality).toEqual({ hit: 0, total: 1 });
    expect(report.attribution).toEqual({ hit: 0, total: 1 });
  });

  it('counts a top-five slot right only when its claim matches gold that names the entity', () => {
    const report = evaluate(
      [msft, google],
      [good, old, fragment],
      new Map([
        ['microsoft', ['c1']],
        ['baidu', ['c3']],
        ['openai', ['c1', 'missing']],
      ]),
    );
    expect(report.topFive).toEqual({ hit: 2, total: 3 });
  });

  it('says why each failing top-five slot fails, and counts cards left empty that gold gives a claim', () => {
    const report = evaluate(
      [msft, google],
      [good, old, fragment],
      new Map([
        ['baidu', ['c3']],
        ['google', ['c2']],
        ['openai', ['c1', 'c2']],
        ['anthropic', []],
      ]),
    );
    expect(report.topFiveReview.failures.map((f) => [f.entityId, f.rank, f.reason])).toEqual([
      ['baidu', 1, 'no gold claim at this span'],
      ['google', 1, 'wrong roles: gold anthropic:object|google:agent vs shown google:agent'],
      ['openai', 2, 'gold here is not about the entity (anthropic:object|google:agent)'],
    ]);
    expect(report.emptyCardsWithGold).toBe(1);
    expect(report.topFiveReview.emptyCards).toEqual(['anthropic']);
  });

  it('judges an "N 篇" group by the facts its sources state', () => {
    const other = parseGoldFile(
      `article: a2\nclaims:\n${MSFT}${MSFT.replace('fact: msft-openai', 'fact: msft-openai-2023').replaceAll('10亿美元', '100亿美元').replace('min: 1.0e9, max: 1.0e9', 'min: 1.0e10, max: 1.0e10').replace('paragraph: 0', 'paragraph: 1')}`,
      'gold/a2.yaml',
      () => ['微软向OpenAI注资10亿美元。', '微软向OpenAI注资100亿美元。'],
      IDS,
    );
    const all = [msft, ...other];
    const same = extracted({ sources: [at(0, 0, 16), at(0, 0, 16, 'a2')] });
    const different = extracted({ sources: [at(0, 0, 16), at(1, 0, 17, 'a2')] });
    expect(groupIsRight(same, all)).toBe(true);
    expect(groupIsRight(different, all)).toBe(false);
    expect(evaluate(all, [different], new Map()).wrongGroups).toBe(1);
  });

  it('takes the gold claim with the same actors as what a long source states, not the one it overlaps most', () => {
    const other = parseGoldFile(
      `article: a2\nclaims:\n${MSFT}`,
      'gold/a2.yaml',
      () => ['微软向OpenAI注资10亿美元。'],
      IDS,
    );
    const all = [msft, google, ...other];
    const actors = new Map([
      ['microsoft', 'agent'],
      ['openai', 'object'],
    ] as const);
    // 12–37 overlaps the Microsoft claim by 4 characters and the Google one by 20.
    const long = extracted({ sources: [at(0, 12, 37), at(0, 0, 16, 'a2')], entities: new Map(actors) });
    expect(groupIsRight(long, all)).toBe(true);
    const noActors = extracted({ sources: [at(0, 12, 37), at(0, 0, 16, 'a2')] });
    expect(groupIsRight(noActors, all)).toBe(false);
  });
});

/**
 * Gold entities the text does not name in the claim's paragraph or before it (a 这部法案 may refer
 * back to an earlier paragraph): annotations of names not there. A name counts when the recognizer
 * finds it, or when one of its forms is in the text once book-title marks are dropped (欧盟《X法案》),
 * so a recognizer miss is scored by the evaluation, not mistaken for an annotation error here.
 */
function unnamedEntities(corpus: CompiledCorpus, claims: readonly GoldClaim[]): string[] {
  const ids = corpus.entities.map((e) => e.id);
  const forms = (id: string): string[] => {
    const e = corpus.entities.find((x) => x.id === id);
    if (!e) return [];
    return [e.name.hans, e.name.hant, e.name.en ?? '', ...e.aliases.hans, ...e.aliases.hant]
      .filter(Boolean)
      .map((f) => foldText(f).toLowerCase());
  };
  const parents = new Map(corpus.entities.map((e) => [e.id, e.parent]));
  const ownersOf = (id: string): string[] => {
    const owners: string[] = [];
    for (let at = parents.get(id); at && !owners.includes(at); at = parents.get(at)) owners.push(at);
    return owners;
  };
  return claims.flatMap((c) => {
    const article = corpus.articles.find((a) => a.id === c.articleId)!;
    // A product named stands for its maker too, as the editors annotate (饿了么 → 阿里巴巴).
    const named = article.mentions.filter(([p]) => p <= c.paragraph).map(([, , , e]) => ids[e]!);
    const found = new Set(named.flatMap((id) => [id, ...ownersOf(id)]));
    const text = foldText(article.paragraphs.slice(0, c.paragraph + 1).join('\n'))
      .replace(/[《》〈〉「」]/g, '')
      .toLowerCase();
    return Object.keys(c.entities)
      .filter((id) => !found.has(id) && !forms(id).some((f) => text.includes(f)))
      .map((id) => `${c.where}: ${id}`);
  });
}

describe('the gold sets in the repository', () => {
  const evalDir = join(__dirname, '../claims-eval');
  const read = (dir: string, suffix: string) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(suffix))
      .map((f) => ({ file: f, yaml: readFileSync(join(dir, f), 'utf8'), source: readFileSync(join(dir, f), 'utf8') }));

  /** A set's articles compiled with the corpus's gazetteer, as the evaluator compiles them. */
  const compileWithCorpus = (articles: ReadonlyArray<{ file: string; source: string }>) =>
    compileCorpus(
      { ...readCorpusSources(CORPUS_DIR), articles: articles.map((a) => ({ file: a.file, source: a.source })) },
      { fold: foldText, toSimplified, toTraditional, scriptVariants, foldPairs },
    ).corpus;

  it('every corpus gold span is verbatim in its compiled paragraph and names entities the paragraph names; at least 150', () => {
    const claims = loadGold(shippedCorpus().corpus, read(join(evalDir, 'gold'), '.yaml'));
    expect(claims.length).toBeGreaterThanOrEqual(150);
    expect(unnamedEntities(shippedCorpus().corpus, claims)).toEqual([]);
    for (const c of claims) {
      const paragraph = shippedCorpus().corpus.articles.find((a) => a.id === c.articleId)!.paragraphs[c.paragraph]!;
      for (const piece of c.text.split('…')) expect(paragraph).toContain(piece.trim());
    }
  });

  it.each([
    ['dev', 200],
    ['dev-2', 170],
    ['dev-3', 180],
    ['dev-4', 170],
    ['dev-5', 170],
    ['dev-6', 170],
    ['dev-7', 170],
    ['dev-8', 170],
    ['dev-9', 180],
    ['dev-10', 190],
    ['dev-11', 200],
    ['dev-12', 200],
    ['dev-13', 190],
    ['dev-14', 200],
    ['dev-15', 170],
    ['dev-16', 200],
    ['dev-17', 200],
    ['dev-18', 200],
    ['dev-19', 200],
    ['unseen', 60],
    ['unseen-2', 150],
    ['unseen-3', 150],
    ['unseen-4', 150],
    ['unseen-5', 150],
    ['unseen-6', 150],
    ['unseen-7', 150],
    ['unseen-8', 150],
    ['unseen-9', 170],
    ['unseen-10', 200],
    ['unseen-11', 180],
  ] as const)(
    'the %s articles parse, cover both scripts, and carry at least %i verbatim gold claims naming entities the text names',
    (dir, least) => {
      const setDir = join(evalDir, dir);
      const articles = read(setDir, '.md');
      expect(articles.length).toBeGreaterThanOrEqual(6);
      const scripts = articles.map((a) => parseArticle(a.source, a.file).script);
      expect(scripts.filter((s) => s === 'zh-Hans').length).toBeGreaterThanOrEqual(3);
      expect(scripts.filter((s) => s === 'zh-Hant').length).toBeGreaterThanOrEqual(3);
      const corpus = compileWithCorpus(articles);
      const claims = loadGold(corpus, read(setDir, '.gold.yaml'));
      expect(claims.length).toBeGreaterThanOrEqual(least);
      expect(unnamedEntities(corpus, claims)).toEqual([]);
      expect(new Set(claims.map((c) => c.articleId)).size).toBe(articles.length);
    },
  );

  it('the second editor of dev annotated every dev article with verbatim spans naming entities the text names', () => {
    const dev = join(evalDir, 'dev');
    const articles = read(dev, '.md');
    const corpus = compileWithCorpus(articles);
    const claims = loadGold(corpus, read(join(evalDir, 'agreement', 'dev'), '.gold.yaml'));
    expect(claims.length).toBeGreaterThanOrEqual(200);
    expect(unnamedEntities(corpus, claims)).toEqual([]);
    expect(new Set(claims.map((c) => c.articleId)).size).toBe(articles.length);
  });
});

describe('details for tuning kind, modality and attribution', () => {
  it('lists the matched claims that disagree, as confusion counts and one line each', () => {
    const wrong = extracted({
      id: 'k1',
      kind: 'figure',
      modality: 'fact',
      attribution: { kind: 'organization', entityId: 'microsoft' },
      entities: new Map([
        ['microsoft', 'agent'],
        ['openai', 'object'],
      ]),
      sources: [at(0, 0, 15)],
    });
    const report = evaluate(gold(MSFT), [wrong], new Map());
    expect(report.details.disagreements).toHaveLength(1);
    const text = formatDetails(report);
    expect(text).toContain('kind (gold → extracted): 1 funding → figure');
    expect(text).toContain('attribution (gold → extracted): 1 article → organization:microsoft');
    expect(text).toContain('funding→figure / fact / article→organization:microsoft 微软向OpenAI注资10亿美元');
  });
});

describe('agreement between two editors', () => {
  it('scores an annotation against itself as full agreement', () => {
    const a = gold(MSFT + GOOGLE);
    const report = agreement(a, a);
    expect([report.precision, report.recall, report.roles, report.kind, report.attribution, report.figures]).toEqual([
      { hit: 2, total: 2 },
      { hit: 2, total: 2 },
      { hit: 4, total: 4 },
      { hit: 2, total: 2 },
      { hit: 2, total: 2 },
      { hit: 1, total: 1 },
    ]);
  });

  it('counts a second editor who makes the rumoured investee only mentioned as a disagreement on roles and recall', () => {
    const second = gold(MSFT + GOOGLE.replace('anthropic: object', 'anthropic: mentioned'));
    const report = agreement(gold(MSFT + GOOGLE), second);
    expect(report.recall).toEqual({ hit: 1, total: 2 });
    expect(report.diagnosis.roleConfusion).toEqual([['object → mentioned', 1]]);
  });

  it('only scores the articles the second editor annotated', () => {
    const other = gold(MSFT).map((g) => ({ ...g, articleId: 'a2' }));
    expect(agreement([...gold(GOOGLE), ...other], gold(GOOGLE)).goldClaims).toBe(1);
  });
});
