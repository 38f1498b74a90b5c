/**
 * Two cuts in a chain of clauses about one subject left unsaid after the first (lib/claims/chain-cuts.ts):
 * a share's closing price after a move over another span (intraday, since a date), and a valuation
 * after a funding round. Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a close after an intraday move is a claim of its own', () => {
  it('cuts 收市报 after a move of the session (一度), carrying the subject', () => {
    const claims = claimsOf('星辰科技股价周三一度大跌9%，收市报41.2港元，跌5.3%。');
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).toBe('星辰科技股价周三一度大跌9%');
    expect(claims[1]!.text).toBe('星辰科技…收市报41.2港元，跌5.3%。');
    expect(roles(claims[1]).acme).toBe('agent');
    expect(claims[1]!.figures.map((f) => f.text)).toContain('41.2港元');
  });

  it('cuts the close after a run since a date (今年以来), in Traditional too', () => {
    const claims = claimsOf('蓝鲸智能股價今年以來累升逾四成，昨日收報88.5港元。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('收報88.5港元');
    expect(roles(claims[1]).initech).toBe('agent');
  });

  it('keeps the close with the session move it states as a level', () => {
    expect(claimsOf('星辰科技股价周五上涨3.5%，收在135.6美元。')).toHaveLength(1);
  });

  it('keeps a move at the close (收涨) and its bare 报 together, even after an intraday move', () => {
    expect(claimsOf('蓝鲸智能股价盘中一度急升8%，收涨6.2%，报20.3港元。')).toHaveLength(1);
  });
});

describe('a valuation after a funding round is a claim of its own', () => {
  it('cuts 投后估值 after the round, the company its agent', () => {
    const claims = claimsOf('星辰科技宣布完成12亿元的B轮融资，投后估值达到90亿元。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toBe('星辰科技…投后估值达到90亿元。');
    expect(roles(claims[1]).acme).toBe('agent');
    expect(claims[1]!.figures.map((f) => f.min)).toEqual([9e9]);
  });

  it('cuts a valuation of the time (当时估值) after an earlier round', () => {
    const claims = claimsOf('2023年5月，蓝鲸智能完成3亿美元融资，当时估值约20亿美元。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('当时估值约20亿美元');
  });

  it('keeps the valuation with a round told under hearsay', () => {
    expect(claimsOf('据媒体报道，远山资本领投了星辰科技约5亿美元的融资，投后估值超过30亿美元。')).toHaveLength(1);
  });

  it('keeps a valuation after a figure that is no round (a share price)', () => {
    expect(claimsOf('星辰科技股价周五收涨2.1%，报52.4港元，估值仍低于同业。')).toHaveLength(1);
  });
});
