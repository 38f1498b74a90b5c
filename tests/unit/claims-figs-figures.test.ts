import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/claims/quantities';
import { claimsOf } from './claims-fixture';

// Sentences written for these tests, with the fixture's fictional names (星辰科技, 云海集团, 蓝鲸智能).
const figuresOf = (paragraph: string) =>
  claimsOf(paragraph).map((c) => c.figures.map((f) => [f.text, f.min, f.max, f.unit]));
const found = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

describe('a range after a verb of reaching or a currency named first', () => {
  it('reads 达到60亿至80亿元 as the range, the verb with it, not 60亿 alone', () => {
    expect(figuresOf('分析师预估，星辰科技的新游戏首年流水可望达到50亿至70亿元人民币。')).toEqual([
      [['达到50亿至70亿元人民币', 5e9, 7e9, 'CNY']],
    ]);
    expect(found('云海集团的订单金额高达3亿至4亿美元。')).toEqual([['高达3亿至4亿美元', 3e8, 4e8, 'USD']]);
  });

  it('reads the currency before the first number as the range’s (新台币15亿至17亿元)', () => {
    expect(figuresOf('星辰科技首周营收约为2亿至3亿元人民币（约新台币9亿至13亿元）。')).toEqual([
      [
        ['约为2亿至3亿元人民币', 2e8, 3e8, 'CNY'],
        ['约新台币9亿至13亿元', 9e8, 1.3e9, 'TWD'],
      ],
    ]);
    expect(found('蓝鲸智能的估值约港币40亿至50亿元。')).toEqual([['约港币40亿至50亿元', 4e9, 5e9, 'HKD']]);
  });

  it('still leaves a rise and a total apart, and a verb ending in 达 out of the range', () => {
    expect(found('星辰科技营收增长1.5%至320亿元。')).toEqual([
      ['1.5%', 1.5, 1.5, 'percent'],
      ['320亿元', 3.2e10, 3.2e10, 'CNY'],
    ]);
    expect(found('云海集团表达3至5年内盈利的信心。').map((f) => f[0])).toEqual(['3至5年']);
  });
});

describe('a value above or below a level (上方, 下方)', () => {
  it('reads 在X上方 as a floor and 跌至X下方 as a ceiling, for sums', () => {
    expect(figuresOf('星辰科技的市值目前仍在1.8万亿美元上方。')).toEqual([[['1.8万亿美元上方', 1.8e12, null, 'USD']]]);
    expect(figuresOf('云海集团股价盘中一度跌至20港元下方。')).toEqual([[['20港元下方', 0, 20, 'HKD']]]);
  });
});

describe('counts: 两款, and orders counted with 单', () => {
  it('counts 两款 (two products or models), not 一款 or 两家公司', () => {
    expect(figuresOf('星辰科技宣布，旗下两款轻量模型即日起免费开放。')).toEqual([[['两款', 2, 2, 'models']]]);
    expect(found('云海集团计划推出两款新车。')).toEqual([['两款', 2, 2, 'count']]);
    expect(found('云海集团推出一款新车。')).toEqual([]);
    expect(found('星辰科技发布Nova和Orion两款模型。')).toEqual([['两款', 2, 2, 'models']]);
    expect(found('若两款新品销量不及预期，星辰科技将下调目标。')).toEqual([]);
    expect(found('两款应用的日活用户均有增长。')).toEqual([]);
    expect(found('两家公司均未回应。')).toEqual([]);
  });

  it('counts orders written with 单 after a number in digits or with a magnitude', () => {
    expect(figuresOf('星辰科技第三季度日均订单量约230万单，同比增长40%。')).toEqual([
      [
        ['约230万单', 2.3e6, 2.3e6, 'count'],
        ['40%', 40, 40, 'percent'],
      ],
    ]);
    expect(found('云海集团的外卖业务日均订单突破3,000万单。')).toEqual([['突破3,000万单', 3e7, null, 'count']]);
  });

  it('leaves 单 that begins another word (单月, 单价, 单位) and 三单 in words alone', () => {
    expect(found('星辰科技2023年单月销量创新高。')).toEqual([]);
    expect(found('星辰科技卖出了三单。')).toEqual([]);
    expect(found('每100单位产品成本下降。').map((f) => f[0])).toEqual([]);
  });
});

describe('time elapsed after 已过去 / 仅过去', () => {
  it('reads 已过去一年多 as a span of time, a floor, not as a date', () => {
    expect(figuresOf('这距离监管部门对云海集团立案调查已过去一年多。')).toEqual([[['一年多', 1, null, 'years']]]);
    expect(found('这距离星辰科技上一轮融资仅过去约8个月。')).toEqual([['约8个月', 8, 8, 'months']]);
  });

  it('keeps 过去一年 a span back from the article, with no figure', () => {
    expect(found('过去一年，云海集团营收增长30%。')).toEqual([['30%', 30, 30, 'percent']]);
  });
});
