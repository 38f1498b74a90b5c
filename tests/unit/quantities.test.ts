import { describe, expect, it } from 'vitest';
import { carryDates, findDates, findFigures, parseChineseNumber } from '../../lib/claims/quantities';

const figures = (text: string) => findFigures(text).map((f) => [f.text, f.value, f.unit, f.approx]);
const dates = (text: string, at: string | null) => findDates(text, at).map((d) => [d.text, d.iso, d.precision]);

describe('findFigures', () => {
  it.each([
    ['宣布完成了高達30億元的新一輪融資', [['高達30億元', 3e9, 'CNY', false]]],
    ['2019年,微軟向OpenAI注資10億美元', [['10億美元', 1e9, 'USD', false]]],
    [
      '一筆是微軟對OpenAI的100億美元,在6月底完成13億美元融資後,其估值也達到了40億美元',
      [
        ['100億美元', 1e10, 'USD', false],
        ['13億美元', 1.3e9, 'USD', false],
        ['達到了40億美元', 4e9, 'USD', false],
      ],
    ],
    [
      '投入了超過400億美元(約2900億元人民幣)',
      [
        ['超過400億美元', 4e10, 'USD', true],
        ['約2900億元人民幣', 2.9e11, 'CNY', true],
      ],
    ],
    [
      '耗资数亿美元,使用了上万张英伟达A100芯片',
      [
        ['数亿美元', 1e8, 'USD', true],
        ['上万张', 1e4, 'count', true],
      ],
    ],
    [
      '目前已有11%的結果由生成式AI生成;百分之二十的用户',
      [
        ['11%', 11, 'percent', false],
        ['百分之二十', 20, 'percent', false],
      ],
    ],
    [
      '通过阿里云服务企业超过9万、通过钉钉服务企业超过220万',
      [
        ['超过9万', 9e4, 'companies', true],
        ['超过220万', 2.2e6, 'companies', true],
      ],
    ],
    ['ChatGPT月活超1亿', [['超1亿', 1e8, 'users', true]]],
    [
      '聚集了超500万开发者,已有4500多款AI模型',
      [
        ['超500万', 5e6, 'developers', true],
        ['4500多款', 4500, 'models', true],
      ],
    ],
    ['Qwen2的72B模型', [['72B', 7.2e10, 'parameters', false]]],
    [
      '中國10億級參數規模以上的大模型已發布了79個',
      [
        ['10億級', 1e9, 'parameters', false],
        ['79個', 79, 'models', false],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it('does not take versions, model names, years or wording for figures', () => {
    expect(
      findFigures('盘古3.0、可灵1.6版本、iPhone 16、GPT-4、A100芯片、W24、2024年、一款产品、两名负责人、头部几家公司'),
    ).toEqual([]);
  });

  it('reads the specifications launch news gives, and votes, as measures in either script', () => {
    const measures = (text: string) => findFigures(text).map((f) => [f.min, f.unit, f.kind]);
    expect(measures('续航里程达700公里，配备6.7英寸屏幕')).toEqual([
      [700, 'km', 'measure'],
      [6.7, 'inches', 'measure'],
    ]);
    expect(measures('電池容量5000mAh，主攝4800萬像素，支援120Hz與100W快充')).toEqual([
      [5000, 'mAh', 'measure'],
      [4.8e7, 'pixels', 'measure'],
      [120, 'hertz', 'measure'],
      [100, 'W', 'measure'],
    ]);
    expect(measures('16GB内存、1TB存储，议案以523票赞成通过')).toEqual([
      [16, 'GB', 'measure'],
      [1, 'TB', 'measure'],
      [523, 'votes', 'measure'],
    ]);
    // A Latin unit is a whole word: 100Wh is not 100 W but watt-hours; 5G is no figure.
    expect(measures('100Wh电池的5G手机')).toEqual([[100, 'Wh', 'measure']]);
    expect(measures('100Whz电池的5G手机')).toEqual([]);
  });

  it('keeps exact offsets', () => {
    const text = '據報道,僅在2024年,字節在AI領域的投入就達到了800億元,預計將達到1600億元,其中約900億元將用於採購';
    for (const f of findFigures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(findFigures(text).map((f) => f.value)).toEqual([8e10, 1.6e11, 9e10]);
  });

  it('reads Chinese numerals', () => {
    expect(parseChineseNumber('三十')).toBe(30);
    expect(parseChineseNumber('一百二十')).toBe(120);
    expect(parseChineseNumber('两千')).toBe(2000);
    expect(parseChineseNumber('十二')).toBe(12);
    expect(parseChineseNumber('abc')).toBeNull();
  });
});

describe('vague magnitudes as ranges', () => {
  const range = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

  it('reads 数百, 数千 and 十几 before a magnitude as the range they allow', () => {
    expect(range('市场规模将达到数百亿元')).toEqual([['达到数百亿元', 1e10, 9e10, 'CNY']]);
    expect(range('估值涨到十几亿美元')).toEqual([['十几亿美元', 1.1e9, 1.9e9, 'USD']]);
  });

  it('counts 数千家 and 数百名 as ranges, and still ignores 几家 and 数个', () => {
    expect(range('服务了数千家企业')).toEqual([['数千家', 1000, 9000, 'companies']]);
    expect(range('裁撤了数百名员工')).toEqual([['数百名', 100, 900, 'count']]);
    expect(range('几家公司和数个团队')).toEqual([]);
  });
});

describe('findDates', () => {
  it('resolves relative dates against the article date', () => {
    expect(dates('字節跳動於去年11月18日推出了文生視頻模型PixelDance', '2024-03')).toEqual([
      ['去年11月18日', '2023-11-18', 'day'],
    ]);
    expect(dates('今年開工第一天', '2024-03')).toEqual([['今年', '2024', 'year']]);
    expect(dates('自其去年9月21日推出“创业者计划”以来', '2024')).toEqual([['去年9月21日', '2023-09-21', 'day']]);
  });

  it('puts a month later than the article in the year before', () => {
    expect(dates('僅5月底,報告顯示', '2024-03')).toEqual([['5月底', '2023-05', 'month']]);
    expect(dates('截至5月底,已發布了79個', '2023-08-12')).toEqual([['5月底', '2023-05', 'month']]);
    expect(dates('在8月1日凌晨', '2023-08-12')).toEqual([['8月1日', '2023-08-01', 'day']]);
    expect(dates('12月中旬成為了高光時刻', '2024-12')).toEqual([['12月中旬', '2024-12', 'month']]);
  });

  it('reads absolute dates, periods and ranges', () => {
    expect(dates('2023年12月15日,國家數據局印發《三年行動計劃(2024—2026年)》', null)).toEqual([
      ['2023年12月15日', '2023-12-15', 'day'],
      ['2024—2026年', '', 'period'],
    ]);
    // A span of years is no one date, whatever joins its ends.
    expect(dates('该厂在2015年至2018年间三次扩产', null)).toEqual([['2015年至2018年', '', 'period']]);
    expect(dates('2020到2022年，销量翻了一番', null)).toEqual([['2020到2022年', '', 'period']]);
    // (Not a day's date that follows a year: 2021年至2023年5月 runs to a month.)
    expect(dates('2021年至2023年5月', null)).toEqual([
      ['2021年', '2021', 'year'],
      ['2023年5月', '2023-05', 'month'],
    ]);
    expect(dates('23年末,百度發佈了工具;2022年底,阿里云上线了魔搭;2019年', null)).toEqual([
      ['23年末', '2023-12', 'period'],
      ['2022年底', '2022-12', 'period'],
      ['2019年', '2019', 'year'],
    ]);
    expect(dates('2023-08-12 15:00', null)).toEqual([['2023-08-12', '2023-08-12', 'day']]);
  });

  it('resolves day words against an article dated to the day, across a month or year end', () => {
    expect(dates('星河智能今天宣布完成新一轮融资', '2025-03-18T10:20')).toEqual([['今天', '2025-03-18', 'day']]);
    expect(dates('該公司昨日發布公告稱', '2025-03-01')).toEqual([['昨日', '2025-02-28', 'day']]);
    expect(dates('前天晚间上线', '2025-01-01')).toEqual([['前天', '2024-12-30', 'day']]);
    expect(dates('发布会明天举行', '2024-02-28')).toEqual([['明天', '2024-02-29', 'day']]);
  });

  it('leaves day words as written when the article has no day, and reads nowadays and names as no date', () => {
    expect(findDates('今天宣布', '2025-03')).toEqual([
      expect.objectContaining({ text: '今天', iso: '', relative: true }),
    ]);
    expect(dates('今天的大模型已经离不开算力', '2025-03-18')).toEqual([]);
    expect(dates('今日头条的推荐算法', '2025-03-18')).toEqual([]);
    expect(dates('她被称为明日之星', '2025-03-18')).toEqual([]);
  });

  it('leaves a relative date unresolved without an article date', () => {
    expect(findDates('去年', null)).toEqual([expect.objectContaining({ iso: '', relative: true })]);
  });
});

describe('how Chinese news writes amounts', () => {
  const range = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

  it('reads a currency written before the amount, with thousands separators', () => {
    expect(range('星河手机售价人民币4,599元，海外版则为US$699')).toEqual([
      ['人民币4,599元', 4599, 4599, 'CNY'],
      ['US$699', 699, 699, 'USD'],
    ]);
    expect(range('青木平板在台售價新台幣18,990元起')).toEqual([['新台幣18,990元', 18990, null, 'TWD']]);
    expect(range('标准版售价约人民币3000元，港版售價3,288港元')).toEqual([
      ['约人民币3000元', 3000, 3000, 'CNY'],
      ['3,288港元', 3288, 3288, 'HKD'],
    ]);
    expect(range('蓝鲸科技在欧洲投资2亿欧元，在日本投资500亿日元')).toEqual([
      ['2亿欧元', 2e8, 2e8, 'EUR'],
      ['500亿日元', 5e10, 5e10, 'JPY'],
    ]);
  });

  it('reads 兆 as a trillion, except as the prefix mega- (兆瓦)', () => {
    expect(range('該公司市值達2.8兆美元')).toEqual([['達2.8兆美元', 2.8e12, 2.8e12, 'USD']]);
    expect(range('数据中心功率为50兆瓦')).toEqual([['50兆瓦', 50, 50, 'MW']]);
  });

  it('bounds what 不到, 最高, 至少, 上万 and a price 起 bound, and keeps what 近, 约, 左右 hedge', () => {
    expect(range('融资额不到5000万元')).toEqual([['不到5000万元', 0, 5e7, 'CNY']]);
    expect(range('单笔最高达2亿元')).toEqual([['最高达2亿元', 0, 2e8, 'CNY']]);
    expect(range('至少300家企业入驻')).toEqual([['至少300家', 300, null, 'companies']]);
    expect(range('已有上千家企业接入，上百万用户使用')).toEqual([
      ['上千家', 1000, null, 'companies'],
      ['上百万', 1e6, null, 'users'],
    ]);
    expect(range('订单逼近10万份，占比近三成，收入在5亿元左右')).toEqual([
      ['逼近10万', 1e5, 1e5, 'count'],
      ['近三成', 30, 30, 'percent'],
      ['5亿元左右', 5e8, 5e8, 'CNY'],
    ]);
  });

  it('reads ranges with one magnitude or two, in both scripts', () => {
    expect(range('预计投入10亿至20亿元')).toEqual([['10亿至20亿元', 1e9, 2e9, 'CNY']]);
    expect(range('估值約在30-50億美元之間')).toEqual([['30-50億美元', 3e9, 5e9, 'USD']]);
    expect(range('毛利率在15%到20%之间')).toEqual([['15%到20%', 15, 20, 'percent']]);
  });

  it('reads Chinese numerals with magnitudes, and tenths and 百分之 as percentages', () => {
    expect(range('营收一千二百亿元，用户两千万')).toEqual([
      ['一千二百亿元', 1.2e11, 1.2e11, 'CNY'],
      ['两千万', 2e7, 2e7, 'users'],
    ]);
    expect(range('占比百分之十二点五')).toEqual([['百分之十二点五', 12.5, 12.5, 'percent']]);
    expect(range('九成受访者、百分之十五的门店')).toEqual([
      ['九成', 90, 90, 'percent'],
      ['百分之十五', 15, 15, 'percent'],
    ]);
  });

  it('reads two neighbouring digits as a range, and digit-by-digit numerals as no figure', () => {
    expect(range('落后两三年，入股三四家公司，投入五六千万元')).toEqual([
      ['两三年', 2, 3, 'years'],
      ['三四家', 3, 4, 'companies'],
      ['五六千万元', 5e7, 6e7, 'CNY'],
    ]);
    expect(range('二〇二四年')).toEqual([]);
  });

  it('reads multiples as times', () => {
    expect(range('新芯片的速度是旧款的三倍，功耗只有一半，利润增长逾两倍')).toEqual([
      ['三倍', 3, 3, 'times'],
      ['一半', 0.5, 0.5, 'times'],
      ['逾两倍', 2, null, 'times'],
    ]);
    expect(range('收入翻了一番，利润翻了两番')).toEqual([
      ['翻了一番', 2, 2, 'times'],
      ['翻了两番', 4, 4, 'times'],
    ]);
    expect(range('用户数翻番')).toEqual([['翻番', 2, 2, 'times']]);
  });

  it('reads durations and lengths as measures, which do not make a claim a figure claim', () => {
    const found = findFigures('响应延迟低至320毫秒，续航48小时，不到八个月完成研发，采用5纳米工艺，已运营十多年');
    expect(found.map((f) => [f.text, f.min, f.max, f.unit])).toEqual([
      ['320毫秒', 320, 320, 'milliseconds'],
      ['48小时', 48, 48, 'hours'],
      ['不到八个月', 0, 8, 'months'],
      ['5纳米', 5, 5, 'nm'],
      ['十多年', 10, null, 'years'],
    ]);
    expect(new Set(found.map((f) => f.kind))).toEqual(new Set(['measure']));
  });

  it('says what is counted from the noun after the count, or the one its clause named before', () => {
    expect(range('星河助手的用户规模达到3000万，开发者8.2万')).toEqual([
      ['达到3000万', 3e7, 3e7, 'users'],
      ['8.2万', 8.2e4, 8.2e4, 'developers'],
    ]);
    expect(range('训练一个大模型需要上千张显卡')).toEqual([['上千张', 1000, null, 'count']]);
  });

  it('makes no figure of a date, an ordinal, a version, a time of day, a name or a title', () => {
    expect(
      findFigures(
        '2023年第一季度，第3名的GPT-4和Llama 3.1于凌晨3点发布；零一万物与《三年行动计划》；一个月前；平台上5000人',
      ).map((f) => f.text),
    ).toEqual(['5000人']);
    expect(findFigures('千万不要错过，这是一成不变的规律')).toEqual([]);
  });
});

describe('how Chinese news writes dates', () => {
  it('resolves a day of the month alone against the article, into the month before when still to come', () => {
    expect(dates('青木科技13日宣布', '2025-04-20')).toEqual([['13日', '2025-04-13', 'day']]);
    expect(dates('青木科技28日宣布', '2025-04-02')).toEqual([['28日', '2025-03-28', 'day']]);
    expect(dates('将于30日内完成', '2025-04-02')).toEqual([]);
  });

  it('resolves months and weeks counted from the article', () => {
    expect(dates('该公司上月底发布财报，本月初裁员', '2025-03-10')).toEqual([
      ['上月底', '2025-02', 'month'],
      ['本月初', '2025-03', 'month'],
    ]);
    expect(dates('上周宣布，下个月上市', '2025-01-03')).toEqual([
      ['上周', '2024-12', 'month'],
      ['下个月', '2025-02', 'month'],
    ]);
    // 2025-03-12 is a Wednesday: 上周五 is the Friday of the week before.
    expect(dates('上周五晚间公告', '2025-03-12')).toEqual([['上周五', '2025-03-07', 'day']]);
    expect(dates('三天前、两个月前、五年前', '2025-03-02')).toEqual([
      ['三天前', '2025-02-27', 'day'],
      ['两个月前', '2025-01', 'month'],
      ['五年前', '2020', 'year'],
    ]);
    expect(dates('两天前', '2025-03')).toEqual([['两天前', '', 'period']]);
  });

  it('reads quarters, halves, seasons and the year ends, and leaves fiscal periods as written', () => {
    expect(dates('2024年第三季度、今年二季度、去年下半年', '2025-05')).toEqual([
      ['2024年第三季度', '2024-Q3', 'quarter'],
      ['今年二季度', '2025-Q2', 'quarter'],
      ['去年下半年', '2024-H2', 'half'],
    ]);
    expect(dates('第四季度营收下滑', '2025-05')).toEqual([['第四季度', '2024-Q4', 'quarter']]);
    expect(dates('今年秋季上市，年底前交付', '2025-05')).toEqual([
      ['今年秋季', '2025', 'year'],
      ['年底', '2025-12', 'period'],
    ]);
    expect(dates('2025财年第二季度营收', '2025-05')).toEqual([['2025财年第二季度', '', 'period']]);
  });

  it('puts a month after a future word in the year ahead', () => {
    expect(dates('新版将于3月推出', '2024-11-20')).toEqual([['3月', '2025-03', 'month']]);
    expect(dates('新版已于3月推出', '2024-11-20')).toEqual([['3月', '2024-03', 'month']]);
    // A plan put back to a month: the month still to come, this year's or the next.
    expect(dates('发布会推迟到了3月', '2024-02-10')).toEqual([['3月', '2024-03', 'month']]);
    expect(dates('量产延后至明年', '2024-02-10')).toEqual([['明年', '2025', 'year']]);
    expect(dates('上市时间延期至2月', '2024-11-20')).toEqual([['2月', '2025-02', 'month']]);
  });

  it('resolves 当天, 次日 and 一周后 through the last day named before them, else leaves them as written', () => {
    expect(dates('星河科技5月8日发布新机，次日股价大涨，一周后开售', '2025-06')).toEqual([
      ['5月8日', '2025-05-08', 'day'],
      ['次日', '2025-05-09', 'day'],
      ['一周后', '2025-05', 'month'],
    ]);
    const earlier = findDates('发布会当天股价下跌', '2025-06', '星河科技5月8日召开发布会。');
    expect(earlier.map((d) => [d.text, d.iso])).toEqual([['当天', '2025-05-08']]);
    expect(dates('次日股价大涨', '2025-06')).toEqual([['次日', '', 'day']]);
    expect(dates('该厂2023年投产，次年初满产，同年底扩建', '2025-06')).toEqual([
      ['2023年', '2023', 'year'],
      ['次年初', '2024-01', 'period'],
      ['同年底', '2024-12', 'period'],
    ]);
  });

  it('keeps spans ahead and 日前 as written, and a span ahead is also a duration', () => {
    expect(dates('未来三年投入，日前宣布', '2025-06-01')).toEqual([
      ['未来三年', '', 'period'],
      ['日前', '', 'period'],
    ]);
    expect(findFigures('未来12个月内上市').map((f) => [f.text, f.unit])).toEqual([['12个月', 'months']]);
  });
});

describe('dates that go back to the article or to a date before them', () => {
  it('reads 全年 alone as the article’s year, and a day of 上个月 as that month’s day', () => {
    expect(dates('星河科技预计全年营收将达到300亿元', '2025-08-20')).toEqual([['全年', '2025', 'year']]);
    expect(dates('去年全年营收下滑', '2025-08-20')).toEqual([['去年', '2024', 'year']]);
    expect(dates('上个月12日，青木科技宣布', '2025-03-05')).toEqual([['上个月12日', '2025-02-12', 'day']]);
  });

  it('puts a month after a word of intent or aim (有信心在, 力争) in the year ahead', () => {
    expect(dates('公司有信心在10月完成全年目标', '2025-08-20')).toEqual([
      ['10月', '2025-10', 'month'],
      ['全年', '2025', 'year'],
    ]);
    expect(dates('力争在2月前量产', '2025-08-20')).toEqual([['2月', '2026-02', 'month']]);
  });

  it('resolves 同月 through the date before it, and does not read 首次年度 as 次年', () => {
    expect(dates('青木科技2023年7月发布新品，同月完成融资', '2025-06')).toEqual([
      ['2023年7月', '2023-07', 'month'],
      ['同月', '2023-07', 'month'],
    ]);
    expect(dates('2023年，星河科技宣布派发首次年度股息', '2025-06')).toEqual([['2023年', '2023', 'year']]);
  });

  it('carries the dates of earlier paragraphs to a later 次日 or 当天, through the day the text named', () => {
    const carried = carryDates('星河科技5月8日召开发布会，展示了2019年的旧款。', '2025-06-01');
    expect(findDates('发布会次日，股价大涨', '2025-06-01', '', carried).map((d) => d.iso)).toEqual(['2025-05-09']);
    // 次日 is counted from 5月8日; a later 当天 still means that day.
    expect(findDates('次日宣布离职；发布当天股价下跌', '2025-06-01', '', carried).map((d) => d.iso)).toEqual([
      '2025-05-09',
      '2025-05-08',
    ]);
  });
});

describe('bounds, ranges and counts of kinds', () => {
  const figs = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

  it('keeps the ceiling of 最多 across 可达 (README: 最多 gives min 0)', () => {
    expect(figs('单次最多可达20万个token')).toEqual([['最多可达20万个', 0, 200000, 'count']]);
  });

  it('reads a range of parameter sizes (1.5B到34B) and counts kinds with 种', () => {
    expect(figs('覆盖1.5B到34B共四种参数规模，支持31种语言')).toEqual([
      ['1.5B到34B', 1.5e9, 34e9, 'parameters'],
      ['四种', 4, 4, 'count'],
      ['31种', 31, 31, 'count'],
    ]);
    expect(figs('一种新方法')).toEqual([]);
  });

  it('takes a bounded span before 后 (不到两周后) as how long it took, not a date', () => {
    expect(figs('新版上线不到两周后取得的成绩')).toEqual([['不到两周', 0, 2, 'weeks']]);
    expect(findDates('不到两周后取得的成绩', '2025-06-01')).toEqual([]);
  });
});

describe('quarters as Taiwan and Hong Kong write them', () => {
  it('reads 第二季, 首季 and Q2 as quarters of the article’s year, fiscal ones still as written', () => {
    expect(dates('第二季營收年減5%，首季則持平；Q3展望保守', '2025-09-10')).toEqual([
      ['第二季', '2025-Q2', 'quarter'],
      ['首季', '2025-Q1', 'quarter'],
      ['Q3', '2025-Q3', 'quarter'],
    ]);
    expect(dates('2026財年第二季營收', '2025-09-10')).toEqual([['2026財年第二季', '', 'period']]);
    expect(dates('第三季節目收視', '2025-09-10')).toEqual([]);
  });
});

describe('orders of magnitude, vague multiples and percentage points', () => {
  const figs = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

  it('reads 千万量级 and 数以万计 as 数千万 and 数万, 千万级 and 亿级 as floors, 千亿级参数 as a floor of parameters', () => {
    expect(figs('两款应用的月活用户都在百万量级')).toEqual([['百万量级', 1e6, 9e6, 'users']]);
    expect(figs('平台吸引了数以万计的开发者，數以千計的企業')).toEqual([
      ['数以万计', 1e4, 9e4, 'developers'],
      ['數以千計', 1000, 9000, 'companies'],
    ]);
    expect(figs('日活用户达到千万级，并向亿级用户迈进')).toEqual([
      ['千万级', 1e7, null, 'users'],
      ['亿级', 1e8, null, 'users'],
    ]);
    expect(figs('发布了百亿级参数的模型')).toEqual([['百亿级', 1e10, null, 'parameters']]);
    // A bare magnitude before 参数 is the size; before 参数级别 editors split, so it stays unread.
    expect(figs('星辰发布千亿参数大模型')).toEqual([['千亿', 1e11, 1e11, 'parameters']]);
    expect(figs('足以训练万亿参数级别的模型')).toEqual([]);
  });

  it('reads 数倍 as one to nine times and 三倍多 as more than three times', () => {
    expect(figs('订单量在一年内增长了数倍')).toEqual([['数倍', 1, 9, 'times']]);
    expect(figs('出货量是去年同期的三倍多，利润则增长五倍有余')).toEqual([
      ['三倍多', 3, null, 'times'],
      ['五倍有余', 5, null, 'times'],
    ]);
    expect(figs('几个团队')).toEqual([]);
  });

  it('reads 个百分点 as percentage points, not as a count of 个', () => {
    expect(figs('毛利率同比提升2.5个百分点，净利率下降一个百分点')).toEqual([
      ['2.5个百分点', 2.5, 2.5, 'percentage-points'],
      ['一个百分点', 1, 1, 'percentage-points'],
    ]);
  });

  it('counts institutions as companies and people (预约人数) as users, but not a payroll', () => {
    expect(figs('共有十余家机构参与本轮融资')).toEqual([['十余家', 10, null, 'companies']]);
    expect(figs('新机的预约人数已突破300万')).toEqual([['突破300万', 3e6, null, 'users']]);
    expect(figs('员工人数超过2万')).toEqual([['超过2万', 2e4, null, 'count']]);
  });

  it('tells currencies spelt with 元 from yuan, and reads pounds', () => {
    expect(figs('投资5000亿韩元，另募集3亿澳元和约2亿英镑')).toEqual([
      ['5000亿韩元', 5e11, 5e11, 'KRW'],
      ['3亿澳元', 3e8, 3e8, 'AUD'],
      ['约2亿英镑', 2e8, 2e8, 'GBP'],
    ]);
  });
});

describe('dates news gives by the calendar and by what came before', () => {
  it('counts 本季度, 上一季度 and 本季 from the article’s quarter, and 前三季度 (Q1–Q3) as its year', () => {
    expect(dates('本季度营收创新高，上一季度则持平，下个季度有望回升，本季毛利率提升', '2024-08-20')).toEqual([
      ['本季度', '2024-Q3', 'quarter'],
      ['上一季度', '2024-Q2', 'quarter'],
      ['下个季度', '2024-Q4', 'quarter'],
      ['本季', '2024-Q3', 'quarter'],
    ]);
    expect(dates('上季度营收', '2024-02-01')).toEqual([['上季度', '2023-Q4', 'quarter']]);
    expect(dates('前三季度累计出货', '2024-11-01')).toEqual([['前三季度', '2024', 'period']]);
  });

  it('dates 春节 by the month the Lunar New Year fell in, the last one before the article unless ahead', () => {
    expect(dates('星河手机在今年春节假期销量大增', '2023-03-01')).toEqual([['今年春节', '2023-01', 'month']]);
    expect(dates('去年春节期间上线', '2024-05-01')).toEqual([['去年春节', '2023-01', 'month']]);
    expect(dates('春节期间订单翻倍', '2025-01-10')).toEqual([['春节', '2024-02', 'month']]);
    expect(dates('新品计划在春节前上市', '2025-01-10')).toEqual([['春节', '2025-01', 'month']]);
  });

  it('resolves 彼时 and 截至当时 through the date before them, and leaves a bare 当时 unread', () => {
    expect(dates('2021年3月，青木科技完成上市，彼时市值约百亿', '2024-06-15')).toEqual([
      ['2021年3月', '2021-03', 'month'],
      ['彼时', '2021-03', 'month'],
    ]);
    expect(dates('2022年底，截至当时已有上千家企业接入', '2024-06-15')).toEqual([
      ['2022年底', '2022-12', 'period'],
      ['截至当时', '2022-12', 'period'],
    ]);
    expect(dates('他当时表示', '2024-06-15')).toEqual([]);
  });

  it('reads 2019年…当年 as that year, not 相当年轻 or 当年度', () => {
    expect(dates('2019年，云帆公司成立，当年就拿到融资', '2024-06-15')).toEqual([
      ['2019年', '2019', 'year'],
      ['当年', '2019', 'year'],
    ]);
    expect(dates('团队相当年轻，当年度亏损', '2024-06-15')).toEqual([]);
  });

  it('leaves spans back from now (过去一年, 近期, 近年来) as written, and they are not figures', () => {
    expect(dates('过去一年里，近期以及近年来', '2024-06-15')).toEqual([
      ['过去一年里', '', 'period'],
      ['近期', '', 'period'],
      ['近年来', '', 'period'],
    ]);
    expect(findFigures('过去六个月股价上涨了20%').map((f) => f.text)).toEqual(['20%']);
  });

  it('reads a weekday alone as the last one up to the article’s day, the next after 将', () => {
    // 2025-01-15 is a Wednesday.
    expect(dates('云帆公司周二宣布', '2025-01-15')).toEqual([['周二', '2025-01-14', 'day']]);
    expect(dates('新品将于周五发布', '2025-01-15')).toEqual([['周五', '2025-01-17', 'day']]);
    expect(dates('每周二更新，周一至周五营业', '2025-01-15')).toEqual([]);
  });

  it('takes the end of a range of months into the year its start names, a year digit by digit, and not a decade', () => {
    expect(dates('2023年11月至2月期间', '2025-06-01')).toEqual([
      ['2023年11月', '2023-11', 'month'],
      ['2月', '2024-02', 'month'],
    ]);
    expect(dates('二〇二三年成立', '2025-06-01')).toEqual([['二〇二三年', '2023', 'year']]);
    expect(dates('2020年代的技术', '2025-06-01')).toEqual([]);
  });
});

describe('analysts’ ranges, fractions and bounds set apart from the amount', () => {
  const figs = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

  it('reads 个位数中段, 高个位数 and 两位数 as ranges, a share where the clause speaks of one', () => {
    expect(figs('该业务的营收占比已降至个位数中段')).toEqual([['个位数中段', 4, 6, 'percent']]);
    expect(figs('云帆公司预计明年增速为高個位數')).toEqual([['高個位數', 7, 9, 'percent']]);
    expect(figs('团队人数仍是两位数')).toEqual([['两位数', 10, 99, 'count']]);
  });

  it('reads 五分之一 and 三分之二 as fractions in percent, not 百分之', () => {
    expect(figs('价格降至原来的五分之一，覆盖三分之二的用户')).toEqual([
      ['五分之一', 20, 20, 'percent'],
      ['三分之二', 66.7, 66.7, 'percent'],
    ]);
    expect(figs('百分之二十')).toEqual([['百分之二十', 20, 20, 'percent']]);
  });

  it('bounds an amount from 最低/最多 across a verb, and a share from 不到/超过 across what it is a share of', () => {
    expect(figs('会员最低支付9.9元即可使用，单次最多可支持10万个字')).toEqual([
      ['9.9元', 9.9, null, 'CNY'],
      ['10万个', 0, 1e5, 'count'],
    ]);
    expect(figs('青木科技的市值不到高峰时的三成')).toEqual([['不到高峰时的三成', 0, 30, 'percent']]);
    expect(figs('订单量超过去年全年的两倍')).toEqual([['超过去年全年的两倍', 2, null, 'times']]);
  });

  it('bounds a price per unit by what follows the unit (0.1元/千tokens以上)', () => {
    expect(figs('此前报价普遍在0.08元/千tokens以上')).toEqual([['0.08元', 0.08, null, 'CNY']]);
  });

  it('counts people (人, 名) as staff, users or developers, never as the models named before', () => {
    expect(figs('云帆的大模型团队已超过800人')).toEqual([['超过800人', 800, null, 'count']]);
    expect(figs('吸引了300万名用户')).toEqual([['300万名', 3e6, 3e6, 'users']]);
  });
});

describe('hours after a day, and a condition looking ahead', () => {
  it('dates 仅隔数小时 and 3小时后 to the day the text named before', () => {
    expect(dates('5月21日，云帆公司宣布降价。仅隔数小时，青木科技宣布免费', '2024-05-25')).toEqual([
      ['5月21日', '2024-05-21', 'day'],
      ['仅隔数小时', '2024-05-21', 'day'],
    ]);
    expect(dates('新机3小时后售罄', '2024-05-25')).toEqual([['3小时后', '', 'day']]);
  });

  it('reads a month after 若 or 如果 as one still to come', () => {
    expect(dates('若新机在6月无法如期上市', '2024-05-25')).toEqual([['6月', '2024-06', 'month']]);
  });
});

describe('days that are not dates', () => {
  it('does not read a metric over days (3日留存, 7日均) as a day of the month', () => {
    expect(dates('3日留存均在50%以下，7日均活跃用户下降', '2024-03-15')).toEqual([]);
    expect(dates('发布会定于13日举行', '2024-03-15')).toEqual([['13日', '2024-03-13', 'day']]);
  });
});

describe('去年同期', () => {
  it('is the period the text just named, a year earlier; the year before alone', () => {
    expect(dates('第二季营收增长8%，比去年同期提高', '2024-08-20')).toEqual([
      ['第二季', '2024-Q2', 'quarter'],
      ['去年同期', '2023-Q2', 'quarter'],
    ]);
    expect(dates('2024年上半年营收较去年同期增长', '2024-08-20')).toEqual([
      ['2024年上半年', '2024-H1', 'half'],
      ['去年同期', '2023-H1', 'half'],
    ]);
    expect(dates('营收较去年同期增长', '2024-08-20')).toEqual([['去年同期', '2023', 'year']]);
  });
});
