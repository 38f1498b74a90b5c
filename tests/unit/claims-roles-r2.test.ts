/**
 * Roles of a count standing for a list named before (三家, 三者, 前三大厂商), on sentences written
 * for these tests (not corpus sentences).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

const totalOf = (paragraph: string, cue: string) => claimsOf(paragraph).find((c) => c.text.includes(cue));

describe('a count after a list stands for the list (antecedents.ts antecedentGroup)', () => {
  it('makes the three members of the list before 三家合计 listed, in a claim of its own', () => {
    const total = totalOf(
      '在国内市场中，星辰科技以41%的份额居首，云海集团和蓝鲸智能分列第二、第三位，三家合计占据八成以上。',
      '三家合计',
    );
    expect(roles(total)).toEqual({ acme: 'listed', globex: 'listed', initech: 'listed' });
    expect(total?.text).not.toContain('分列');
  });

  it('reads 三者 and 前三大厂商 the same way', () => {
    const three = totalOf('星辰科技占比30%，云海集团以22%居次，蓝鲸智能则占15%，三者合计接近七成。', '三者合计');
    expect(roles(three)).toEqual({ acme: 'listed', globex: 'listed', initech: 'listed' });
    const top = totalOf(
      '星辰科技以30%的份额居首，云海集团以22%排名第二，蓝鲸智能则以15%位列第三，前三大厂商合计拿下近七成市场。',
      '前三大厂商',
    );
    expect(roles(top)).toEqual({ acme: 'listed', globex: 'listed', initech: 'listed' });
  });

  it('keeps the known members listed when the list names one outside the gazetteer, and a maker before its product is not a member', () => {
    const total = totalOf(
      '据统计，甲骨文占31%，云海集团云海智算以20%居次，星辰科技占12%，三者合计超过六成。',
      '三者合计',
    );
    expect(roles(total)).toEqual({ 'globex-cloud': 'listed', acme: 'listed' });
  });

  it('leaves a count of a noun after it alone (三家银行)', () => {
    const claims = claimsOf('星辰科技与云海集团签约，三家银行合计提供了50亿元贷款。');
    expect(claims.map(roles)).toEqual([{ acme: 'agent', globex: 'object' }]);
  });
});
