import { describe, expect, it } from 'vitest';
import { findDates } from '../../lib/claims/quantities';
import { claimsOf } from './claims-fixture';

// Sentences written for these tests, with the fixture's fictional names (星辰科技, 云海集团). The
// article is dated Friday 15 March 2024 unless a test says otherwise.
const AT = '2024-03-15';
const datesOf = (paragraph: string, at = AT) => claimsOf(paragraph, at).map((c) => c.dates.map((d) => [d.text, d.iso]));

describe('years, months and days written in other calendars and notations', () => {
  it('reads a Minguo year (Taiwan) before a month, a quarter or 度, and after 民國', () => {
    expect(datesOf('星辰科技113年2月營收達新台幣50億元。')).toEqual([[['113年2月', '2024-02']]]);
    expect(datesOf('星辰科技112年第4季毛利率為45%。')).toEqual([[['112年第4季', '2023-Q4']]]);
    expect(datesOf('星辰科技公布112年度財報，營收成長兩成。')[0]).toEqual([['112年度', '2023']]);
    expect(datesOf('星辰科技民國111年全年營收創下新高。')).toEqual([[['民國111年', '2022']]]);
  });

  it('leaves a bare count of years alone (成立113年 is an age)', () => {
    expect(datesOf('星辰科技已成立113年，歷史悠久。')[0]).toEqual([]);
  });

  it('reads months and days in Chinese numerals', () => {
    expect(datesOf('星辰科技去年十一月发布了Nova模型。')).toEqual([[['去年十一月', '2023-11']]]);
    expect(datesOf('星辰科技於去年十二月二十日發表Nova模型。')).toEqual([[['去年十二月二十日', '2023-12-20']]]);
    expect(datesOf('星辰科技二月十日发布了Nova模型。')).toEqual([[['二月十日', '2024-02-10']]]);
  });

  it('reads a day written with slashes or dots', () => {
    expect(datesOf('星辰科技于2023/11/08发布Nova模型。')).toEqual([[['2023/11/08', '2023-11-08']]]);
    expect(datesOf('星辰科技于2023.11.8发布Nova模型。')).toEqual([[['2023.11.8', '2023-11-08']]]);
  });

  it("reads an analyst's quarter (1Q24, 4Q23, 2023Q4)", () => {
    expect(datesOf('星辰科技1Q24营收为10亿元。')).toEqual([[['1Q24', '2024-Q1']]]);
    expect(datesOf('星辰科技4Q23營收創新高。')).toEqual([[['4Q23', '2023-Q4']]]);
    expect(datesOf('星辰科技2023Q3营收为10亿元。')).toEqual([[['2023Q3', '2023-Q3']]]);
  });
});

describe('parts of a year, a month and a day', () => {
  it('reads 后年 (後年) as the year after next, not 此后年均', () => {
    expect(datesOf('星辰科技預計後年在美國設廠。')).toEqual([[['後年', '2026']]]);
    expect(datesOf('星辰科技此后年均增长20%。')).toEqual([[]]);
  });

  it('reads a bare 年中 after 于 as June, and 月中 / 下旬 / 月底前 as the month', () => {
    expect(datesOf('星辰科技计划于年中推出新模型。')).toEqual([[['年中', '2024-06']]]);
    expect(datesOf('星辰科技预计于月中发布财报。')).toEqual([[['月中', '2024-03']]]);
    expect(datesOf('星辰科技计划在下旬召开发布会。')).toEqual([[['下旬', '2024-03']]]);
    expect(datesOf('星辰科技月底前将发布Nova模型。')).toEqual([[['月底', '2024-03']]]);
    expect(findDates('2019年中国市场增长迅速，一年中星辰科技受益最多。', AT).map((d) => d.text)).toEqual(['2019年']);
  });

  it('reads the first three and six months as the first quarter and half', () => {
    expect(datesOf('星辰科技今年首六個月營收增長20%。')).toEqual([[['今年首六個月', '2024-H1']]]);
    expect(datesOf('星辰科技去年前三个月营收为30亿元。')).toEqual([[['去年前三个月', '2023-Q1']]]);
  });

  it('reads parts of a day (今晚, 昨夜, 今早) from the article day', () => {
    expect(datesOf('星辰科技今晚将发布Nova模型。')).toEqual([[['今晚', '2024-03-15']]]);
    expect(datesOf('星辰科技昨夜發布了Nova模型。')).toEqual([[['昨夜', '2024-03-14']]]);
    expect(datesOf('星辰科技今早宣布完成融资。')).toEqual([[['今早', '2024-03-15']]]);
  });

  it('reads 前日（13日） whole, as 昨日（14日） is read', () => {
    expect(datesOf('星辰科技前日（13日）宣布裁員一成。')).toEqual([[['前日（13日）', '2024-03-13']]]);
  });

  it('reads the Lunar New Year eve to its day', () => {
    expect(datesOf('星辰科技在农历除夕发布了贺岁模型。')).toEqual([[['农历除夕', '2024-02-09']]]);
  });

  it('reads a quarter a forecast is about in the year under way', () => {
    expect(datesOf('星辰科技第二季度营收预计增长10%。')).toEqual([[['第二季度', '2024-Q2']]]);
    expect(datesOf('星辰科技第四季度营收超出预期。')).toEqual([[['第四季度', '2023-Q4']]]);
  });
});

