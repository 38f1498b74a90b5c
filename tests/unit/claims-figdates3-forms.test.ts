import { describe, expect, it } from 'vitest';
import { findDates, findFigures } from '../../lib/claims/quantities';

// Sentences written for these tests, with fictional names (星辰科技, 云海集团, 蓝鲸智能).
const dates = (text: string, at: string) => findDates(text, at).map((d) => [d.text, d.iso]);
const figures = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

describe('a relative year or month glossed with its number in brackets, as Taiwan writes it', () => {
  it('reads 今（2025）年, 去(2024)年, 明（2026）年 as the words, the text kept as written', () => {
    expect(dates('星辰科技今（2025）年營收可望成長兩成', '2025-05-20')).toEqual([['今（2025）年', '2025']]);
    expect(dates('云海集团去(2024)年同期營收為80億元', '2025-05-20')).toEqual([['去(2024)年同期', '2024']]);
    expect(dates('蓝鲸智能明（2026）年第一季量產', '2025-05-20')).toEqual([['明（2026）年第一季', '2026-Q1']]);
  });

  it('reads 本（5）月 and 上（4）月底 as this month and the end of the last', () => {
    expect(dates('星辰科技本（5）月營收年增10%', '2025-05-20')).toEqual([['本（5）月', '2025-05']]);
    expect(dates('云海集团上（4）月底完成收購', '2025-05-20')).toEqual([['上（4）月底', '2025-04']]);
  });

  it('keeps offsets exact after a gloss, and reads a day glossed the same way beside it', () => {
    const text = '蓝鲸智能今（20）日公告，今（2025）年資本支出約300億元';
    const found = findDates(text, '2025-05-20');
    expect(found.map((d) => [d.text, d.iso])).toEqual([
      ['今（20）日', '2025-05-20'],
      ['今（2025）年', '2025'],
    ]);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    // (A bracketed number after a word that is no relative year or month is not read away.)
    expect(dates('星辰科技全年（2024）营收', '2025-05-20')).toEqual([['全年', '2025']]);
  });
});

describe('a year in digits with no 年 before its half, quarter or whole', () => {
  it('reads 2024上半年, 2024全年, 2024一季度, 2024第三季度, 2024首季', () => {
    expect(dates('星辰科技2024上半年营收增长12%', '2025-05-20')).toEqual([['2024上半年', '2024-H1']]);
    expect(dates('云海集团2024全年净利润52亿元', '2025-05-20')).toEqual([['2024全年', '2024']]);
    expect(dates('蓝鲸智能2024一季度营收同比增长8%', '2025-05-20')).toEqual([['2024一季度', '2024-Q1']]);
    expect(dates('星辰科技2024第三季度出货量', '2025-05-20')).toEqual([['2024第三季度', '2024-Q3']]);
    expect(dates('云海集团2024首季營收', '2025-05-20')).toEqual([['2024首季', '2024-Q1']]);
  });

  it('reads a half written H1, H2 after 年', () => {
    expect(dates('星辰科技2024年H1营收', '2025-05-20')).toEqual([['2024年H1', '2024-H1']]);
  });

  it('leaves a number that is no year alone (a version before 上半年)', () => {
    expect(dates('版本2.2024上半年上线', '2025-05-20')).toEqual([['上半年', '2025-H1']]);
    expect(figures('星辰科技2024上半年营收100亿元')).toEqual([['100亿元', 1e10, 1e10, 'CNY']]);
  });
});

describe('a day or month a rule or a price starts from', () => {
  it('is this year when it is still to come (自6月1日起施行), not last year', () => {
    expect(dates('新规自6月1日起施行', '2025-05-20')).toEqual([['6月1日', '2025-06-01']]);
    expect(dates('云海集团表示，自6月1日起，旗下模型API价格下调80%', '2025-05-20')).toEqual([['6月1日', '2025-06-01']]);
    expect(dates('星辰科技的新价格7月起正式生效', '2025-05-20')).toEqual([['7月', '2025-07']]);
  });

  it('stays last year with no start of anything after it, or too far ahead', () => {
    expect(dates('自6月1日起，星辰科技股价累计上涨', '2025-05-20')).toEqual([['6月1日', '2024-06-01']]);
    expect(dates('12月1日起实施', '2025-05-20')).toEqual([['12月1日', '2024-12-01']]);
    expect(dates('3月1日起施行', '2025-05-20')).toEqual([['3月1日', '2025-03-01']]);
  });
});

describe('前日, the day before yesterday as Hong Kong and Taiwan write it', () => {
  it('is two days before the article', () => {
    expect(dates('云海集团前日公布财报', '2025-05-20')).toEqual([['前日', '2025-05-18']]);
    expect(dates('前日，星辰科技宣布裁员', '2025-05-20')).toEqual([['前日', '2025-05-18']]);
  });

  it('is not the day before an event, nor 日前', () => {
    expect(dates('星辰科技上市前日股价大涨', '2025-05-20')).toEqual([]);
    expect(dates('蓝鲸智能日前宣布', '2025-05-20')).toEqual([['日前', '']]);
    expect(dates('蓝鲸智能前日（18日）宣布', '2025-05-20')).toEqual([['前日（18日）', '2025-05-18']]);
  });
});

