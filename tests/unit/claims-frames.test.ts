/**
 * Frames that change what a sentence claims, on sentences written for these tests (not corpus
 * sentences): section headings, metaphors, ranges (从X到Y), contrast (不是X而是Y), verbs of
 * evidence (体现出, 表明), negated copulas, bare organization nouns as speakers, pronouns for a
 * person the sentence describes, and a leader joined by 同 before a list.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('what is not a claim, or not a fact', () => {
  it('takes no claim from a section heading (short, no closing punctuation)', () => {
    expect(claimsOf('星辰科技入局，云海集团观望')).toEqual([]);
    expect(claimsOf('星辰科技高调入局，云海集团“按兵不动”')).toEqual([]);
    expect(claimsOf('“星辰科技已经入局。”')).not.toEqual([]);
  });

  it('reads a metaphor as an opinion', () => {
    const [claim] = claimsOf('Nova的开源，好比是给整个行业送来了一台发动机。');
    expect(claim?.modality).toBe('opinion');
  });
});

describe('who acts in a frame', () => {
  it('reads a verb of saying between 的 and a noun as part of that noun, not a source (X的回应时间)', () => {
    const [claim] = claimsOf('Nova的平均回应时间为3秒。');
    expect(roles(claim)).toEqual({ nova: 'agent' });
    expect(claim?.attribution.kind).toBe('article');
    const [compared] = claimsOf('星辰科技的回应速度比云海集团快一倍。');
    expect(roles(compared)).toEqual({ acme: 'agent', globex: 'object' });
  });

  it('only mentions both ends of a 从X到Y range', () => {
    const [claim] = claimsOf('星辰科技从Nova到Orion的连续发布，让对手压力倍增。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', nova: 'mentioned', orion: 'mentioned' });
  });

  it('only mentions what a contrast frame denies (并不是X，而是Y)', () => {
    const [claim] = claimsOf('蓝鲸智能的目标并不是追赶Nova，而是追赶Orion。');
    expect(roles(claim)).toMatchObject({ nova: 'mentioned', orion: 'object' });
  });

  it('makes the subject after a verb of evidence the agent, not the names in the evidence', () => {
    const [claim] = claimsOf('此前Nova的快速迭代，也说明星辰科技正在全面押注开源路线。');
    expect(roles(claim)).toMatchObject({ acme: 'agent', nova: 'mentioned' });
  });

  it('keeps a claim whose only predicate is a negated copula', () => {
    const claims = claimsOf('严格来说，云海集团也不是大模型技术的发明者。');
    expect(roles(claims[0])).toMatchObject({ globex: 'agent' });
  });

  it('makes the leader of "A同B、C、D等…联合" the agent and the rest listed', () => {
    const [claim] = claimsOf('去年12月，云海集团同星辰科技、蓝鲸智能、极光数据等12家企业联合发布《未来报告》。');
    expect(roles(claim)).toMatchObject({ globex: 'agent', acme: 'listed', initech: 'listed', hooli: 'listed' });
  });

  it('lists all the peers of "A与B、C、D共同…": 与 joins them, it names no lead', () => {
    const [claim] = claimsOf('同月，云海集团与星辰科技、蓝鲸智能、极光数据共同成立了开放模型论坛。');
    expect(roles(claim)).toMatchObject({ globex: 'listed', acme: 'listed', initech: 'listed', hooli: 'listed' });
  });
});

describe('speakers and persons without names', () => {
  it('reads a bare 团队 speaking as the organization named just before', () => {
    const claims = claimsOf('蓝鲸智能就是一个典型的例子，团队在接受采访时表示：“我们第一年就实现了盈利。”');
    const claim = claims.find((c) => c.text.includes('盈利'));
    expect(claim?.attribution).toMatchObject({ kind: 'organization', entityId: 'initech' });
    expect(roles(claim).initech).toBe('agent');
  });

  it('keeps a claim whose 他 is a person the sentence describes, with no named agent', () => {
    const [claim] = claimsOf('一位国内芯片企业高管曾透露，2021年他试图收购一家星辰科技的供应商。');
    expect(claim).toBeDefined();
    expect(Object.values(roles(claim))).not.toContain('agent');
  });

  it('still drops a pronoun with no antecedent at all', () => {
    expect(claimsOf('2021年他试图收购一家星辰科技的供应商。').filter((c) => c.text.startsWith('2021'))).toEqual([]);
  });
});

describe('passives, comparisons and short predicates', () => {
  it('makes the name after 被 the agent and the subject the object', () => {
    const [claim] = claimsOf('极光数据去年被云海集团以12亿元收购。');
    expect(roles(claim)).toMatchObject({ globex: 'agent', hooli: 'object' });
    // An acquisition is an event (tests/claims-eval/README.md), not a funding round.
    expect(claim?.kind).toBe('event');
  });

  it('reads 遭到X的否认 as a denial by X', () => {
    const claims = claimsOf('有消息称星辰科技将裁员。不过，这一说法随即遭到星辰科技的否认。');
    const denial = claims.find((c) => c.text.includes('否认'));
    expect(denial?.kind).toBe('denial');
    expect(roles(denial).acme).toBe('agent');
  });

  it('makes the investor in 获得了X的投资 the agent and the subject the investee', () => {
    const [claim] = claimsOf('蓝鲸智能今年获得了远山资本的投资，估值翻了一番。');
    expect(roles(claim)).toMatchObject({ umbrella: 'agent', initech: 'object' });
    expect(claim?.kind).toBe('funding');
  });

  it('reads 比X + adjective as a comparison with X', () => {
    const [claim] = claimsOf('Orion的推理速度比Nova快不少。');
    expect(claim?.kind).toBe('comparison');
    expect(roles(claim).nova).toBe('object');
  });

  it('keeps a predicate that is only a cue verb (X和Y跟投)', () => {
    const claims = claimsOf('远山资本领投了蓝鲸智能的新一轮融资，星辰科技和云海集团跟投。');
    const follow = claims.find((c) => c.text.includes('跟投'));
    expect(roles(follow)).toMatchObject({ acme: 'agent', globex: 'agent' });
    expect(follow?.kind).toBe('funding');
  });

  it('keeps 它 the subject when the name after it follows a preposition (它还与X合作)', () => {
    const claims = claimsOf('蓝鲸智能上个月发布了Orion。它还与云海集团达成战略合作。');
    const claim = claims.find((c) => c.text.includes('战略合作'));
    expect(roles(claim)).toMatchObject({ initech: 'agent', globex: 'object' });
  });

  it('lets a judgement word in a leading clause (显然，) make the claim an opinion', () => {
    const [claim] = claimsOf('显然，云海集团还没有准备好迎接这场价格战。');
    expect(claim?.modality).toBe('opinion');
  });
});

describe('ratios and rumours', () => {
  it('reads "是X的两倍" as a comparison with X', () => {
    const [claim] = claimsOf('Orion的参数量是Nova的两倍。');
    expect(claim?.kind).toBe('comparison');
    expect(roles(claim)).toMatchObject({ orion: 'agent', nova: 'object' });
  });

  it('reads 外界猜测 as an unnamed source, and the claim as reported', () => {
    const [claim] = claimsOf('外界猜测，云海集团可能会在年内发布Orion 2。');
    expect(claim?.attribution.kind).toBe('unnamed');
    expect(claim?.modality).toBe('reported');
  });
});

describe('short predicates', () => {
  it('keeps a four-character predicate with its own verb (据悉，X正在裁员)', () => {
    const [claim] = claimsOf('据悉，云海集团正在裁员。');
    expect(roles(claim).globex).toBe('agent');
    expect(claim?.modality).toBe('reported');
  });

  it('drops a short predicate that points back (X也不例外, X都是如此)', () => {
    expect(claimsOf('蓝鲸智能也不例外。')).toEqual([]);
    expect(claimsOf('星辰科技、云海集团、蓝鲸智能都是如此。')).toEqual([]);
  });
});
