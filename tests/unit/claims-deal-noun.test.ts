/**
 * A deal noun (这笔交易, 该交易, 此次收购) standing for the deal the article reported before: its
 * parties are that deal's, the acquirer the agent and what it acquired the object. Sentences
 * written for these tests, with the fictional names of claims-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';
import type { ParagraphCarry } from '../../lib/claims/extract';

const DEAL = '星辰科技昨日宣布，将以12亿美元收购极光数据。';

describe('a deal noun after a deal', () => {
  it('gives the deal its parties later in the paragraph', () => {
    const claims = claimsOf(`${DEAL}分析师认为估值偏高。该交易已获董事会批准。`);
    const last = claims[claims.length - 1]!;
    expect(last.text).toContain('该交易已获董事会批准');
    expect(roles(last)).toEqual({ acme: 'agent', hooli: 'object' });
  });

  it('gives the deal its parties in the next paragraph, which names no one', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf(DEAL, '2024-03-15', carry);
    const [next] = claimsOf('这笔交易已获董事会批准。', '2024-03-15', carry);
    expect(roles(next)).toEqual({ acme: 'agent', hooli: 'object' });
  });

  it('weighs a property of the deal (这笔交易的价值) for the acquirer alone', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf(DEAL, '2024-03-15', carry);
    const [next] = claimsOf('这笔交易的价值在于数据团队。', '2024-03-15', carry);
    expect(roles(next)).toEqual({ acme: 'agent' });
  });

  it('stands for nothing where no deal was reported, and 交易所 is no deal', () => {
    const carry: ParagraphCarry = { topic: null };
    claimsOf('星辰科技昨日发布新款手机星辰X9。', '2024-03-15', carry);
    expect(claimsOf('这笔交易已获董事会批准。', '2024-03-15', carry).some((c) => 'hooli' in roles(c))).toBe(false);
    const after: ParagraphCarry = { topic: null };
    claimsOf(DEAL, '2024-03-15', after);
    expect(claimsOf('该交易所已获监管批准。', '2024-03-15', after).some((c) => 'hooli' in roles(c))).toBe(false);
  });
});
