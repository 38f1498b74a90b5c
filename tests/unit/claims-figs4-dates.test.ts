/**
 * 当天 after a date that names only a month, in the same sentence: the day is one of that month, and
 * the month is all the text tells. Fictional sentences only.
 */
import { describe, expect, it } from 'vitest';
import { carryDates, findDates } from '../../lib/claims/quantities';

const isoOf = (text: string, date: string, earlier = '', carried: ReturnType<typeof carryDates> = []) =>
  findDates(text, date, earlier, carried).map((d) => [d.text, d.iso]);

describe('当天 after a month', () => {
  it('resolves to the month named before it in its sentence', () => {
    expect(isoOf('张明远去年9月宣布离开星辰科技，当天两名副总裁也相继请辞。', '2025-07-15')).toEqual([
      ['去年9月', '2024-09'],
      ['当天', '2024-09'],
    ]);
  });

  it('does so over a day stated in an earlier paragraph', () => {
    const carried = carryDates('星辰科技7月15日宣布完成新一轮融资。', '2025-07-20');
    expect(isoOf('张明远今年3月离职，当日李华也宣布离开。', '2025-07-20', '', carried)).toEqual([
      ['今年3月', '2025-03'],
      ['当日', '2025-03'],
    ]);
  });
});

describe('what must not change', () => {
  it('a day stated before 当天 still gives the day', () => {
    expect(isoOf('星辰科技9月12日发布新机，当天股价上涨5%。', '2024-09-20')).toEqual([
      ['9月12日', '2024-09-12'],
      ['当天', '2024-09-12'],
    ]);
  });

  it('a month in an earlier sentence leaves 当天 to the last day', () => {
    expect(isoOf('星辰科技9月12日发布新机。该公司今年3月曾预告此事。当天股价上涨5%。', '2024-09-20')).toEqual([
      ['9月12日', '2024-09-12'],
      ['今年3月', '2024-03'],
      ['当天', '2024-09-12'],
    ]);
  });

  it('次日 after a month is not made the month', () => {
    const dates = isoOf('星辰科技9月12日发布新机，张明远今年3月曾预告，次日股价上涨5%。', '2024-09-20');
    expect(dates.find(([t]) => t === '次日')?.[1]).not.toBe('2024-03');
  });
});

describe('a day before 以', () => {
  it('is a date when 以 introduces an amount or a means', () => {
    expect(isoOf('星辰科技股價4日以215元開出後一路走低。', '2025-03-05')).toEqual([['4日', '2025-03-04']]);
    expect(isoOf('云海集团12日以视频方式召开发布会。', '2025-03-15')).toEqual([['12日', '2025-03-12']]);
  });

  it('is no date in a span of days (30日以内, 3日以上, 7日以来)', () => {
    expect(isoOf('用户可在30日以内申请退款。', '2025-03-15')).toEqual([]);
    expect(isoOf('服务中断持续3日以上。', '2025-03-15')).toEqual([]);
  });
});
