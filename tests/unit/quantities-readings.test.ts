import { describe, expect, it } from 'vitest';
import { carryDates, findDates, findFigures, type DateRef } from '../../lib/claims/quantities';

// Sentences written for these tests (fictional companies: 云帆, 青木, 星辰, 月光), one per reading.
const figs = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);

/** The dates of each paragraph in turn, each carrying what the ones before it stated. */
function datesByParagraph(at: string, ...paragraphs: string[]): Array<Array<[string, string]>> {
  let carried: DateRef[] = [];
  return paragraphs.map((p) => {
    const found = findDates(p, at, '', carried).map((d): [string, string] => [d.text, d.iso]);
    carried = carryDates(p, at, carried);
    return found;
  });
}

describe('numbers that are not the figure they look like', () => {
  it('reads no bound in the 达 that ends a name or a verb (星伟达近五年, 表达超…)', () => {
    expect(figs('这是星伟达近五年来最大的一笔收购')).toEqual([['近五年', 5, 5, 'years']]);
    expect(figs('月光雷达超过200台')).toEqual([['超过200台', 200, null, 'count']]);
    // …but 达 after a noun or an adverb is "reaching".
    expect(figs('云帆营收达74亿元')).toEqual([['达74亿元', 7.4e9, 7.4e9, 'CNY']]);
  });

  it('shows no share for a vague fraction (几十分之一), and ten percent for 十分之一', () => {
    expect(figs('青木的算力只是对方的几十分之一')).toEqual([]);
    expect(figs('青木的算力只是对方的数百分之一')).toEqual([]);
    expect(figs('成本降到了原来的十分之一')).toEqual([['十分之一', 10, 10, 'percent']]);
  });

  it('reads a chip or product code glued to a Chinese name (星辰910B) as a name, not parameters', () => {
    expect(figs('部分厂商转向采购星辰910B芯片')).toEqual([]);
    expect(figs('云帆发布72B模型')).toEqual([['72B', 7.2e10, 7.2e10, 'parameters']]);
    expect(figs('青木新模型的参数规模为7B')).toEqual([['7B', 7e9, 7e9, 'parameters']]);
  });

  it('reads no range in a version after a Latin name (Orca 2-13B), nor the size that names it', () => {
    expect(figs('表现已超过了Orca 2-13B')).toEqual([]);
    expect(figs('模型规模从7B到70B不等')).toEqual([['7B到70B', 7e9, 7e10, 'parameters']]);
  });
});

describe('a hedge with its copula', () => {
  it('keeps 约为 and 约有 with the figure they hedge', () => {
    expect(figs('云帆上季营收约为62亿元人民币')).toEqual([['约为62亿元人民币', 6.2e9, 6.2e9, 'CNY']]);
    expect(figs('青木的付费用户約有300萬')).toEqual([['約有300萬', 3e6, 3e6, 'users']]);
    expect(findFigures('营收大约为5亿美元')[0]!.approx).toBe(true);
  });
});

describe('a day counted from an event (发布会当天, 消息传出次日)', () => {
  it('goes back to the day the event was stated, not to the last day given', () => {
    expect(
      datesByParagraph(
        '2024-09-17',
        '星辰于9日举行秋季发表会，推出新手机。',
        '分析师16日发文指出，预购量下滑。',
        '就在星辰发表会隔天，月光推出折叠屏手机。',
      ),
    ).toEqual([[['9日', '2024-09-09']], [['16日', '2024-09-16']], [['隔天', '2024-09-10']]]);
  });

  it("goes back to the last day stated when no sentence before stated the event (the editors' majority)", () => {
    expect(
      datesByParagraph('2024-06-26', '本月10日，云帆在开发者大会上发布新模型。', '消息传出当天，青木股价上涨5%。'),
    ).toEqual([[['本月10日', '2024-06-10']], [['当天', '2024-06-10']]]);
    expect(datesByParagraph('2024-06-26', '消息传出当天，青木股价上涨5%。')).toEqual([[['当天', '']]]);
  });

  it('goes back to the last day when the word opens its clause (次日，…) or follows a day (10日当天)', () => {
    expect(
      datesByParagraph('2024-06-26', '本月10日，云帆发布新模型。', '青木12日宣布降价。', '次日，月光跟进。'),
    ).toEqual([[['本月10日', '2024-06-10']], [['12日', '2024-06-12']], [['次日', '2024-06-13']]]);
    expect(findDates('星辰10日当天宣布', '2024-06-26').map((d) => d.iso)).toEqual(['2024-06-10', '2024-06-10']);
  });

  it("takes the day of the event's owner when several sentences told the event (青木财报发布当天)", () => {
    expect(
      datesByParagraph(
        '2024-08-23',
        '青木昨日（8月22日）发布财报。',
        '云帆8月14日发布的财报显示，游戏收入增长9%。',
        '青木财报发布当天，其股价下跌3%。',
        '云帆财报发布当天，其股价上涨2%。',
      ).map((p) => p[p.length - 1]),
    ).toEqual([
      ['8月22日', '2024-08-22'],
      ['8月14日', '2024-08-14'],
      ['当天', '2024-08-22'],
      ['当天', '2024-08-14'],
    ]);
  });

  it('matches the event in the same paragraph too (发布会当天)', () => {
    expect(findDates('发布会当天，青木股价大涨', '2024-06-26', '云帆20日在上海举行发布会。').map((d) => d.iso)).toEqual(
      ['2024-06-20'],
    );
  });
});

