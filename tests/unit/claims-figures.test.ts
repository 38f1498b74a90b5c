import { describe, expect, it } from 'vitest';
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
