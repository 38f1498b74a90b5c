/**
 * 该平台 speaking points back as 该公司 does (antecedents.ts BARE_SPEAKER): the platform named
 * before speaks, as the party running it; a bare 平台 with no demonstrative names no one. Fictional
 * sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import { BARE_SPEAKER } from '../../lib/claims/antecedents';

describe('该平台 speaking', () => {
  it('is the company named before, which acts in what it says', () => {
    const [, said] = claimsOf('极光数据本周起取消了小额包裹的运费补贴。该平台还称，正在积极招募本土商家入驻。');
    expect(said?.text).toContain('招募本土商家');
    expect(said?.attribution).toMatchObject({ kind: 'organization', entityId: 'hooli' });
    expect(roles(said)).toEqual({ hooli: 'agent' });
  });

  it('is read as a bare speaker only after a demonstrative', () => {
    expect(BARE_SPEAKER.test('该平台还')).toBe(true);
    expect(BARE_SPEAKER.test('此平台')).toBe(true);
    expect(BARE_SPEAKER.test('平台')).toBe(false);
    expect(BARE_SPEAKER.test('电商平台')).toBe(false);
  });
});
