/**
 * Roles read in the tenth session, on sentences written for these tests (not corpus sentences).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a bare denial is about the report it answers (denials.ts)', () => {
  it('makes the other party of a report in the same sentence the object', () => {
    const claims = claimsOf('有消息称，星辰科技今年向云海集团下单了价值数亿美元的芯片，对此星辰科技回应称“消息不实”。');
    const denial = claims.find((c) => c.kind === 'denial');
    expect(roles(denial)).toEqual({ acme: 'agent', globex: 'object' });
  });

  it('reaches the report in the sentence before, and a product of the denier', () => {
    const [, denial] = claimsOf('有媒体报道称Lyra即将上线付费功能。对此，蓝鲸智能回应称这只是一次小范围的产品测试。');
    expect(denial?.kind).toBe('denial');
    expect(roles(denial)).toEqual({ initech: 'agent', lyra: 'object' });
  });

  it('leaves a denial alone when the report did not name the denier', () => {
    const [, denial] = claimsOf('有消息称，星辰科技正与云海集团洽谈合作。对此，蓝鲸智能回应称消息不实。');
    expect(roles(denial)).toEqual({ initech: 'agent' });
  });

  it('leaves a denial alone when it names what it answers', () => {
    const [, named] = claimsOf('有媒体报道称Lyra即将上线付费功能。针对网传Lyra收费的说法，蓝鲸智能回应称“并非事实”。');
    expect(roles(named)).toEqual({ initech: 'agent', lyra: 'mentioned' });
    const [, framed] = claimsOf(
      '有媒体报道称星辰科技将收购云海集团。对于收购可能引发的疑虑，星辰科技否认此举意在垄断市场。',
    );
    expect(roles(framed)).toEqual({ acme: 'agent' });
  });
});
