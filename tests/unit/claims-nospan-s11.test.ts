/**
 * Sentences the extractor read nothing from (eleventh session, from a checklist of constructions
 * of news prose): a unit of the company reporting its figures (核心本地商业部门营收…), a person
 * introduced by a bare title whom a later 他 stands for, … Fictional sentences only (see
 * claims-fixture.ts); consecutive paragraphs share a carry, as in one article.
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphCarry } from '../../lib/claims/extract';
import { claimsOf, roles } from './claims-fixture';

/** The claims of consecutive paragraphs of one article. */
const article = (...paragraphs: string[]) => {
  const carry = {} as ParagraphCarry;
  return paragraphs.flatMap((p, k) => claimsOf(p, '2024-03-15', carry).map((c) => ({ ...c, paragraph: k })));
};
const withText = <T extends { text: string }>(claims: T[], part: string) => claims.find((c) => c.text.includes(part));

describe('a unit of the company (部门, 板块) opening a metric is the company measuring it', () => {
  it('reads a department’s revenue after the report as the company’s figure, in the next paragraph', () => {
    const claims = article('星辰科技昨日公布第二季财报，营收为50亿元，同比增长20%。', '分部门来看，云计算部门营收20亿元，同比增长30%。');
    const claim = withText(claims, '云计算部门营收');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.paragraph).toBe(1);
  });

  it('does so after a semicolon and in Traditional script', () => {
    expect(roles(withText(claimsOf('星辰科技营收50亿元；云计算部门营收20亿元，同比增长30%。'), '云计算部门'))).toEqual({
      acme: 'agent',
    });
    expect(roles(withText(claimsOf('星辰科技公布財報。新業務部門營收244億元，年增28.3%。'), '新業務部門'))).toEqual({
      acme: 'agent',
    });
    expect(roles(withText(claimsOf('星辰科技公布财报，营收50亿元。其中，智能终端板块营收30亿元。'), '板块'))).toEqual({
      acme: 'agent',
    });
  });

  it('leaves a market’s segment to no one', () => {
    expect(withText(claimsOf('星辰科技公布财报。行业板块营收整体下滑了5%。'), '行业板块')).toBeUndefined();
  });
});

describe('a person introduced by a bare title is who a later 他 is', () => {
  const told = '首席执行官陈磊在电话会上表示，下半年需求将持续回暖。';

  it('makes 他 in the next sentence speak for the company of the paragraph before', () => {
    const claim = withText(article('星辰科技昨日公布第二季财报。', `${told}他坦言，高端产能仍然紧张。`), '产能仍然紧张');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.attribution.kind).toBe('person');
  });

  it('does so in the paragraph after too', () => {
    const claim = withText(article('星辰科技昨日公布第二季财报。', told, '他坦言，高端产能仍然紧张。'), '产能仍然紧张');
    expect(roles(claim)).toEqual({ acme: 'agent' });
  });

  it('leaves 他 alone when the title has no company to speak for', () => {
    expect(withText(article(`${told}他坦言，高端产能仍然紧张。`), '产能仍然紧张')).toBeUndefined();
  });
});