describe('去年同期 in a later paragraph', () => {
  it('is a year before the quarter the article last named', () => {
    expect(
      datesByParagraph(
        '2024-04-16',
        '研究机构昨日公布报告，今年第一季全球手机出货量为2.9亿支。',
        '星辰首季出货4080万支。',
        '报告将青木的下滑归因于去年同期基期偏高。',
      ),
    ).toEqual([
      [
        ['昨日', '2024-04-15'],
        ['今年第一季', '2024-Q1'],
      ],
      [['首季', '2024-Q1']],
      [['去年同期', '2023-Q1']],
    ]);
  });

  it('skips a date framed as the base of a comparison (与一年前相比) to find the quarter', () => {
    expect(
      datesByParagraph(
        '2024-07-16',
        '研究机构昨日公布报告，今年第二季全球平板出货量为3,500万台。',
        '与一年前相比，星辰与青木的差距缩小了。报告将青木的回升归因于去年同期基期偏低。',
      ).at(-1),
    ).toEqual([
      ['一年前', '2023'],
      ['去年同期', '2023-Q2'],
    ]);
  });

  it('still counts 一个月后 from the last year, month or day, not from the quarter', () => {
    expect(
      datesByParagraph('2024-04-16', '星辰3月5日发布财报，第一季营收增长。', '一个月后，青木降价。').at(-1),
    ).toEqual([['一个月后', '2024-04']]);
  });
  it('is the period told each time, not a year before the last 去年同期', () => {
    expect(
      datesByParagraph(
        '2024-07-26',
        '云帆第二季营收是去年同期的1.2倍，利润是去年同期的3倍。',
        '毛利则为去年同期的两倍。',
      ),
    ).toEqual([
      [
        ['第二季', '2024-Q2'],
        ['去年同期', '2023-Q2'],
        ['去年同期', '2023-Q2'],
      ],
      [['去年同期', '2023-Q2']],
    ]);
  });
});

describe('a bare 同期 in a later paragraph', () => {
  it('is the period the article reported on, past dates and a compared quarter after it', () => {
    expect(
      datesByParagraph(
        '2024-08-27',
        '云帆昨日公布2024年第二季度财报，营收增长三成。',
        '广告收入的增速较一季度放缓。',
        '今年5月，云帆市值一度超过青木。',
        '青木同期营收仅增长1%。',
      ),
    ).toEqual([
      [
        ['昨日', '2024-08-26'],
        ['2024年第二季度', '2024-Q2'],
      ],
      [['一季度', '2024-Q1']],
      [['今年5月', '2024-05']],
      [['同期', '2024-Q2']],
    ]);
  });

  it('is no period still ahead of the article', () => {
    expect(datesByParagraph('2024-05-20', '青木预计明年上半年扩产。', '星辰同期也将扩产。')).toEqual([
      [['明年上半年', '2025-H1']],
      [],
    ]);
  });
});

