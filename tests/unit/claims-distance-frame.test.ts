/**
 * "距离X推出Y仅过去约两周，Z就…": how long after an event the main clause comes. The event only dates
 * the main clause (its names are mentioned), as 在X发布Y之后 does; alone, the clause is no fragment
 * claim of X's launch. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a distance-in-time frame opening a sentence', () => {
  it('dates the main clause, whose subject acts; the earlier event is only mentioned', () => {
    const claims = claimsOf('距离星辰科技推出Nova仅过去约两周，蓝鲸智能就发布了Lyra。');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.text).toBe('距离星辰科技推出Nova仅过去约两周，蓝鲸智能就发布了Lyra。');
    expect(roles(claims[0])).toEqual({ acme: 'mentioned', nova: 'mentioned', initech: 'agent', lyra: 'object' });
  });

  it('reads 距 with a bounded span, a time word before it, and Traditional copy alike', () => {
    expect(roles(claimsOf('距星辰科技发布Nova不到一个月，云海集团便宣布降价。')[0])).toMatchObject({
      acme: 'mentioned',
      globex: 'agent',
    });
    expect(roles(claimsOf('此时距离云海集团发布Orion只有三个月，星辰科技也宣布跟进。')[0])).toMatchObject({
      globex: 'mentioned',
      acme: 'agent',
    });
    expect(claimsOf('距離星辰科技推出Nova僅過去約兩週，蓝鲸智能就發布了Lyra。')).toHaveLength(1);
  });
});