describe('tenths written in digits, and a multiple after more verbs of growth', () => {
  it('reads 3成5 as 35 percent and 2成半 as 25, as 三成五 and 两成半 are', () => {
    expect(figures('云海集团持股3成5')).toEqual([['3成5', 35, 35, 'percent']]);
    expect(figures('星辰科技持股約2成5')).toEqual([['約2成5', 25, 25, 'percent']]);
    expect(figures('蓝鲸智能市占2成半')).toEqual([['2成半', 25, 25, 'percent']]);
    // (…not a digit that starts a word of its own: 5G.)
    expect(figures('星辰科技3成5G用户')).toEqual([['3成', 30, 30, 'percent']]);
  });

  it('reads 一倍 after 涨幅, 年增, 激增 as a rise of 100 percent, as after 增长', () => {
    expect(figures('星辰科技股价涨幅近一倍')).toEqual([['近一倍', 100, 100, 'percent']]);
    expect(figures('云海集团營收年增一倍')).toEqual([['一倍', 100, 100, 'percent']]);
    expect(figures('蓝鲸智能订单激增一倍')).toEqual([['一倍', 100, 100, 'percent']]);
    expect(figures('星辰科技营收是去年的一倍')).toEqual([['一倍', 1, 1, 'times']]);
  });
});

describe('a price per tokens written with no space before the amount', () => {
  it('reads 每千tokens0.012元 as the price', () => {
    expect(figures('星辰科技输入价格每千tokens0.012元')).toEqual([['0.012元', 0.012, 0.012, 'CNY']]);
    expect(figures('云海集团每百万Tokens2元')).toEqual([['2元', 2, 2, 'CNY']]);
    // (A digit glued to a model's name stays no figure.)
    expect(figures('星辰科技发布Nova3模型')).toEqual([]);
  });
});

describe('a deadline after a month or a day still to come', () => {
  it('is this year (6月底前完成), and a month past stays a look back', () => {
    expect(dates('星辰科技计划6月底前完成交割', '2025-05-20')).toEqual([['6月底', '2025-06']]);
    expect(dates('云海集团须在6月30日前提交方案', '2025-05-20')).toEqual([['6月30日', '2025-06-30']]);
    expect(dates('蓝鲸智能已于3月底前完成', '2025-05-20')).toEqual([['3月底', '2025-03']]);
    expect(dates('蓝鲸智能已于6月底前完成', '2025-08-20')).toEqual([['6月底', '2025-06']]);
  });
});

describe('the quarter before, written 上季, 上一季, 前一季 (度)', () => {
  it('is the quarter before the article’s when a result follows it', () => {
    expect(dates('星辰科技上季營收創新高', '2025-05-20')).toEqual([['上季', '2025-Q1']]);
    expect(dates('云海集团上一季的毛利率為40%', '2025-05-20')).toEqual([['上一季', '2025-Q1']]);
    expect(dates('蓝鲸智能前一季度营收下滑', '2025-05-20')).toEqual([['前一季度', '2025-Q1']]);
  });

  it('is the quarter before one just reported, and no quarter at all for a show', () => {
    expect(dates('星辰科技第三季營收年增，上一季為80億元', '2025-11-20')).toEqual([
      ['第三季', '2025-Q3'],
      ['上一季', '2025-Q2'],
    ]);
    expect(dates('该剧上季收视不佳', '2025-05-20')).toEqual([]);
  });
});

describe('half a tenth and a doubling without a number, as Hong Kong writes them', () => {
  it('reads 半成 as 5 percent, with its bound, but not 半成品', () => {
    expect(figures('星辰科技毛利率跌半成')).toEqual([['半成', 5, 5, 'percent']]);
    expect(figures('云海集团市占率近半成')).toEqual([['近半成', 5, 5, 'percent']]);
    expect(figures('蓝鲸智能半成品库存增加')).toEqual([]);
  });

  it('reads 升逾倍 and 升近倍 as a rise of 100 percent, a floor after 逾', () => {
    expect(figures('星辰科技純利按年升逾倍')).toEqual([['逾倍', 100, null, 'percent']]);
    expect(figures('云海集团收入按年升近倍')).toEqual([['近倍', 100, 100, 'percent']]);
    expect(figures('蓝鲸智能营收增长逾倍数')).toEqual([]);
  });
});