describe('periods named by their end, and fiscal periods', () => {
  it('reads a period named by its last day as the calendar period it is', () => {
    expect(datesOf('星辰科技截至2023年12月31日的季度营收为10亿元。')).toEqual([
      // (The quarter first, which dates the claim; the day it ends on after it.)
      [
        ['季度', '2023-Q4'],
        ['2023年12月31日', '2023-12-31'],
      ],
    ]);
    expect(datesOf('星辰科技截至2023年12月31日止年度的營收為100億港元。')[0]?.[0]).toEqual(['年度', '2023']);
    expect(datesOf('星辰科技截至2023年6月30日止六個月的營收為50億港元。')[0]?.[0]).toEqual(['六個月', '2023-H1']);
  });

  it('shows a fiscal period off the calendar as written', () => {
    expect(datesOf('星辰科技截至4月27日的財政季度營收為10億美元。')[0]?.[1]).toEqual(['財政季度', '']);
    expect(datesOf('星辰科技上一財季營收年增10%。')).toEqual([[['上一財季', '']]]);
  });
});

describe('dates counted from another date', () => {
  it('reads 次月 and 该月底 through the month before them', () => {
    // (The second launch, at a time of its own, is a claim of its own: lib/claims/chain-cuts.ts.)
    expect(datesOf('星辰科技于1月发布Nova模型，次月又推出Orion模型。')).toEqual([
      [['1月', '2024-01']],
      [['次月', '2024-02']],
    ]);
    expect(datesOf('星辰科技于2021年推出Nova模型，该年营收增长一倍。')[1]?.[0]).toEqual(['该年', '2021']);
  });

  it('reads a comparison base (较上季, 较上月, 前年同期) from the period compared', () => {
    expect(datesOf('星辰科技第四季营收较上季增长5%。')).toEqual([
      [
        ['第四季', '2023-Q4'],
        ['上季', '2023-Q3'],
      ],
    ]);
    expect(datesOf('星辰科技2月营收为10亿元，较上月增长5%。')).toEqual([
      [
        ['2月', '2024-02'],
        ['上月', '2024-01'],
      ],
    ]);
    expect(datesOf('星辰科技第四季营收为10亿元，前年同期仅为5亿元。')).toEqual([
      [
        ['第四季', '2023-Q4'],
        ['前年同期', '2021-Q4'],
      ],
    ]);
  });
});

describe('which date a claim shows first', () => {
  it("puts the claim's own time before a modifier's date", () => {
    expect(datesOf('于2015年成立的星辰科技昨日宣布完成新一轮融资。')).toEqual([
      [
        ['昨日', '2024-03-14'],
        ['2015年', '2015'],
      ],
    ]);
    expect(datesOf('星辰科技在去年12月发布的Nova模型，今年1月用户数突破1亿。')[0]?.[0]).toEqual(['今年1月', '2024-01']);
  });

  it('puts a comparison base after the period compared', () => {
    expect(datesOf('与2022年相比，星辰科技2023年营收增长了一倍。')[0]?.[0]).toEqual(['2023年', '2023']);
  });

  it('keeps a date first when nothing else is dated', () => {
    expect(datesOf('星辰科技于2015年成立的子公司已经上市。')[0]?.[0]?.[0]).toBe('2015年');
  });

  it("keeps a chained metric's comparison base beside the chain's period", () => {
    expect(
      datesOf('星辰科技第二季营收为50亿元，同比增长30%，营业利润则是去年同期的5倍有余。', '2024-08-20').at(-1),
    ).toEqual([
      ['第二季', '2024-Q2'],
      ['去年同期', '2023-Q2'],
    ]);
  });

  it('shows the period a 当季 points back to', () => {
    expect(datesOf('截至9月30日的第三季度，星辰科技当季营收为10亿元。', '2024-10-20').at(-1)).toContainEqual([
      '第三季度',
      '2024-Q3',
    ]);
  });
});

