/**
 * A broker's rating or price target naming no known party (维持「买入」评级, 目标价48港元) is on the
 * shares of the one company the paragraph is about, its `object` (antecedents.ts: ratedCompany);
 * a target after a rating, or a rating after a target, is a claim of its own (verdictAnew), the
 * target a figure forecast, the rating an opinion. Two companies named, or a clause that is no
 * verdict, leave the claim out. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import type { ParagraphCarry } from '../../lib/claims/extract';

const withText = (paragraph: string, part: string, carry?: ParagraphCarry) =>
  claimsOf(paragraph, '2024-03-15', carry).find((c) => c.text.includes(part));

describe('a broker’s verdict on the paragraph’s one company', () => {
  const paragraph = '多家券商对星辰科技的前景转趋乐观。北辰证券重申“增持”评级，目标价由40港元升至48港元。';

  it('the rating: the company is the object, its name leading the text, an opinion', () => {
    const claim = withText(paragraph, '重申“增持”评级');
    expect(roles(claim)).toEqual({ acme: 'object' });
    expect(claim!.text.startsWith('星辰科技…')).toBe(true);
    expect(claim!.kind).toBe('opinion');
    expect(claim!.modality).toBe('opinion');
    expect(claim!.text).not.toContain('目标价');
  });

  it('the target after it: a claim of its own, a figure forecast', () => {
    const claim = withText(paragraph, '目标价由40港元');
    expect(roles(claim)).toEqual({ acme: 'object' });
    expect(claim!.kind).toBe('figure');
    expect(claim!.modality).toBe('forecast');
    expect(claim!.text).not.toContain('评级');
  });

  it('a rating with no subject after the broker’s target: a claim of its own', () => {
    const paragraph = '蓝鲸智能昨日公布季报。南岭资本将目标价上调至30港元，维持“买入”评级。';
    const rating = withText(paragraph, '维持“买入”评级');
    expect(roles(rating)).toEqual({ initech: 'object' });
    expect(rating!.text).not.toContain('目标价');
    expect(roles(withText(paragraph, '目标价上调'))).toEqual({ initech: 'object' });
  });

  it('in a paragraph naming no one, the company the paragraph before was about', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('蓝鲸智能昨日公布季报，营收同比增长12%。', '2024-03-15', carry);
    const claim = withText('东岳证券给予“买入”评级。', '“买入”评级', carry);
    expect(roles(claim)).toEqual({ initech: 'object' });
  });
});

describe('no verdict to hand to a company', () => {
  it('when the paragraph named two companies', () => {
    const claim = withText('星辰科技与云海集团昨日同日发布新机。北辰证券维持“买入”评级。', '“买入”评级');
    expect(claim).toBeUndefined();
  });

  it('when the clause is no rating (a broker’s own business)', () => {
    const claim = withText('星辰科技昨日发布新机。北辰证券上月完成了人员调整。', '人员调整');
    expect(claim).toBeUndefined();
  });

  it('a rating whose company is named keeps its own party and is not split from its target', () => {
    const claims = claimsOf('北辰证券将星辰科技的目标价上调至48港元。', '2024-03-15');
    const claim = claims.find((c) => c.text.includes('目标价上调'));
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });
});
