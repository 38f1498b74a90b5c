/**
 * A topic frame (获利方面，…; 成本方面，…) opening a sentence states nothing of its own: the metric
 * clause after it, with no owner named, goes on about the topic of the sentence before, as a
 * metric opening the sentence would (lib/claims/drafting.ts, opensOnTopicFrame). So does a metric
 * after figures in the article's voice that found no owner themselves. Not when the sentence names
 * its own owner, nor when the sentence before has two parties.
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const REPORT = '星辰科技昨日公布了第三季度财报，营收达52亿元，同比增长18%。';

describe('a metric after a topic frame', () => {
  it('goes on about the topic of the sentence before', () => {
    for (const next of ['获利方面，净利润为3亿元，同比下降20%。', '成本方面，毛利率升至41%。']) {
      const claims = claimsOf(REPORT + next);
      expect(claims, next).toHaveLength(2);
      expect(roles(claims[1]), next).toEqual({ acme: 'agent' });
      expect(claims[1]!.text, next).toMatch(/^星辰科技…/);
    }
  });

  it('also after a sentence of a product launch by one company', () => {
    const claims = claimsOf('云海集团上周发布了新款平板，首月销量突破20万台。价格方面，起售价为2999元。');
    expect(claims.map((c) => roles(c))).toContainEqual({ globex: 'agent' });
    expect(claims.at(-1)!.text).toContain('2999元');
  });

  it('goes on after a figure clause that found no owner', () => {
    const claims = claimsOf(REPORT + '不过，新兴业务本季仍录得亏损约2亿元，全年亏损约9亿元。');
    expect(claims.at(-1)!.text).toContain('全年亏损约9亿元');
    expect(roles(claims.at(-1))).toEqual({ acme: 'agent' });
  });
});

describe('what the frame does not carry', () => {
  it('leaves the owner the sentence names', () => {
    const claims = claimsOf(REPORT + '获利方面，云海集团净利润为3亿元。');
    expect(roles(claims.at(-1))).toEqual({ globex: 'agent' });
  });

  it('makes no claim when the sentence before has two parties', () => {
    const claims = claimsOf('星辰科技与云海集团昨日同时公布了财报。获利方面，净利润为3亿元。');
    expect(claims.some((c) => c.text.includes('3亿元'))).toBe(false);
  });
});