describe('Taiwan and Hong Kong words for periods', () => {
  it('reads 首季 after a year as the first quarter', () => {
    expect(datesOf('星辰科技今年首季營收年增15%。')).toEqual([[['今年首季', '2024-Q1']]]);
    expect(datesOf('星辰科技2023年首季營收年增15%。')).toEqual([[['2023年首季', '2023-Q1']]]);
  });

  it('reads 今個月, 本年度 and 上年度 from the article date', () => {
    expect(datesOf('星辰科技今個月推出新模型。')).toEqual([[['今個月', '2024-03']]]);
    expect(datesOf('星辰科技本年度營收預計增長10%。')).toEqual([[['本年度', '2024']]]);
    expect(datesOf('星辰科技上年度营收为100亿元。')).toEqual([[['上年度', '2023']]]);
  });

  it('gives 早前 (earlier) no date, and leaves 提早前往 alone', () => {
    expect(datesOf('星辰科技早前宣布裁員。')).toEqual([[['早前', '']]]);
    expect(findDates('星辰科技员工提早前往会场。', AT)).toEqual([]);
  });

  it('reads 元旦 as the first of January and 国庆 as October', () => {
    expect(datesOf('星辰科技在元旦发布了新模型。')).toEqual([[['元旦', '2024-01-01']]]);
    expect(datesOf('星辰科技国庆期间销量增长30%。')).toEqual([[['国庆', '2023-10']]]);
  });

  it('reads a second half told as done in a first-half article as last year’s', () => {
    expect(datesOf('星辰科技下半年营收增长20%。', '2024-01-20')).toEqual([[['下半年', '2023-H2']]]);
    expect(datesOf('星辰科技下半年将推出新模型。', '2024-01-20')).toEqual([[['下半年', '2024-H2']]]);
    expect(datesOf('星辰科技下半年营收增长20%。', '2024-11-20')).toEqual([[['下半年', '2024-H2']]]);
  });
});

describe('days counted from a day the sentence stated', () => {
  it('counts 两天前 back from the day its sentence wrote out, else from the article', () => {
    expect(datesOf('星辰科技于3月12日发布Nova模型，而云海集团早在两天前就已宣布降价。')[1]).toEqual([
      ['两天前', '2024-03-10'],
    ]);
    expect(datesOf('星辰科技两天前宣布裁员。')).toEqual([[['两天前', '2024-03-13']]]);
  });

  it('reads 同一周 as the month of the day before it', () => {
    expect(datesOf('星辰科技3月12日发布Nova模型。云海集团则在同一周宣布降价。')[1]).toEqual([['同一周', '2024-03']]);
  });

  it('reads 本周二（12日） whole, as 周二（12日） is read', () => {
    expect(datesOf('星辰科技于本周二（12日）发布Nova模型。')).toEqual([[['本周二（12日）', '2024-03-12']]]);
  });
});

describe('a period inherited from the clause before', () => {
  it('shows the period a 当季 it inherits points back to', () => {
    const claims = datesOf(
      '云海集团5月22日发布的一季度财报显示，该公司当季营收为868亿元，同比增长131%，其中包含星辰科技佣金在内的交易服务收入为420亿元，同比增长327%。',
      '2024-06-01',
    );
    expect(claims.at(-1)).toEqual([
      ['一季度', '2024-Q1'],
      ['当季', '2024-Q1'],
    ]);
  });

  it("reads an analyst's half (1H24, 2023H2)", () => {
    expect(datesOf('星辰科技1H24营收增长20%。', '2024-09-01')).toEqual([[['1H24', '2024-H1']]]);
    expect(datesOf('星辰科技2023H2营收增长20%。')).toEqual([[['2023H2', '2023-H2']]]);
  });
});

describe('words near the new readings that are not dates', () => {
  it('reads neither 明后年 (next year or the one after) nor 市場早前預期 as a date', () => {
    expect(findDates('星辰科技明后年将推出新模型。', AT)).toEqual([]);
    expect(findDates('罚款金额远超市场早前预期的5亿元。', AT)).toEqual([]);
  });
});

describe('the month of a plan put in the past', () => {
  it('reads 原计划 / 原定于 / 原本打算 + a month as this year, whether that month has come or not', () => {
    // (A plan the article says was made before, and changed: its month is the article's year's,
    // not the next one as for a plan still open, 计划2月推出 in March.)
    expect(datesOf('星辰科技原计划2月推出Nova，但最终推迟。')[0]).toEqual([['2月', '2024-02']]);
    expect(datesOf('星辰科技原本打算1月发布Nova，后来改到6月。')[0]).toEqual([
      ['1月', '2024-01'],
      ['6月', '2024-06'],
    ]);
    expect(datesOf('星辰科技原定于4月上市的新手机推迟至7月发布。')[0]).toEqual([
      ['7月', '2024-07'],
      ['4月', '2024-04'],
    ]);
    expect(datesOf('星辰科技计划2月推出Nova。')[0]).toEqual([['2月', '2025-02']]);
  });

  it('tells a past plan (原计划) as what was planned, not as a forecast', () => {
    const [planned] = claimsOf('星辰科技原计划2月推出Nova，但最终推迟。', AT);
    expect(planned!.modality).toBe('fact');
  });
});
