/**
 * A sentence listing several measures of one company, each with its own figure (营收…，净利润…), is
 * cut into one claim per measure: each piece names its metric and figure, carries the subject, the
 * frame and the period stated before it; a bare change (同比增长14%) stays with its metric, and a
 * base period (去年同期, 上年同期) is never the claim's date. Fictional sentences only.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('several measures of one company, each with its figure', () => {
  it('cuts at each metric, the change kept with its metric', () => {
    const claims = claimsOf('星辰科技第三季度营收为52亿元，同比增长8%，净利润为6亿元，同比下降3%。');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).toContain('同比增长8%');
    expect(claims[1]!.text).toContain('净利润为6亿元，同比下降3%');
    expect(claims.map((c) => roles(c).acme)).toEqual(['agent', 'agent']);
    expect(claims[1]!.figures.map((f) => f.text)).toEqual(['6亿元', '3%']);
  });

  it('carries the period stated before, not the base of the comparison', () => {
    const claims = claimsOf('蓝鲸智能2025年第二季度营收为18亿元，净亏损为2亿元，较去年同期收窄一半。');
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => roles(c).initech)).toEqual(['agent', 'agent']);
    // (The period first, which dates the claim on a card; the base it is compared with after it,
    // as editors list it among the claim's dates.)
    expect(claims[1]!.dates.map((d) => [d.text, d.iso])).toEqual([
      ...claims[0]!.dates.map((d) => [d.text, d.iso]),
      ['去年同期', '2024-Q2'],
    ]);
  });

  it('carries the frame (财报显示) to every piece', () => {
    const claims = claimsOf('财报显示，云海集团上半年营收为120亿元，同比增长5%，毛利率为32%。');
    expect(claims).toHaveLength(2);
    expect(claims.map((c) => c.attribution.kind)).toEqual([claims[0]!.attribution.kind, claims[0]!.attribution.kind]);
    expect(claims[0]!.attribution.kind).not.toBe('article');
    expect(claims.map((c) => roles(c).globex)).toEqual(['agent', 'agent']);
  });

  it('reads 归属于…的净利润 as a metric of its own, the owner carried', () => {
    const claims = claimsOf('蓝鲸智能当季营收为40亿元，同比下滑2%，归属于上市公司股东的净利润为5亿元，同比增长9%。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('归属于上市公司股东的净利润为5亿元，同比增长9%');
    expect(claims.map((c) => roles(c).initech)).toEqual(['agent', 'agent']);
  });

  it('keeps a market reading and a share with the figure before', () => {
    // (The worth after a trading day, the valuation after a round, the share of a volume.)
    expect(claimsOf('星辰科技股价昨日下跌9%，市值蒸发约30亿元。')).toHaveLength(1);
    expect(claimsOf('蓝鲸智能第一季度出货量为800万台，市占率为12%。')).toHaveLength(1);
  });
});
