/**
 * Claims as whole propositions, on sentences written for these tests (not corpus sentences):
 * roles, modality, attribution, resolved pronouns, figure ranges and dates, and the defects a
 * reader would reject (no verb, a dangling pronoun, a cut-off list).
 */
import { describe, expect, it } from 'vitest';
import type { ClaimDraft } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';
import { groupClaims, linkContradictions, type Claim } from '../../lib/claims/group';
import type { DateRef } from '../../lib/claims/quantities';

const about = (claims: ClaimDraft[], id: string) =>
  claims.filter((c) => c.entities.some((e) => e.id === id && e.role !== 'mentioned'));

describe('roles', () => {
  it('makes the investor the agent and the investee the object', () => {
    const [claim] = claimsOf('去年5月，远山资本向蓝鲸智能注资5亿元。');
    expect(roles(claim)).toEqual({ umbrella: 'agent', initech: 'object' });
    expect(claim!.kind).toBe('funding');
    expect(claim!.dates[0]).toMatchObject({ text: '去年5月', iso: '2023-05', relative: true });
    expect(claim!.text).toBe('去年5月，远山资本向蓝鲸智能注资5亿元。');
  });

  it('keeps an enumeration of investees whole, each one listed', () => {
    const [claim] = claimsOf('在蓝鲸智能、极光数据、星辰科技等公司的背后，都能看到远山资本的身影。');
    expect(claim!.text).toBe('在蓝鲸智能、极光数据、星辰科技等公司的背后，都能看到远山资本的身影。');
    expect(roles(claim)).toMatchObject({ initech: 'listed', hooli: 'listed', acme: 'listed' });
    // "看到X的身影": X takes part (the investor), as the gold set annotates it.
    expect(roles(claim).umbrella).toBe('agent');
  });

  it('does not make a name used as a type the agent', () => {
    const found = claimsOf('多家公司正在研发类Nova模型，国产Nova有望年内问世。');
    for (const claim of found) expect(roles(claim).nova).toBe('mentioned');
  });

  it('does not make a name in a when-clause the agent', () => {
    const [claim] = claimsOf('从Nova发布到现在，云海集团已经推出了三款新产品。');
    expect(roles(claim)).toMatchObject({ nova: 'mentioned', globex: 'agent' });
  });
});

describe('modality and attribution', () => {
  it('marks a rumour as reported, by an unnamed source', () => {
    const [claim] = claimsOf('据知情人士透露，云海集团正在洽谈收购极光数据。');
    expect(claim).toMatchObject({ modality: 'reported', attribution: { kind: 'unnamed', text: '知情人士' } });
    expect(roles(claim)).toMatchObject({ globex: 'agent', hooli: 'object' });
  });

  it('marks a denial, with its own agent', () => {
    const [claim] = claimsOf('对此，云海集团否认了收购传闻。');
    expect(claim).toMatchObject({ kind: 'denial', modality: 'denied' });
    expect(roles(claim).globex).toBe('agent');
  });

  it("marks the writer's judgement as opinion and a named speaker as the attribution", () => {
    const [opinion] = claimsOf('我们认为，星辰科技的优势在于数据。');
    expect(opinion).toMatchObject({ modality: 'opinion', attribution: { kind: 'article' } });
    const [said] = claimsOf('张明远表示，“星辰科技明年将推出新一代芯片。”');
    expect(said!.attribution).toMatchObject({ kind: 'person', entityId: 'zhang' });
    expect(said!.modality).toBe('forecast');
  });

  it('names a data source as the attribution', () => {
    const [claim] = claimsOf('根据IDC的数据，极光数据的市场份额超过了30%。');
    expect(claim!.attribution).toMatchObject({ kind: 'data', text: 'IDC' });
    expect(claim!.figures[0]).toMatchObject({ min: 30, max: null, unit: 'percent' });
  });
});

describe('pronoun and zero subjects', () => {
  it('resolves 该公司 to the company named before and shows it', () => {
    const found = claimsOf('蓝鲸智能成立于2019年。该公司去年完成了数亿美元融资。');
    const [claim] = about(found, 'initech').filter((c) => c.kind === 'funding');
    expect(roles(claim).initech).toBe('agent');
    expect(claim!.text).toBe('蓝鲸智能…该公司去年完成了数亿美元融资。');
    expect(claim!.figures[0]).toMatchObject({ min: 1e8, max: 9e8, unit: 'USD' });
  });

  it('resolves 该社区 to a product, not to the company in between', () => {
    const found = claimsOf('星辰科技搭建了模型广场。开放至今，该社区已聚集了几十万开发者。');
    const community = found.find((c) => c.text.includes('该社区'));
    expect(roles(community).hub).toBe('agent');
    expect(roles(community).acme).toBeUndefined();
    expect(community!.figures[0]).toMatchObject({ min: 1e5, max: 9e5 });
  });

  it('drops a claim whose pronoun has no antecedent of its kind', () => {
    // 他 is someone the gazetteer does not know; it must not become 星辰科技.
    const found = claimsOf('一位高管告诉记者，2019年他曾试图挖走一名星辰科技员工。');
    expect(found.every((c) => roles(c).acme !== 'agent')).toBe(true);
  });
});

