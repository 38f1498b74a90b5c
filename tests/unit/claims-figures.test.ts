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
