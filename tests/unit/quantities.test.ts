import { describe, expect, it } from 'vitest';
import { findDates, findFigures, parseChineseNumber } from '../../lib/claims/quantities';

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
      ['2024—2026年', '2024/2026', 'period'],
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
