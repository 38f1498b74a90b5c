/**
 * Names only mentioned inside what they qualify: the standard of a likeness that modifies a noun
 * (与X相同的架构), the owner of the way a verb of copying takes (复制X的模式). Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { cardTexts, claimsOf, compiledClaims, roles } from './claims-fixture';

describe('a likeness inside a modifier of a noun (roles.ts likenessModifier)', () => {
  it('leaves the standard of 与X相同的N and 和X一样的N mentioned', () => {
    const same = '云海集团推出的Orion采用了与Nova相同的架构。';
    expect(roles(claimsOf(same)[0])).toMatchObject({ orion: 'agent', nova: 'mentioned' });
    expect(cardTexts('nova', compiledClaims(same))).toEqual([]);
    const [alike] = claimsOf('云海集团承诺为欧洲用户提供和星辰科技一样的保护水平。');
    expect(roles(alike)).toMatchObject({ globex: 'agent', acme: 'mentioned' });
  });

  it('keeps a likeness that is the predicate a comparison with the standard as counterpart', () => {
    const level = claimsOf('云海集团推出了Orion，其性能与Nova相当。').find((c) => c.text.includes('相当'));
    expect(roles(level)).toMatchObject({ orion: 'agent', nova: 'object' });
  });
});

describe('the owner of what a verb of copying takes (roles.ts copiedFrom)', () => {
  it('leaves X of 复制X的模式 and both of 复制A与B的合作模式 mentioned', () => {
    const copied = '云海集团复制了星辰科技的模式。';
    expect(roles(claimsOf(copied)[0])).toMatchObject({ globex: 'agent', acme: 'mentioned' });
    expect(cardTexts('acme', compiledClaims(copied))).toEqual([]);
    const [joint] = claimsOf('分析人士认为，云海集团是在复制星辰科技与蓝鲸智能的合作模式。');
    expect(roles(joint)).toMatchObject({ globex: 'agent', acme: 'mentioned', initech: 'mentioned' });
  });

  it('still makes the party of a tie or of a stake the counterpart', () => {
    const [tie] = claimsOf('云海集团与星辰科技的合作已持续三年。');
    expect(roles(tie)?.acme).toBe('object');
    const [stake] = claimsOf('云海集团收购了星辰科技的股份。');
    expect(roles(stake)?.acme).toBe('object');
  });
});
