import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/claims/quantities';
import { claimsOf } from './claims-fixture';

// Sentences written for these tests, with the fixture's fictional names (星辰科技, 蓝鲸智能, Nova):
// which figures a claim carries, and so highlights.
const figuresOf = (paragraph: string) =>
  claimsOf(paragraph).map((c) => [c.text, c.figures.map((f) => [f.text, f.min, f.max, f.unit])]);

describe('a length of time fronting the sentence', () => {
  it('keeps a bounded span (不到半年，) with the claim it times', () => {
    expect(figuresOf('不到半年，星辰科技已先后发布四款大模型。')).toEqual([
      [
        '不到半年，星辰科技已先后发布四款大模型。',
        [
          ['不到半年', 0, 6, 'months'],
          ['四款', 4, 4, 'models'],
        ],
      ],
    ]);
  });

  it('keeps a span after a verb of lasting (历时近21个月，) and the amounts after it', () => {
    expect(figuresOf('历时近21个月，星辰科技以687亿美元收购蓝鲸智能的交易终于完成。')).toEqual([
      [
        '历时近21个月，星辰科技以687亿美元收购蓝鲸智能的交易终于完成。',
        [
          ['近21个月', 21, 21, 'months'],
          ['687亿美元', 6.87e10, 6.87e10, 'USD'],
        ],
      ],
    ]);
  });

  it('does not take a clause with its own subject or more to say for a time (星辰科技成立不到三年，)', () => {
    expect(figuresOf('星辰科技成立不到三年，估值已超过20亿美元。')).toEqual([
      [
        '星辰科技成立不到三年，估值已超过20亿美元。',
        [
          ['不到三年', 0, 3, 'years'],
          ['超过20亿美元', 2e9, null, 'USD'],
        ],
      ],
    ]);
  });
});

// Session 11: a checklist of how Chinese news writes figures (both scripts; mainland, Taiwan,
// Hong Kong), each construction in sentences written for these tests.
const figs = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

describe('magnitudes written in parts', () => {
  it('reads a digit before 千亿 / 百亿 and 千 / 百 after digits (3千亿元, 5百亿元, 3千人)', () => {
    expect(figuresOf('星辰科技去年营收达3千亿元，研发投入5百亿元。')).toEqual([
      ['星辰科技去年营收达3千亿元', [['达3千亿元', 3e11, 3e11, 'CNY']]],
      ['星辰科技…研发投入5百亿元。', [['5百亿元', 5e10, 5e10, 'CNY']]],
    ]);
    // (…but not the start of a measure: 2千米 is two kilometres.)
    expect(figs('线路长2千米')).toEqual([['2千米', 2, 2, 'km']]);
  });

  it('reads a number going on after 万 or 亿 (一万两千人, 3亿5千万元, 1万2千余人)', () => {
    expect(figuresOf('蓝鲸智能员工总数约一万两千人，融资3亿5千万元。')).toEqual([
      [
        '蓝鲸智能员工总数约一万两千人，融资3亿5千万元。',
        [
          ['约一万两千人', 12000, 12000, 'count'],
          ['3亿5千万元', 3.5e8, 3.5e8, 'CNY'],
        ],
      ],
    ]);
    expect(figs('员工1万2千余人')).toEqual([['1万2千余人', 12000, null, 'count']]);
  });

  it('reads the banking forms 仟 and 佰 as 千 and 百 (新台幣5仟萬元)', () => {
    expect(figuresOf('云海集团募資新台幣5仟萬元。')).toEqual([
      ['云海集团募資新台幣5仟萬元。', [['新台幣5仟萬元', 5e7, 5e7, 'TWD']]],
    ]);
  });
});

describe('currencies as Taiwan, Hong Kong and financial news write them', () => {
  it('reads ISO codes and RMB after or before the amount (5亿RMB, USD 30亿)', () => {
    // (The valuation after the round is a claim of its own: lib/claims/chain-cuts.ts valuationAnew.)
    expect(figuresOf('星辰科技融资5亿RMB，估值达USD 30亿。')).toEqual([
      ['星辰科技融资5亿RMB', [['5亿RMB', 5e8, 5e8, 'CNY']]],
      ['星辰科技…估值达USD 30亿。', [['达USD 30亿', 3e9, 3e9, 'USD']]],
    ]);
  });

  it('reads 韓圜 as won and a currency named after 元 (1.2萬億元新台幣)', () => {
    expect(figuresOf('蓝鲸智能在韩国投资3兆韓圜，营收1.2萬億元新台幣。')).toEqual([
      [
        '蓝鲸智能在韩国投资3兆韓圜，营收1.2萬億元新台幣。',
        [
          ['3兆韓圜', 3e12, 3e12, 'KRW'],
          ['1.2萬億元新台幣', 1.2e12, 1.2e12, 'TWD'],
        ],
      ],
    ]);
  });
});

