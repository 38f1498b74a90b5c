/**
 * What a definite phrase (该公司, 这家公司) goes back to when the sentence before had two subjects:
 * a singular phrase never stands for one of a coordinated pair (A与B…), so it goes on with the
 * singular topic before them. Sentences written for these tests, with the fictional names of
 * claims-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import type { ParagraphCarry } from '../../lib/claims/extract';

describe('a singular definite phrase after a coordinated subject', () => {
  it('goes back past A与B to the company the paragraph was about', () => {
    const claims = claimsOf(
      '极光数据完成新一轮融资。星辰科技与云海集团合计出资约占本轮三成。这是该公司成立以来的第四轮融资。',
    );
    expect(claims).toHaveLength(3);
    expect(roles(claims[2])).toEqual({ hooli: 'agent' });
  });

  it('carries the singular topic, not one of the pair, into the next paragraph', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('极光数据未披露各方的出资比例。星辰科技与云海集团合计出资约占本轮三成，知情人士称。', '2024-03-15', carry);
    expect(carry.topic?.id).toBe('hooli');
    const [next] = claimsOf('这是该公司成立一年多以来的第四轮融资。', '2024-03-15', carry);
    expect(roles(next)).toEqual({ hooli: 'agent' });
  });

  it('still takes a single subject as the topic, and a pair with no singular topic before carries nothing', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('星辰科技与云海集团合计出资约占本轮三成。', '2024-03-15', carry);
    expect(carry.topic).toBeNull();
    const single: ParagraphCarry = { topic: null };
    claimsOf('星辰科技昨日完成新一轮融资，由远山资本领投。', '2024-03-15', single);
    expect(single.topic?.id).toBe('acme');
  });
});

describe('其 owning the predicate noun after a copula', () => {
  it('makes the owner the agent when no name acts: a business line is its revenue source', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('星辰科技前三季度营收406.8亿元。', '2024-03-15', carry);
    const claims = claimsOf('直播打赏仍是其最大的收入来源。搜索广告仍是其核心收入来源。', '2024-03-15', carry);
    expect(claims.map(roles)).toEqual([{ acme: 'agent' }, { acme: 'agent' }]);
    expect(claims[0]!.text).toBe('星辰科技…直播打赏仍是其最大的收入来源。');
  });

  it('leaves a proposition whose subject is a name to that name', () => {
    const claims = claimsOf('星辰科技前三季度营收406.8亿元。云海集团仍是其最大的客户。');
    // (其 owns the tie noun after the copula: the company before is the counterpart, claims-roles-s9.)
    expect(roles(claims[1])).toEqual({ globex: 'agent', acme: 'object' });
  });
});

describe('owned metrics of a listing and a headcount', () => {
  it('gives the opening price and the headcount to the company the sentence before was about', () => {
    const claims = claimsOf('星辰科技昨日在港交所挂牌。开盘价报338港元，较115港元的发行价上涨193.9%。');
    expect(roles(claims[1])).toEqual({ acme: 'agent' });
    expect(roles(claimsOf('星辰科技去年完成重组。员工总数约170人。')[1])).toEqual({ acme: 'agent' });
  });
});

describe('a sentence with no subject going on about the agent before (话题链)', () => {
  it('gives a plan with its figure, after a nameless frame, to the agent of the sentence before', () => {
    const claims = claimsOf('星辰科技昨日公布第一季度业绩。按照规划，年底前还将再开设50家门店。');
    expect(claims.map((c) => c.text)).toEqual([
      '星辰科技昨日公布第一季度业绩。',
      '星辰科技…按照规划，年底前还将再开设50家门店。',
    ]);
    expect(roles(claims[1])).toEqual({ acme: 'agent' });
  });

  it('breaks at another name between, a sentence stating nothing, and a person jieba finds', () => {
    const between = claimsOf(
      '星辰科技昨日公布第一季度业绩。云海集团同日公布财报。按照规划，年底前还将再开设50家门店。',
    );
    expect(between.filter((c) => roles(c).acme)).toHaveLength(1);
    expect(claimsOf('星辰科技昨日公布第一季度业绩。这意味着什么？年底前还将再开设50家门店。')).toHaveLength(1);
    expect(claimsOf('星辰科技昨日公布第一季度业绩。周大勇表示，年底前还将再开设50家门店。')).toHaveLength(1);
  });
});

describe('a definite phrase for a company after a paragraph about a product', () => {
  it('stands for the product’s maker, and the claim reads as written', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('Lyra自推出以来累计下载量超过1.5亿次。', '2024-03-15', carry);
    const [claim] = claimsOf('一年多来，这家公司把Lyra接入了内部的众多业务。', '2024-03-15', carry);
    expect(roles(claim)).toEqual({ initech: 'agent', lyra: 'object' });
    expect(claim!.text).toBe('一年多来，这家公司把Lyra接入了内部的众多业务。');
  });

  it('still reads a phrase of the product’s own type as the product', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('Lyra自推出以来累计下载量超过1.5亿次。', '2024-03-15', carry);
    const [claim] = claimsOf('一年多来，这款模型被接入了众多业务。', '2024-03-15', carry);
    expect(roles(claim)).toEqual({ lyra: 'object' });
  });
});
