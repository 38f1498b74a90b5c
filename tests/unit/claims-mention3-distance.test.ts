/**
 * A clause after another that opens on a verb of distance in time (…，距离X推出Y仅过去约两周): X's
 * act only measures how long after it the main event came, so its names are mentioned (roles.ts
 * distanceAside). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a distance-in-time clause after the main clause', () => {
  it('leaves the names of the event it measures from mentioned', () => {
    const claims = claimsOf('云海集团此番宣布降价，距离星辰科技推出Nova仅过去约三周。');
    const distance = claims.find((c) => /距离/.test(c.text) && !/降价/.test(c.text));
    if (distance) expect(roles(distance)).toMatchObject({ acme: 'mentioned', nova: 'mentioned' });
    // Whatever the cut, no claim makes 星辰科技 act in that clause.
    for (const c of claims) expect(roles(c)?.acme).not.toBe('agent');
  });

  it('keeps the doer where the clause has a subject of its own before 距离', () => {
    const [own] = claimsOf('此次处罚距离监管部门对星辰科技启动调查已过去一年多。');
    expect(roles(own)?.acme).not.toBe('mentioned');
  });
});
