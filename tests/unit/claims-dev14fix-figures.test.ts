/**
 * Figures as Taiwanese reports write a trillion: 兆 with the 亿 after it in digits is one sum.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../lib/claims/quantities';

const sums = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

describe('a trillion with its 亿 after it (quantities.ts TAIL)', () => {
  it('reads 1兆2,345億元 and 2兆350亿元 as one sum each', () => {
    expect(sums('星辰科技全年營收達新台幣1兆2,345億元，年增15%。')).toEqual([
      ['達新台幣1兆2,345億元', 1234500000000, 1234500000000, 'TWD'],
      ['15%', 15, 15, 'percent'],
    ]);
    expect(sums('云海集团去年营收为2兆350亿元。')[0]?.slice(1, 3)).toEqual([2035000000000, 2035000000000]);
  });

  it('leaves a bare trillion and the mega- prefix as they were', () => {
    expect(sums('營收有望突破3兆元。')[0]?.slice(1, 3)).toEqual([3000000000000, null]);
    expect(sums('该电站装机容量为200兆瓦。').some((f) => f[1] === 200e12)).toBe(false);
  });
});

describe('a floor written after the amount: 出头, "a little over" (quantities.ts bounds)', () => {
  it('reads 8%出头 and 約為12%出頭 as open above, with the word in the figure', () => {
    expect(sums('分析师指出，云海集团的净利率仍仅8%出头。')).toEqual([['8%出头', 8, null, 'percent']]);
    expect(sums('去年的毛利率約為12%出頭，低於同業。')).toEqual([['約為12%出頭', 12, null, 'percent']]);
  });

  it('keeps an amount with no such word exact', () => {
    expect(sums('云海集团的净利率为8%，出头的机会不多。')).toEqual([['8%', 8, 8, 'percent']]);
  });
});
