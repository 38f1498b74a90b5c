/**
 * Tags on forms first met in new text (session 16, tags2): a hedge opening its clause with no comma
 * (据传X…, 据悉X…), 传 after an adverb of repetition (X的布局再传大动作, X又传…), a collective's
 * estimate or judgement (外界普遍估计, 市场普遍预期), a stance ending its clause (对…充满信心,
 * 乐观其成), and having no plan, a denial only when it may answer a report. Each against the
 * reading it must not take. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

const only = (paragraph: string) => {
  const claims = claimsOf(paragraph);
  expect(claims).toHaveLength(1);
  return claims[0]!;
};

describe('a hedge opening its clause with no comma', () => {
  it('reads 据传 / 据悉 / 据称 right before the name as hearsay about it', () => {
    const rumour = only('据传蓝鲸智能有意收购云海集团。');
    expect(rumour.modality).toBe('reported');
    expect(rumour.entities.find((e) => e.id === 'initech')?.role).toBe('agent');
    expect(only('据悉云海集团下月将发布Orion。').modality).toBe('reported');
    expect(only('据称极光数据已暂停招聘。').modality).toBe('reported');
  });

  it('leaves a claim in the writer’s voice a fact', () => {
    expect(only('极光数据已暂停招聘。').modality).toBe('fact');
  });
});

describe('传 after an adverb of repetition', () => {
  it('reads X的布局再传大动作 and X又传裁员 as hearsay', () => {
    expect(only('云海集团的海外布局再传大动作。').modality).toBe('reported');
    expect(only('极光数据又传裁员。').modality).toBe('reported');
  });

  it('does not read 再 before another verb as hearsay', () => {
    expect(only('极光数据再次裁员。').modality).toBe('fact');
  });
});

describe('a collective that estimates, expects or judges', () => {
  it('reads 外界普遍估计 of a present figure as a view, not hearsay', () => {
    const estimate = only('外界普遍估计，蓝鲸智能训练Lyra的成本超过两亿元。');
    expect(estimate.modality).toBe('opinion');
    expect(estimate.attribution.kind).toBe('unnamed');
  });

  it('reads 外界估计 as an analyst’s estimate is read, not as hearsay', () => {
    const outside = only('外界估计，极光数据明年的营收将突破十亿元。');
    expect(outside.modality).not.toBe('reported');
    expect(outside.modality).toBe(only('分析师估计，极光数据明年的营收将突破十亿元。').modality);
  });

  it('keeps a rumour the public spreads (外界盛传) hearsay', () => {
    expect(only('外界盛传极光数据将被收购。').modality).toBe('reported');
  });
});

describe('a stance that ends its clause', () => {
  it('reads 对…充满信心 and 乐观其成 as a view', () => {
    expect(only('极光数据对新产品的销量充满信心。').modality).toBe('opinion');
    expect(only('王海川表示，对与极光数据的合作乐观其成。').modality).toBe('opinion');
  });

  it('reads confidence to do something (有信心在…完成) as looking ahead, not a view', () => {
    expect(only('王海川表示，极光数据有信心在年底前完成交付目标。').modality).toBe('forecast');
  });
});

describe('having no plan', () => {
  it('is a plain statement when nothing it answers was told', () => {
    const plain = only('极光数据表示，公司短期内没有上市计划。');
    expect(plain.kind).not.toBe('denial');
    expect(plain.modality).toBe('fact');
  });

  it('is a denial when it answers a report, by a frame or after the rumour', () => {
    expect(only('对于市场有关极光数据将上市的传闻，极光数据表示目前没有相关计划。').kind).toBe('denial');
    const [rumour, answer] = claimsOf('有消息称，极光数据将与蓝鲸智能合并。极光数据表示，目前没有任何合并计划。');
    expect(rumour?.modality).toBe('reported');
    expect(answer?.kind).toBe('denial');
    expect(answer?.modality).toBe('denied');
  });
});