describe('parts of a tenth and halves of a span', () => {
  it('reads a digit or 半 after 成 as part of the share (三成五 35%, 两成半 25%)', () => {
    // (A share, then another measure with its own figure: two claims, claims-cuts-s11.test.ts.)
    expect(figuresOf('星辰科技市占率近三成五，研发投入增加两成半。')).toEqual([
      ['星辰科技市占率近三成五', [['近三成五', 35, 35, 'percent']]],
      ['星辰科技…研发投入增加两成半。', [['两成半', 25, 25, 'percent']]],
    ]);
    // (三成 before a number of its own keeps its own: 三成五十岁以上 is 30% aged fifty and up.)
    expect(figs('有三成五十岁以上员工')[0]).toEqual(['三成', 30, 30, 'percent']);
  });

  it('reads 一年半 and 两个半月 as a span and a half', () => {
    expect(figuresOf('蓝鲸智能用了一年半时间完成研发，计划在两个半月内交付。')).toEqual([
      ['蓝鲸智能用了一年半时间完成研发', [['一年半', 1.5, 1.5, 'years']]],
      // (A span closed by 内 is a ceiling: at most two and a half months.)
      ['蓝鲸智能…计划在两个半月内交付。', [['两个半月', 0, 2.5, 'months']]],
    ]);
  });
});

describe('bounds', () => {
  it('takes no hedge or floor from a word ending in 约, 近 or 过 (签约, 最近, 再过; 折合约 keeps 约)', () => {
    expect(figuresOf('星辰科技签约十余家企业，最近3年营收翻番。')[0]![1]).toEqual([
      ['十余家', 10, null, 'companies'],
      ['3年', 3, 3, 'years'],
      ['翻番', 2, 2, 'times'],
    ]);
    expect(figs('再过3年上市')).toEqual([['3年', 3, 3, 'years']]);
    expect(figs('折合约8.3亿港元')).toEqual([['约8.3亿港元', 8.3e8, 8.3e8, 'HKD']]);
  });

  it('reads 过 before an amount as a floor (销量过百万台, 用户过亿)', () => {
    expect(figuresOf('星辰科技销量过百万台，用户过亿。')).toEqual([
      [
        '星辰科技销量过百万台，用户过亿。',
        [
          ['过百万台', 1e6, null, 'count'],
          ['过亿', 1e8, null, 'users'],
        ],
      ],
    ]);
  });

  it('bounds an amount past any verb after the adverbs 至少 and 最多 (至少投入了, 最多裁员)', () => {
    expect(figuresOf('星辰科技至少投入了50亿元，最多裁员500人。')).toEqual([
      [
        '星辰科技至少投入了50亿元，最多裁员500人。',
        [
          ['50亿元', 5e9, null, 'CNY'],
          ['500人', 0, 500, 'count'],
        ],
      ],
    ]);
    // (最高 also makes a noun superlative: 最高时速200公里 is the speed.)
    expect(figs('最高时速200公里')).toEqual([['200公里', 200, 200, 'km']]);
  });

  it('reads a ceiling named as a noun (上限为50亿元, 以…的10%为上限)', () => {
    expect(figuresOf('星辰科技的投资上限为50亿元。')[0]![1]).toEqual([['50亿元', 0, 5e9, 'CNY']]);
    expect(figuresOf('星辰科技的罚款以全球营收的10%为上限。')[0]![1]).toEqual([['10%', 0, 10, 'percent']]);
  });
});

describe('ratios and counts', () => {
  it('reads 两位数 after 年增 as a percentage', () => {
    expect(figuresOf('星辰科技營收年增两位数。')[0]![1]).toEqual([['两位数', 10, 99, 'percent']]);
  });

  it('counts by the measure words of papers, phones and occasions (200篇, 1亿支, 100次), not 支付 or 三次', () => {
    expect(figuresOf('星辰科技发表了200篇论文，售出1亿支手机。')[0]![1]).toEqual([
      ['200篇', 200, 200, 'count'],
      ['1亿支', 1e8, 1e8, 'count'],
    ]);
    expect(figuresOf('星辰科技的模型被调用100次，三次调整价格。')[0]![1]).toEqual([['100次', 100, 100, 'count']]);
    expect(figs('有5亿支付宝用户')).toEqual([['5亿', 5e8, 5e8, 'users']]);
  });

  it('reads 三度 before a verb as three times, not a temperature', () => {
    expect(figuresOf('此前，星辰科技曾三度被监管部门罚款，合计逾80亿元。')[0]![1]).toEqual([
      ['三度', 3, 3, 'times'],
      ['逾80亿元', 8e9, null, 'CNY'],
    ]);
    expect(figs('当地气温降至零下三度，工厂停工')).toEqual([]);
  });
});

