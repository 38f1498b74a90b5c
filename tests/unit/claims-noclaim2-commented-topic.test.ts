/**
 * An unnamed commentator's words that name no one go on about the paragraph's one party
 * (antecedents.ts: commentedTopic): 有分析师指出，良率仍是最大的难题 after a sentence about
 * 星辰科技 is about 星辰科技. A named source the gazetteer lacks, a second party, or an unknown
 * name in the paragraph leaves the claim out. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import type { ParagraphCarry } from '../../lib/claims/extract';

const withText = (paragraph: string, part: string, carry?: ParagraphCarry) =>
  claimsOf(paragraph, '2024-03-15', carry).find((c) => c.text.includes(part));

describe('an unnamed commentator on the paragraph’s one party', () => {
  it('makes the party named before the agent, its name leading the text', () => {
    const claim = withText('星辰科技的新厂今年推迟量产。有分析师指出，良率偏低仍是最大的难题。', '良率偏低');
    expect(roles(claim)).toEqual({ acme: 'agent' });
    expect(claim!.text.startsWith('星辰科技…')).toBe(true);
    expect(claim!.attribution.kind).toBe('unnamed');
  });

  it('reads a hedge with no source (据悉) the same way', () => {
    const claim = withText('蓝鲸智能上月关闭了深圳的研发中心。据悉，相关员工已获得补偿。', '相关员工');
    expect(roles(claim)).toEqual({ initech: 'agent' });
  });

  it('goes on through a second comment on the same party', () => {
    const [, , second] = claimsOf(
      '星辰科技的新厂今年推迟量产。有分析师指出，良率偏低仍是最大的难题；也有业内人士认为，人手不足拖慢了进度。',
    );
    expect(second?.text).toContain('人手不足');
    expect(roles(second)).toEqual({ acme: 'agent' });
  });
});

describe('no topic to go on with', () => {
  it('when the paragraph named two parties', () => {
    const claim = withText('星辰科技与云海集团昨日签署合作协议。有分析师指出，良率偏低仍是最大的难题。', '良率偏低');
    expect(claim).toBeUndefined();
  });

  it('when the one name before was only mentioned, not acting', () => {
    const claim = withText('去年的涨幅仅为星辰科技的一半。有分析师指出，下半年增速仍将保持在三成以上。', '下半年增速');
    expect(claim).toBeUndefined();
  });

  it('when the source is a party the gazetteer lacks', () => {
    const claim = withText('星辰科技的新厂今年推迟量产。青木半导体方面回应称，良率偏低仍是最大的难题。', '良率偏低');
    expect(claim).toBeUndefined();
  });

  it('when the comment opens its paragraph (the paragraph before may have ended on another party)', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('云海集团昨日公布第三季财报，营收增长18%。', '2024-03-15', carry);
    const claim = withText('业内人士认为，海外市场的放缓短期内难以扭转。', '海外市场', carry);
    expect(claim).toBeUndefined();
  });
});
