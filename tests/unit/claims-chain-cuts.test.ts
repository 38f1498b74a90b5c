/**
 * Cuts in a chain of clauses about one subject left unsaid after the first (lib/claims/chain-cuts.ts):
 * a market value or turnover stated as a level after a share's price, a move over a period of its
 * own, what stood by a date (截至…已…), and an act at a time of its own (同年…推出…, 此前在Y任职…).
 * Fictional sentences only (see claims-fixture.ts).
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, roles } from './claims-fixture';

describe('a market level after a share price is a claim of its own', () => {
  it('cuts the market value and the turnover after the close, carrying the subject', () => {
    const claims = claimsOf('星辰科技股价周五收涨3.1%，报52.4港元，市值约2100亿港元，成交额逾15亿港元。');
    expect(claims.map((c) => c.text)).toEqual([
      '星辰科技股价周五收涨3.1%，报52.4港元',
      '星辰科技…市值约2100亿港元',
      '星辰科技…成交额逾15亿港元。',
    ]);
    for (const c of claims) expect(roles(c).acme).toBe('agent');
  });

  it('reads Traditional wording (收市, 報, 市值約) the same way', () => {
    const claims = claimsOf('蓝鲸智能今日收市跌1.2%，報33.6港元，市值約900億港元。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('市值約900億港元');
  });

  it('keeps a change of the market value with the move of the price that made it', () => {
    expect(claimsOf('蓝鲸智能股价大跌10%，市值蒸发约200亿元。')).toHaveLength(1);
  });
});

describe('a move over a period of its own is a claim of its own', () => {
  it('cuts a change since a time after the close (今年以来累计…)', () => {
    const claims = claimsOf('星辰科技股价周五收涨2.6%，报170.1港元，今年以来累计上涨逾五成。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toBe('星辰科技…今年以来累计上涨逾五成。');
  });

  it('cuts a move of the next day (次日再跌…), in Traditional too', () => {
    const claims = claimsOf('蓝鲸智能股價當日下跌4.7%，次日再跌近3%。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toContain('次日再跌近3%');
    expect(roles(claims[1]).initech).toBe('agent');
  });

  it('keeps a cumulative size of the move (累计跌幅) with the move it sums', () => {
    expect(claimsOf('消息传出后，蓝鲸智能股价连续两天重挫，累计跌幅约6%。')).toHaveLength(1);
  });

  it('cuts a cumulative change after a quarter, but keeps a bare change with its figure', () => {
    expect(claimsOf('星辰科技第三季度营收52亿元，同比增长18%，前三季度累计增长12%。')).toHaveLength(2);
    expect(claimsOf('星辰科技第三季度营收52亿元，同比增长18%。')).toHaveLength(1);
  });
});

describe('what stood by a date after an act is a claim of its own', () => {
  it('cuts 截至…已… after a plan or an order', () => {
    const plan = claimsOf('星辰科技去年宣布5亿美元的股份回购计划，截至6月底已动用约3亿美元。');
    expect(plan).toHaveLength(2);
    expect(plan[1]!.text).toBe('星辰科技…截至6月底已动用约3亿美元。');
    const order = claimsOf('蓝鲸智能向星辰科技订购2000颗AI芯片，截至10月已交付超过六成。');
    expect(order).toHaveLength(2);
    expect(roles(order[1]).initech).toBe('agent');
  });

  it('keeps a date the clause only ends on with its figure', () => {
    expect(claimsOf('星辰科技的用户数达1亿，截至6月底。')).toHaveLength(1);
  });
});

describe('an act at a time of its own is a claim of its own', () => {
  it('cuts an act dated relative to the one before (同年, 隔年) or by a calendar date', () => {
    const claims = claimsOf('星辰科技成立于2019年3月，同年11月推出首款大模型Nova。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toBe('星辰科技…同年11月推出首款大模型Nova。');
    expect(roles(claims[1]).acme).toBe('agent');
    const tw = claimsOf('蓝鲸智能成立於2020年，2022年推出首款晶片，隔年即實現盈利。');
    expect(tw).toHaveLength(3);
    expect(tw[2]!.text).toContain('隔年即實現盈利');
  });

  it('cuts a past post (此前在Y任职…) after joining, with what goes on with it', () => {
    const claims = claimsOf('李思源于2021年加入星辰科技，此前在云海集团任职近十年，负责对外传播。');
    expect(claims).toHaveLength(2);
    expect(claims[1]!.text).toBe('李思源…此前在云海集团任职近十年，负责对外传播。');
    expect(roles(claims[1]).li).toBe('agent');
  });

  it('keeps a state since a time (2021年起…) with the one before', () => {
    expect(claimsOf('星辰科技的手机出货量一路下滑，2021年起甚至被挤出全球前五。')).toHaveLength(1);
  });

  it('keeps a figure for another period with the figure it is compared with', () => {
    expect(claimsOf('星辰科技去年营收52亿元，2022年为44亿元。')).toHaveLength(1);
    expect(claimsOf('星辰科技第三季度营收52亿元，去年同期为44亿元。')).toHaveLength(1);
  });
});
