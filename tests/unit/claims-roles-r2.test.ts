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

describe('the parties of a ruling (rulings.ts)', () => {
  it('makes the party found to infringe the agent and the rights holder the object', () => {
    const [claim] = claimsOf('法院裁定星辰科技侵犯了云海集团的两项专利。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'object' });
  });

  it('makes the party ordered to pay the agent and the one paid the object', () => {
    const [claim] = claimsOf('法院判决星辰科技须向云海集团赔偿3000万元。');
    expect(roles(claim)).toEqual({ acme: 'agent', globex: 'object' });
  });

  it('reads the liable party through its products (X旗下多款产品侵犯Y…)', () => {
    const [claim] = claimsOf('杭州中院一审裁定星辰科技旗下三款产品侵犯蓝鲸智能一项专利。');
    expect(roles(claim)).toEqual({ acme: 'agent', initech: 'object' });
  });

  it('leaves a ruling that finds no wrong or debt to the ordinary roles', () => {
    const [claim] = claimsOf('法院认定云海集团与星辰科技签订的协议有效。');
    // (The first name after 认定 is no liable party here: the ruling finds a contract valid.)
    expect(roles(claim).globex).not.toBe('agent');
  });
});