describe('half a span, and what a count counts', () => {
  it('reads 半年 as six months and 半小时 as half an hour, with their bounds', () => {
    expect(figs('青木领先对手约半年')).toEqual([['约半年', 6, 6, 'months']]);
    expect(figs('不到半年，云帆已发布四款模型')).toEqual([
      ['不到半年', 0, 6, 'months'],
      ['四款', 4, 4, 'models'],
    ]);
    // (Closed by 内, half an hour is at most that long: quantities.ts withinCeiling.)
    expect(figs('报修数量在半小时内升至4万条')).toEqual([
      ['半小时', 0, 0.5, 'hours'],
      ['4万条', 4e4, 4e4, 'count'],
    ]);
  });

  it('reads no half in a period, a report or another amount (上半年, 半年报, 一个半小时, 大半年)', () => {
    expect(figs('星辰今年上半年营收增长')).toEqual([]);
    expect(figs('星辰发布半年报')).toEqual([]);
    // (一个半小时 is an hour and a half, not half an hour: see claims-figures.test.ts.)
    expect(figs('一个半小时后')).toEqual([['一个半小时', 1.5, 1.5, 'hours']]);
    expect(figs('大半年过去了')).toEqual([]);
    expect(figs('青木几乎每半年推出一次更新')).toEqual([]);
  });

  it('counts customers by the head of the noun after (数以百万计的企业客户)', () => {
    expect(figs('云帆的稳定性关系到数以百万计的企业客户')).toEqual([['数以百万计', 1e6, 9e6, 'count']]);
    expect(figs('星辰已服务超过3000家企业')).toEqual([['超过3000家', 3000, null, 'companies']]);
  });

  it('reads 部门 as what is counted, and 部分 as no count', () => {
    expect(figs('由网信办会同七部门联合发布')).toEqual([['七部门', 7, 7, 'count']]);
    expect(figs('部分用户无法登录')).toEqual([]);
    expect(figs('青木卖出3部手机')).toEqual([['3部', 3, 3, 'count']]);
  });

  it('takes tokens written after the number into the figure (2.6万亿tokens)', () => {
    expect(figs('训练数据规模达到2.6万亿tokens')).toEqual([['达到2.6万亿tokens', 2.6e12, 2.6e12, 'tokens']]);
    expect(figs('新注册用户的免费额度提高到2500万tokens')).toEqual([['2500万tokens', 2.5e7, 2.5e7, 'tokens']]);
    // (With a measure word the measure word counts: 10万个token.)
    expect(figs('上下文长度可达10万个token')).toEqual([['可达10万个', 1e5, 1e5, 'count']]);
  });
});

describe('a deadline with 内', () => {
  it('reads a deadline set ahead (将在一个月内, at most a month) though 一个月 alone is wording', () => {
    expect(figs('云帆将在一个月内向所有用户开放新功能')).toEqual([['一个月', 0, 1, 'months']]);
    expect(figs('青木用一个月时间完成了迁移')).toEqual([]);
    expect(figs('星辰市值一天内增加约300亿元')).toEqual([['约300亿元', 3e10, 3e10, 'CNY']]);
    // (以内 is a ceiling.)
    expect(figs('月光承诺在一年以内完成整改')).toEqual([['一年以内', 0, 1, 'years']]);
  });
});

describe('what an amount counts, named away from it', () => {
  it('counts users where the clause opened on a user base, however far (用户规模将在年底前突破1亿)', () => {
    expect(figs('云帆预计其用户规模将在年底前突破1亿')).toEqual([['突破1亿', 1e8, null, 'users']]);
    expect(figs('青木的月活跃用户数在今年二季度首次超过3000万')).toEqual([['超过3000万', 3e7, null, 'users']]);
    // (Users merely named are not what is counted.)
    expect(figs('星辰向用户提供了超过300项服务')).toEqual([['超过300项', 300, null, 'count']]);
  });

  it('counts tokens by a Latin magnitude before them (15T tokens, 7B tokens, 10TB tokens)', () => {
    expect(figs('月光的训练数据达15T tokens')).toEqual([['达15T tokens', 1.5e13, 1.5e13, 'tokens']]);
    expect(figs('云帆在500M tokens上微调')).toEqual([['500M tokens', 5e8, 5e8, 'tokens']]);
    expect(figs('青木的训练数据超过10TB tokens')).toEqual([['超过10TB tokens', 1e13, null, 'tokens']]);
    // (A size alone is a size; a model's name is no amount.)
    expect(figs('星辰的存储容量为10TB')).toEqual([['10TB', 10, 10, 'TB']]);
    expect(figs('月光-7B tokens')).toEqual([]);
  });
});

describe('shares, pages, more than doubling and the days before a festival', () => {
  it('counts shares and pages by their measure words, not 股价 or 股东, nor 三股力量', () => {
    expect(figs('云帆此次全球发售约3.65亿股')).toEqual([['约3.65亿股', 3.65e8, 3.65e8, 'shares']]);
    expect(figs('青木股价上涨5%，股东大会通过')).toEqual([['5%', 5, 5, 'percent']]);
    expect(figs('三股力量')).toEqual([]);
    expect(figs('星辰根据一份12页的纪录撰写新闻稿')).toEqual([['12页', 12, 12, 'pages']]);
  });

  it('reads 翻了一番有余 as more than double, a floor', () => {
    expect(figs('月光估值较半年前翻了一番有余')).toEqual([['翻了一番有余', 2, null, 'times']]);
    expect(figs('月光营收翻了一番')).toEqual([['翻了一番', 2, 2, 'times']]);
  });

  it('dates 春节前后 written a week before the festival by the festival ahead', () => {
    const at = (text: string, date: string) => findDates(text, date).map((d) => [d.text, d.iso]);
    expect(at('春节前后云帆的日活跃用户已突破3亿', '2021-02-05')).toEqual([['春节', '2021-02']]);
    // (A bare 春节 before this year's is still the one just past.)
    expect(at('春节期间云帆的订单翻倍', '2021-02-05')).toEqual([['春节', '2020-01']]);
  });
});