describe('what is not a claim', () => {
  it('needs a verb: a bare name phrase makes no claim', () => {
    expect(claimsOf('Nova的发布。')).toEqual([]);
  });

  it('never leaves a list cut off from its predicate', () => {
    for (const claim of claimsOf('包括星辰科技、云海集团、蓝鲸智能在内的多家企业，均已推出大模型产品。')) {
      expect(claim.text).toContain('星辰科技、云海集团、蓝鲸智能');
      expect(claim.text).toContain('推出');
    }
  });
});

describe('corroboration', () => {
  const draft = (articleId: string, text: string, extra: Partial<Claim>): Claim => ({
    id: '',
    kind: 'launch',
    modality: 'fact',
    attribution: { kind: 'article', text: '' },
    text,
    sources: [{ articleId, paragraph: 0, start: 0, end: text.length, text }],
    entities: [
      { id: 'acme', role: 'agent' },
      { id: 'nova', role: 'object' },
    ],
    figures: [],
    dates: [],
    score: 0,
    ...extra,
  });
  const date = (iso: string) => ({ text: iso, start: 0, end: 0, iso, precision: 'year' as const, relative: false });

  it('merges the same launch told in different words, and never the same words about another date', () => {
    const grouped = groupClaims([
      draft('a', '星辰科技发布了Nova', { dates: [date('2023')] }),
      draft('b', 'Nova由星辰科技推出', { dates: [date('2023')] }),
      draft('c', '星辰科技发布了Nova', { dates: [date('2021')] }),
    ]);
    expect(grouped.map((g) => g.sources.map((s) => s.articleId))).toEqual([['a', 'b'], ['c']]);
  });

  it('never merges two sayings or two acts of one company on a shared month or year alone', () => {
    const agentOnly = [{ id: 'acme', role: 'agent' as const }];
    const month = { ...date('2024-05'), precision: 'month' as const };
    const day = { ...date('2024-05-14'), precision: 'day' as const };
    const said = (id: string, kind: Claim['kind'], d: DateRef) =>
      draft(id, `星辰科技在${d.iso}${kind}`, { kind, modality: 'opinion', entities: agentOnly, dates: [d] });
    expect(groupClaims([said('a', 'opinion', month), said('b', 'opinion', month)])).toHaveLength(2);
    expect(groupClaims([said('a', 'statement', day), said('b', 'statement', day)])).toHaveLength(2);
    const acted = (id: string, d: DateRef) =>
      draft(id, `星辰科技在${d.iso}完成重组`, { kind: 'event', entities: agentOnly, dates: [d] });
    expect(groupClaims([acted('a', month), acted('b', month)])).toHaveLength(2);
    // One act on one day, told by two articles, is one fact.
    expect(groupClaims([acted('a', day), acted('b', day)])).toHaveLength(1);
  });

  it('never merges on similar words without a subject to compare', () => {
    const noAgent = [{ id: 'nova', role: 'mentioned' as const }];
    const grouped = groupClaims([
      draft('a', '在Nova发布之前，行业很冷清', { entities: noAgent, kind: 'event' }),
      draft('b', '在Nova发布之后，行业很热闹', { entities: noAgent, kind: 'event' }),
    ]);
    expect(grouped).toHaveLength(2);
  });

  it('shows a report and its denial both, linked to each other', () => {
    const grouped = groupClaims([
      draft('a', '有消息称星辰科技发布了Nova', {
        modality: 'reported',
        attribution: { kind: 'unnamed', text: '消息' },
      }),
      draft('a', '星辰科技否认了这一说法', {
        kind: 'denial',
        modality: 'denied',
        entities: [{ id: 'acme', role: 'agent' }],
      }),
    ]).map((c, i) => ({ ...c, id: `c${i}` }));
    linkContradictions(grouped);
    expect(grouped[0]!.contradicts).toEqual(['c1']);
    expect(grouped[1]!.contradicts).toEqual(['c0']);
  });
});
