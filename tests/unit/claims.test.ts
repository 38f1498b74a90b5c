import { describe, expect, it } from 'vitest';
import { extractClaims, type SentenceMention } from '../../lib/claims/extract';
import { groupClaims, rankFor, type Claim } from '../../lib/claims/group';
import { foldText } from '../../lib/text/convert';

/** Mentions of the given names, found by position (the test's own tiny gazetteer). */
function mentionsOf(sentence: string, names: Record<string, string>): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (const [name, id] of Object.entries(names)) {
    let at = sentence.indexOf(name);
    while (at >= 0) {
      out.push({ start: at, end: at + name.length, entityId: id });
      at = sentence.indexOf(name, at + name.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function claims(sentence: string, names: Record<string, string>, date: string | null = null) {
  return extractClaims(sentence, foldText(sentence), mentionsOf(sentence, names), { articleDate: date });
}

describe('extractClaims', () => {
  it('finds the subject in an earlier clause and keeps the clause that carries the claim', () => {
    const [claim] = claims('先是智譜，作為大模型領域的六小虎之一，宣布完成了高達30億元的新一輪融資；', {
      智譜: 'zhipu',
    });
    expect(claim).toMatchObject({ kind: 'funding', entities: [{ id: 'zhipu', role: 'agent' }] });
    expect(claim!.figures[0]).toMatchObject({ value: 3e9, unit: 'CNY' });
  });

  it('splits one sentence into one claim per subject', () => {
    const found = claims('緊接著，字節跳動推出了豆包視覺理解模型，而快手也正式上線了可靈1.6版本。', {
      字節跳動: 'bytedance',
      豆包視覺理解模型: 'doubao-vision',
      快手: 'kuaishou',
      可靈: 'kling',
    });
    expect(found.map((c) => [c.kind, c.entities.find((e) => e.role === 'agent')?.id])).toEqual([
      ['launch', 'bytedance'],
      ['launch', 'kuaishou'],
    ]);
    expect(found[0]!.entities).toContainEqual({ id: 'doubao-vision', role: 'object' });
  });

  it('runs a statement to the end of the sentence, quote included', () => {
    const [claim] = claims('李彥宏也曾多次強調，“沒有應用，基礎模型一文不值。”', { 李彥宏: 'robin-li' });
    // A view quoted whole is an opinion, whoever holds it (tests/claims-eval/README.md).
    expect(claim!.kind).toBe('opinion');
    expect(claim!.text).toContain('一文不值');
  });

  it('does not make a quoted term the subject', () => {
    const found = claims('國內還尚未出現一個能引起各方競相爭奪的“OpenAI公司”，大廠的投資目前僅是灑灑水罷了。', {
      OpenAI公司: 'openai',
    });
    expect(found.every((c) => c.entities.every((e) => e.role === 'mentioned'))).toBe(true);
  });

  it('says nothing about sentences without an entity', () => {
    expect(claims('2024年被視為AI應用落地的重要一年，融資30億元。', {})).toEqual([]);
  });
});

describe('groupClaims', () => {
  const claim = (articleId: string, text: string, figures: Claim['figures'], subject: string): Claim => ({
    id: '',
    kind: 'figure',
    modality: 'fact',
    attribution: { kind: 'article', text: '' },
    text,
    sources: [{ articleId, paragraph: 0, start: 0, end: text.length, text }],
    entities: [{ id: subject, role: 'agent' }],
    figures,
    dates: [],
    score: 0,
  });
  const usd = (value: number) => ({
    text: '',
    start: 0,
    end: 0,
    value,
    min: value,
    max: value,
    unit: 'USD' as const,
    approx: false,
    kind: 'money' as const,
  });

  it('merges the same figures about the same entity across articles, never different figures', () => {
    const grouped = groupClaims([
      claim('a', '2019年，微軟向OpenAI注資10億美元', [usd(1e9)], 'microsoft'),
      claim('b', '微软对OpenAI投资10亿美元', [usd(1e9)], 'microsoft'),
      claim('b', '微軟對OpenAI的100億美元', [usd(1e10)], 'microsoft'),
    ]);
    expect(grouped).toHaveLength(2);
    expect(grouped[0]!.sources.map((s) => s.articleId)).toEqual(['a', 'b']);
    // Backed by two articles, the merged claim ranks first.
    expect(rankFor('microsoft', grouped, (c) => c.text)[0]).toBe(grouped[0]);
  });
});

describe('groupClaims without figures or dates', () => {
  const base = (id: string, article: string, kind: Claim['kind']): Claim => ({
    id,
    kind,
    modality: 'fact',
    attribution: { kind: 'article', text: '' },
    text: id,
    sources: [{ articleId: article, paragraph: 0, start: 0, end: 2, text: id }],
    entities: [
      { id: 'x', role: 'agent' },
      { id: 'y', role: 'object' },
    ],
    figures: [],
    dates: [],
    score: 0,
  });

  it('merges one launch told by two articles, but not two undated, unfigured investments', () => {
    expect(groupClaims([base('a', 'one', 'launch'), base('b', 'two', 'launch')])).toHaveLength(1);
    expect(groupClaims([base('a', 'one', 'funding'), base('b', 'two', 'funding')])).toHaveLength(2);
  });
});

describe('rankFor', () => {
  const claim = (id: string, modality: Claim['modality'], entities: Claim['entities']): Claim => ({
    id,
    kind: 'statement',
    modality,
    attribution: { kind: 'article', text: '' },
    text: `claim ${id}`,
    sources: [{ articleId: 'a', paragraph: 0, start: 0, end: 8, text: `claim ${id}` }],
    entities,
    figures: [],
    dates: [],
    score: 3,
  });

  it('puts a second telling of the same fact from one article after the other claims', () => {
    const launch = (id: string, article: string, score: number): Claim => ({
      ...claim(id, 'fact', [
        { id: 'x', role: 'agent' },
        { id: 'y', role: 'object' },
      ]),
      kind: 'launch',
      text: id === 'first' ? '星辰科技正式发布了新模型' : '模型由星辰科技在春节期间推出',
      sources: [{ articleId: article, paragraph: 0, start: 0, end: 8, text: id }],
      score,
    });
    const other = { ...claim('other', 'fact', [{ id: 'x', role: 'agent' }]), score: 2 };
    const ranked = rankFor('x', [launch('first', 'a', 5), launch('again', 'a', 4), other], (c) => c.text);
    expect(ranked.map((c) => c.id)).toEqual(['first', 'other', 'again']);
    // The same launch reported by another article is corroboration, not a repeat.
    const elsewhere = rankFor('x', [launch('first', 'a', 5), launch('again', 'b', 4), other], (c) => c.text);
    expect(elsewhere.map((c) => c.id)).toEqual(['first', 'again', 'other']);
  });

  it('leaves out a claim where nobody acts: an object without an agent', () => {
    const kept = claim('kept', 'fact', [
      { id: 'x', role: 'agent' },
      { id: 'y', role: 'object' },
    ]);
    const objectOnly = claim('object-only', 'fact', [{ id: 'y', role: 'object' }]);
    expect(rankFor('y', [objectOnly, kept], (c) => c.text).map((c) => c.id)).toEqual(['kept']);
  });

  it('keeps a fact whose subject is a list, but not a forecast or opinion with only a list', () => {
    const listed = [
      { id: 'x', role: 'listed' as const },
      { id: 'y', role: 'listed' as const },
    ];
    const fact = claim('fact', 'fact', listed);
    const forecast = claim('forecast', 'forecast', listed);
    const opinion = claim('opinion', 'opinion', listed);
    expect(rankFor('x', [forecast, opinion, fact], (c) => c.text).map((c) => c.id)).toEqual(['fact']);
  });

  it('shows a claim on its object only when that object is the one counterpart', () => {
    const one = claim('one', 'fact', [
      { id: 'x', role: 'agent' },
      { id: 'y', role: 'object' },
    ]);
    const several = claim('several', 'fact', [
      { id: 'x', role: 'agent' },
      { id: 'y', role: 'object' },
      { id: 'z', role: 'object' },
    ]);
    expect(rankFor('y', [several, one], (c) => c.text).map((c) => c.id)).toEqual(['one']);
    expect(rankFor('x', [several, one], (c) => c.text)).toHaveLength(2);
  });
});