describe('a negative amount', () => {
  it('takes the sign written after a verb or a metric (增长-5%, 为负2亿美元)', () => {
    expect(figures('星辰科技营收同比增长-5%')).toEqual([['-5%', -5, -5, 'percent']]);
    expect(figures('云海集团自由现金流为负2亿美元')).toEqual([['负2亿美元', -2e8, -2e8, 'USD']]);
    expect(figures('蓝鲸智能净利润-3亿元')).toEqual([['-3亿元', -3e8, -3e8, 'CNY']]);
  });

  it('leaves a range, a version and 负债 alone', () => {
    expect(figures('星辰科技营收增长1-5%')).toEqual([['1-5%', 1, 5, 'percent']]);
    expect(figures('云海集团负债2亿元')).toEqual([['2亿元', 2e8, 2e8, 'CNY']]);
    expect(figures('蓝鲸智能发布Nova-3模型')).toEqual([]);
  });
});

describe('Taiwan market words', () => {
  it('reads 賣超, 買超 (a net sale, a net purchase) as no bound on the lots', () => {
    expect(figures('外資賣超星辰科技3萬張')).toEqual([['3萬張', 30000, 30000, 'count']]);
    expect(figures('投信買超云海集团1.2萬張')).toEqual([['1.2萬張', 12000, 12000, 'count']]);
    expect(figures('蓝鲸智能营收超3万亿元')).toEqual([['超3万亿元', 3e12, null, 'CNY']]);
  });

  it('reads 前4月 without 个 as the months so far, their year', () => {
    expect(dates('星辰科技前4月營收新台幣900億元', '2025-05-20')).toEqual([['前4月', '2025']]);
    expect(dates('云海集团累計前4月營收年增42%', '2025-05-20')).toEqual([['前4月', '2025']]);
    expect(dates('蓝鲸智能今年前4月营收', '2025-05-20')).toEqual([['今年前4月', '2025']]);
  });
});

describe('shares and counts written in other closed forms', () => {
  it('reads a fraction with a slash where a share is spoken of', () => {
    expect(figures('星辰科技裁员约1/3的员工')).toEqual([['约1/3', 33.3, 33.3, 'percent']]);
    expect(figures('云海集团海外收入占比1/5')).toEqual([['1/5', 20, 20, 'percent']]);
    expect(figures('蓝鲸智能市占率近1/4')).toEqual([['近1/4', 25, 25, 'percent']]);
    // (…not a version, nor a day as Taiwan writes it.)
    expect(figures('星辰科技发布Nova 3/4版本')).toEqual([]);
  });

  it('reads 万余 as ten thousand and more, as 千余 is', () => {
    expect(figures('云海集团部署万余台设备')).toEqual([['万余台', 1e4, null, 'count']]);
    expect(figures('蓝鲸智能裁減萬餘名員工')).toEqual([['萬餘名', 1e4, null, 'count']]);
  });

  it('joins 介于10%与15%之间 into one range', () => {
    expect(figures('星辰科技毛利率介于10%与15%之间')).toEqual([['10%与15%', 10, 15, 'percent']]);
    expect(figures('云海集团毛利率10%，净利率与15%持平')).toEqual([
      ['10%', 10, 10, 'percent'],
      ['15%', 15, 15, 'percent'],
    ]);
  });
});

describe('a run of quarters from the first', () => {
  it('is the year so far, as 前三季度 is (the first two the first half)', () => {
    expect(dates('星辰科技第一至第三季度营收增长12%', '2025-11-20')).toEqual([['第一至第三季度', '2025']]);
    expect(dates('云海集团2024年1-3季度营收', '2025-05-20')).toEqual([['2024年1-3季度', '2024']]);
    expect(dates('蓝鲸智能今年一、二季度均录得亏损', '2025-08-20')).toEqual([['今年一、二季度', '2025-H1']]);
  });

  it('is no one period from a later quarter, and a list of whole quarters stays a list', () => {
    expect(dates('星辰科技第二、三季度营收下滑', '2025-11-20')).toEqual([['第二、三季度', '']]);
    expect(dates('云海集团第一季度、第二季度营收分别为10亿元和12亿元', '2025-08-20')).toEqual([
      ['第一季度', '2025-Q1'],
      ['第二季度', '2025-Q2'],
    ]);
  });
});

describe('a weekday in brackets after a day', () => {
  it('is part of that day, one date, whatever the day is written with', () => {
    expect(dates('星辰科技于5月19日（周一）发布新品', '2025-05-20')).toEqual([['5月19日（周一）', '2025-05-19']]);
    expect(dates('云海集团2025年5月19日(星期一)公告', '2025-05-20')).toEqual([['2025年5月19日(星期一)', '2025-05-19']]);
    expect(dates('蓝鲸智能20日（周二）宣布', '2025-05-21')).toEqual([['20日（周二）', '2025-05-20']]);
  });
});

describe('currencies spelt another way', () => {
  it('reads 韩圆 and 韓圓 as won', () => {
    expect(figures('星辰科技营收2万亿韩圆')).toEqual([['2万亿韩圆', 2e12, 2e12, 'KRW']]);
    expect(figures('云海集团投資5,000億韓圓')).toEqual([['5,000億韓圓', 5e11, 5e11, 'KRW']]);
  });
});