describe('which figures belong to the claim', () => {
  it('keeps the figures after a colon with the report that announced them (公布财报：营收…)', () => {
    expect(figuresOf('8月26日，星辰科技公布了第二季度财报：营收970.6亿元，同比增长86%。')).toEqual([
      [
        '8月26日，星辰科技公布了第二季度财报：营收970.6亿元，同比增长86%。',
        [
          ['970.6亿元', 9.706e10, 9.706e10, 'CNY'],
          ['86%', 86, 86, 'percent'],
        ],
      ],
    ]);
  });

  it('keeps a metric of each of the parties before (估值均已超过, 营收分别为) with them', () => {
    expect(figuresOf('同一时间，星辰科技、蓝鲸智能、极光数据等公司亦相继完成大额融资，估值均已超过20亿美元。')).toEqual(
      [
        [
          '同一时间，星辰科技、蓝鲸智能、极光数据等公司亦相继完成大额融资，估值均已超过20亿美元。',
          [['超过20亿美元', 2e9, null, 'USD']],
        ],
      ],
    );
    // (One party's metric after its round is a claim of its own, as before.)
    expect(figuresOf('星辰科技完成新一轮融资，估值超过20亿美元。')).toEqual([
      ['星辰科技完成新一轮融资', []],
      ['星辰科技…估值超过20亿美元。', [['超过20亿美元', 2e9, null, 'USD']]],
    ]);
  });

  it('cuts a comparison with the expected figure off the figures it compares (低于市场预期的约1000亿元)', () => {
    expect(figuresOf('星辰科技营收970.6亿元，同比增长86%，低于市场普遍预期的约1000亿元。')).toEqual([
      [
        '星辰科技营收970.6亿元，同比增长86%',
        [
          ['970.6亿元', 9.706e10, 9.706e10, 'CNY'],
          ['86%', 86, 86, 'percent'],
        ],
      ],
      ['星辰科技…低于市场普遍预期的约1000亿元。', [['约1000亿元', 1e11, 1e11, 'CNY']]],
    ]);
    // (Without a figure of its own the judgement stays with the figures it judges.)
    expect(figuresOf('星辰科技净利润约为62亿元，同比增长20.1%，高于市场此前的预期。').length).toBe(1);
  });
});

describe('bounds and hedges written after the amount are the figure’s words', () => {
  it('shows 以上, 以下 and 前后 with the amount they bound', () => {
    expect(figs('营收达100亿元以上')).toEqual([['达100亿元以上', 1e10, null, 'CNY']]);
    expect(figs('利润九成以上来自海外')).toEqual([['九成以上', 90, null, 'percent']]);
    expect(figs('营收在100亿元前后')).toEqual([['100亿元前后', 1e10, 1e10, 'CNY']]);
  });
});

describe('percentages in words and sums at a level', () => {
  it('bounds 百分之 by the words before and after it (超过百分之五十, 不到百分之十, 百分之五十以上)', () => {
    expect(figuresOf('星辰科技市占率超过百分之五十。')[0]![1]).toEqual([['超过百分之五十', 50, null, 'percent']]);
    expect(figs('市占率不到百分之十')).toEqual([['不到百分之十', 0, 10, 'percent']]);
    expect(figs('市占率百分之五十以上')).toEqual([['百分之五十', 50, null, 'percent']]);
  });

  it('reads a sum at a level in its currency as a floor (亿元级融资, 千万美元级)', () => {
    expect(figuresOf('星辰科技获得亿元级融资。')[0]![1]).toEqual([['亿元级', 1e8, null, 'CNY']]);
    expect(figs('获得千万美元级融资')).toEqual([['千万美元级', 1e7, null, 'USD']]);
  });
});

describe('Taiwan prices and doubling', () => {
  it('reads the thousands after 萬 in digits (新台幣2萬9,900元起, 1万2000人)', () => {
    expect(figuresOf('星辰科技的新機售價為新台幣2萬9,900元起。')[0]![1]).toEqual([
      ['新台幣2萬9,900元', 29900, null, 'TWD'],
    ]);
    expect(figs('员工1万2000人')).toEqual([['1万2000人', 12000, 12000, 'count']]);
    // (A year after 万 is a date of its own.)
    expect(figs('用户达5万2024年将翻番')[0]).toEqual(['达5万', 5e4, 5e4, 'users']);
  });

  it('reads 倍增 as doubling, unless a multiple comes before it (3倍增长)', () => {
    expect(figuresOf('星辰科技的AI伺服器出貨量將倍增。')[0]![1]).toEqual([['倍增', 2, 2, 'times']]);
    expect(figs('营收3倍增长')).toEqual([['3倍', 3, 3, 'times']]);
  });
});

describe('a threshold asked about', () => {
  it('reads no bound in a question (能否突破6,000萬支, 是否超过10%)', () => {
    expect(figuresOf('分析師認為，星辰科技今年能否突破6,000萬支仍有變數。')[0]![1]).toEqual([
      ['突破6,000萬支', 6e7, 6e7, 'count'],
    ]);
    expect(figs('是否超过10%尚不清楚')).toEqual([['超过10%', 10, 10, 'percent']]);
    expect(figs('销量突破6000万台')).toEqual([['突破6000万台', 6e7, null, 'count']]);
  });
});
