/**
 * A contrastive topic after a comma (lib/claims/propositions.ts contrastAnew): "…，NP则/亦 + predicate"
 * sets a second topic against the one before, a fact of its own about the topic's owner, cut as a
 * clause after "；" is. A name, a time or a quotation before 则 does not make one.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a noun phrase set against the topic by 则 or 亦 is a claim of its own', () => {
  it('cuts a class of shares (H股则…) off the move before, the topic its agent', () => {
    const claims = claimsOf('财报发布当天，星辰科技深市股价收跌4.2%，H股则逆势微涨0.8%。');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).not.toContain('H股');
    expect(claims[1]!.text).toBe('星辰科技…H股则逆势微涨0.8%。');
    expect(roles(claims[1]).acme).toBe('agent');
    expect(claims[1]!.figures.map((f) => f.text)).toEqual(['0.8%']);
  });

  it('cuts a second business line with its own figure, in Traditional', () => {
    const claims = claimsOf('星辰科技手機業務收入成長8%，汽車業務收入則成長40%。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('汽車業務收入則成長40%');
    expect(roles(claims[1]).acme).toBe('agent');
  });

  it('cuts a parallel with the additive 亦', () => {
    const claims = claimsOf('星辰科技台股本周累计下跌约4%，存托凭证亦随之走低。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('存托凭证亦随之走低');
    expect(roles(claims[1]).acme).toBe('agent');
  });
});

describe('what is no contrastive topic stays whole', () => {
  it('keeps a time before 则 (次日则回落) with the move it continues', () => {
    const claims = claimsOf('星辰科技股价周一收涨2.1%，次日则回落1.3%。');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toContain('次日则回落1.3%');
  });

  it('keeps a speaker’s quoted contrast inside the quotation', () => {
    const claims = claimsOf('星辰科技董事长张明说：“手机业务增长8%，汽车业务则增长40%。”');
    expect(claims.filter((c) => c.text.includes('汽车业务则增长40%'))).toHaveLength(1);
    expect(claims.find((c) => c.text.includes('汽车业务则'))!.text).toContain('手机业务增长8%');
  });

  it('keeps a clause without 则 or 亦 after a figure with its chain', () => {
    const claims = claimsOf('星辰科技去年出货约6000万台，市占率23.5%。');
    expect(claims).toHaveLength(1);
  });
});
