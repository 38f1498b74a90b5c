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

describe('a plan dated by a time of its own is a forecast of its own', () => {
  it('cuts 计划于…年 + act after a launch, the subject carried', () => {
    const claims = claimsOf('星辰科技去年发布人形机器人Nova，计划于2026年量产。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toBe('星辰科技…计划于2026年量产。');
    expect(claims[1]!.kind).toBe('forecast');
    expect(roles(claims[1]).acme).toBe('agent');
  });

  it('cuts 预计 + time + act and 目标在…年前 + act', () => {
    expect(claimsOf('蓝鲸智能的第一座工厂采用4纳米制程，预计2025年上半年开始量产。')[1]?.text).toBe(
      '蓝鲸智能…预计2025年上半年开始量产。',
    );
    expect(claimsOf('星辰科技宣布兴建新工厂，目标在2030年前投产。')).toHaveLength(2);
  });

  it('keeps a plan without a time of its own, and a forecast figure, with the clause before', () => {
    expect(claimsOf('星辰科技重新启动招股，计划发行15亿股。')).toHaveLength(1);
    expect(claimsOf('星辰科技今年的资本开支预计将达到100亿元。')).toHaveLength(1);
  });
});
