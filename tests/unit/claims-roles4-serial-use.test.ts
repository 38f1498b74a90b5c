/**
 * The thing a serial verb of using takes as its means (使用X芯片打造…) is named in passing, not the
 * act's counterpart. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { cardTexts, claimsOf, compiledClaims, roles } from './claims-fixture';

describe('the thing a serial verb of using takes as means (roles.ts SERIAL_USE)', () => {
  it('leaves what 使用 / 采用 takes before a second verb mentioned', () => {
    const built = '云海集团为了训练Orion，耗资数亿元，使用了上万张星辰科技Nova芯片打造超算平台。';
    expect(roles(claimsOf(built)[0])).toMatchObject({ globex: 'agent', nova: 'mentioned', acme: 'mentioned' });
    expect(cardTexts('nova', compiledClaims(built))).toEqual([]);
    const [trained] = claimsOf('云海集团采用星辰科技的Nova芯片训练Orion。');
    expect(roles(trained)).toMatchObject({ globex: 'agent', nova: 'mentioned', orion: 'object' });
  });

  it('keeps the thing used the object where no second verb follows, or 用 alone takes it', () => {
    expect(roles(claimsOf('云海集团使用Nova芯片。')[0])?.nova).toBe('object');
    // (A verb's tag jieba gives a piece of a measure word, 3奈/vg 米, is no second verb.)
    const [process] = claimsOf('蓝鲸智能的新芯片采用星辰科技第二代3奈米制程，性能提升三成。');
    expect(roles(process)).toMatchObject({ initech: 'agent', acme: 'object' });
    expect(roles(claimsOf('云海集团与知名导演合作，用Orion生成电影短片。')[0])?.orion).toBe('object');
  });
});
