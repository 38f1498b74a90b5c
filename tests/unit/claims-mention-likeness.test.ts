/**
 * Names only mentioned inside what they qualify: the owner of the way a verb of copying takes
 * (复制X的模式), the standard of a likeness that modifies a noun (与X相同的架构). Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { cardTexts, claimsOf, compiledClaims, roles } from './claims-fixture';

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
