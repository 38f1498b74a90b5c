/**
 * A partner list with a name the gazetteer lacks (session 16, tags2): "X将与A及B合作" where jieba
 * tags 合作 a verbal noun once an unknown name (国科会/nt, 华为/nr) ends the list. The counterpart
 * preposition and its list of names still make the word the predicate, so the claim stays, with the
 * known partner as the counterpart. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a partner list with a name outside the gazetteer', () => {
  it('keeps the claim of "X将与A及B合作" with the known partner as the counterpart', () => {
    const planned = claimsOf('星辰科技将与云海集团及国科会合作。');
    expect(planned).toHaveLength(1);
    expect(roles(planned[0])).toEqual({ acme: 'agent', globex: 'object' });
    expect(planned[0]!.modality).toBe('forecast');
    const reversed = claimsOf('蓝鲸智能将与国科会及极光数据合作。');
    expect(reversed).toHaveLength(1);
    expect(roles(reversed[0])).toEqual({ initech: 'agent', hooli: 'object' });
  });

  it('keeps the claim when the list is joined by 、 and the subject has no adverb', () => {
    const done = claimsOf('星辰科技与云海集团、国科会合作。');
    expect(done).toHaveLength(1);
    expect(roles(done[0]).acme).toBe('agent');
    expect(roles(done[0]).globex).toBeDefined();
  });

  it('keeps the claim when the only partner is outside the gazetteer and the act follows', () => {
    const alone = claimsOf('星辰科技将与国科会合作建设数据中心。');
    expect(alone).toHaveLength(1);
    expect(roles(alone[0])).toEqual({ acme: 'agent' });
  });

  it('reads 合作 fused with the verb of a joint act (合作开发/l) as that verb', () => {
    const joint = claimsOf('蓝鲸智能与云海集团、极光数据合作开发推理芯片。');
    expect(joint).toHaveLength(1);
    expect(roles(joint[0]).initech).toBeDefined();
  });

  it('leaves a partnership that is a noun a noun ("X与Y的合作受阻": 受阻 is the predicate)', () => {
    const noun = claimsOf('蓝鲸智能与极光数据的合作受阻。');
    expect(noun).toHaveLength(1);
    expect(noun[0]!.kind).toBe('statement');
  });
});
