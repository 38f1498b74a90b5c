/**
 * A name before a noun of a tie to another company (X的母公司Y, X的竞争对手Y, X的对手们): the other
 * party acts and X is named in passing (passing.ts tiedOtherParty, roles.ts). Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a tie noun between a subject name and another party', () => {
  it('makes the known party after the tie act and leaves the first name mentioned', () => {
    const [parent] = claimsOf('模型广场的母公司云海集团本周股价累计下跌约5%。');
    expect(roles(parent)).toMatchObject({ hub: 'mentioned', globex: 'agent' });
    const [rival] = claimsOf('星辰科技的竞争对手蓝鲸智能上月完成新一轮融资。');
    expect(roles(rival)).toMatchObject({ acme: 'mentioned', initech: 'agent' });
  });

  it('takes the act away from the first name when a rival the gazetteer lacks acts', () => {
    const [unnamed] = claimsOf('星辰科技的竞争对手也在加速扩张。');
    expect(roles(unnamed)?.acme).not.toBe('agent');
  });

  it('keeps the first name acting where the tie is a copula complement or names no other party', () => {
    const [copula] = claimsOf('星辰科技是蓝鲸智能的竞争对手之一。');
    expect(roles(copula)?.acme).toBe('agent');
    const [plain] = claimsOf('星辰科技的营收本季度增长约12%。');
    expect(roles(plain)?.acme).toBe('agent');
  });
});
