import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims-fixture';

// Sentences written for these tests, with the fixture's fictional names (星辰科技, 云海集团).
const datesOf = (paragraph: string, at: string) =>
  claimsOf(paragraph, at).map((c) => [c.text, c.dates.map((d) => [d.text, d.iso])]);

describe('the dates a claim keeps', () => {
  it('keeps a fronted cutoff (截至…收盘) beside a span of its own (今年以来)', () => {
    expect(datesOf('截至8月26日收盘，星辰科技今年以来的累计跌幅已超过30%。', '2024-08-27')).toEqual([
      [
        '星辰科技今年以来的累计跌幅已超过30%。',
        [
          ['8月26日', '2024-08-26'],
          ['今年', '2024'],
        ],
      ],
    ]);
  });

  it('adds no cutoff the sentence does not state', () => {
    expect(datesOf('星辰科技今年以来的累计跌幅已超过30%。', '2024-08-27')).toEqual([
      ['星辰科技今年以来的累计跌幅已超过30%。', [['今年', '2024']]],
    ]);
  });

  it('reads a month after 計畫 (Taiwan wording) as one still to come', () => {
    const [claim] = claimsOf('據報導，星辰科技計畫在3月底前推出新版搜尋引擎。', '2024-08-27');
    expect(claim!.dates.map((d) => [d.text, d.iso])).toEqual([['3月底', '2025-03']]);
  });
});
