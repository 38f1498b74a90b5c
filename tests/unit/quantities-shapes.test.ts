import { describe, expect, it } from 'vitest';
import { findDates, findFigures } from '../../lib/claims/quantities';

/**
 * The shapes figures and dates take in Chinese news prose, one sentence each (written for this
 * table; fictional companies 星辰, 月光, 云帆), with what the extractor reads. A row whose reading is
 * `[]` is one left unread on purpose: where editors have no majority (tests/claims-eval/README.md),
 * a number left plain beats a wrong one highlighted.
 */
type FigureRow = [shape: string, sentence: string, read: Array<[string, number, number | null, string]>];
type DateRow = [shape: string, sentence: string, read: Array<[string, string]>];

const figures = (text: string) => findFigures(text).map((f) => [f.text, f.min, f.max, f.unit]);
/** Dates against an article of Friday 2024-11-15. */
const dates = (text: string) => findDates(text, '2024-11-15').map((d) => [d.text, d.iso]);

const FIGURES: FigureRow[] = [
  // Numerals and magnitudes.
  ['兆 as a trillion (Taiwan money)', '星辰市值达到1.2兆新台币', [['达到1.2兆新台币', 1.2e12, 1.2e12, 'TWD']]],
  ['兆 before a unit of power is mega-', '电站装机容量为3兆瓦', [['3兆瓦', 3, 3, 'MW']]],
  ['千/百/十 in words', '云帆营收为一千二百亿元', [['一千二百亿元', 1.2e11, 1.2e11, 'CNY']]],
  ['两 and 多', '两千多名员工', [['两千多名', 2000, null, 'count']]],
  ['廿 and 卅', '廿多家企业参展', [['廿多家', 20, null, 'companies']]],
  ['Arabic with commas', '营收为1,234,567元', [['1,234,567元', 1234567, 1234567, 'CNY']]],
  ['Arabic with a space between thousands', '营收为1 234亿元', [['1 234亿元', 1.234e11, 1.234e11, 'CNY']]],
  ['…but a model number then a size stay apart', '星辰X 16 256GB版本', [['256GB', 256, 256, 'GB']]],
  ['万亿', '国内市场规模达1.2万亿元', [['达1.2万亿元', 1.2e12, 1.2e12, 'CNY']]],
  ['百亿级: a class, a floor', '进入百亿级市场', [['百亿级', 1e10, null, 'count']]],
  ['亿 times a decimal, without float noise', '折合约8.3亿港元', [['约8.3亿港元', 8.3e8, 8.3e8, 'HKD']]],
  // Areas and multiples.
  ['平方公里: an area, not a length', '月光的配送范围约为1200平方公里', [['约为1200平方公里', 1200, 1200, 'km2']]],
  ['翻倍: double', '云帆的订单量今年有望翻倍', [['翻倍', 2, 2, 'times']]],
  ['翻了一倍', '星辰的广告收入翻了一倍', [['翻了一倍', 2, 2, 'times']]],
  ['翻倍有余: more than double', '青木的出货量翻倍有余', [['翻倍有余', 2, null, 'times']]],
  // Bounds.
  ['逾 before a bare magnitude', '营收逾百亿元', [['逾百亿元', 1e10, null, 'CNY']]],
  ['超过', '营收超过100亿元', [['超过100亿元', 1e10, null, 'CNY']]],
  ['将近 keeps the number', '营收将近100亿元', [['将近100亿元', 1e10, 1e10, 'CNY']]],
  ['约…左右 keeps the number', '营收约100亿元左右', [['约100亿元左右', 1e10, 1e10, 'CNY']]],
  ['上下 keeps the number', '营收在100亿元上下', [['100亿元上下', 1e10, 1e10, 'CNY']]],
  ['左右 after the 次 it counts is the figure’s words', '日均调用量达3亿次左右', [['达3亿次左右', 3e8, 3e8, 'count']]],
  ['左右 after a percent', '毛利率在18%左右', [['18%左右', 18, 18, 'percent']]],
  ['以上 a floor', '营收100亿元以上', [['100亿元以上', 1e10, null, 'CNY']]],
  ['以下 a ceiling', '营收100亿元以下', [['100亿元以下', 0, 1e10, 'CNY']]],
  ['或以上 a floor', '云帆收入增速可达两成或以上', [['可达两成或以上', 20, null, 'percent']]],
  ['及以上 a floor', '星辰20%及以上的门店', [['20%及以上', 20, null, 'percent']]],
  ['或以下 a ceiling', '月光订单价在100元或以下', [['100元或以下', 0, 100, 'CNY']]],
  [
    '或 between two amounts is no bound',
    '营收100亿元或200亿元',
    [
      ['100亿元', 1e10, 1e10, 'CNY'],
      ['200亿元', 2e10, 2e10, 'CNY'],
    ],
  ],
  ['不到 a ceiling', '营收不到100亿元', [['不到100亿元', 0, 1e10, 'CNY']]],
  ['至少 a floor', '至少100家企业', [['至少100家', 100, null, 'companies']]],
  ['最多 a ceiling', '最多100家企业', [['最多100家', 0, 100, 'companies']]],
  ['a floor at a distance leaves a range its top', '续航至少可维持三到五天', [['三到五天', 3, 5, 'days']]],
  ['…and opens a single amount', '续航至少可维持五天', [['五天', 5, null, 'days']]],
  ['最高 + a penalty verb: a ceiling', '最高罚款100万元', [['100万元', 0, 1e6, 'CNY']]],
  ['最高 + a payout verb: a ceiling', '每辆车最高补贴2万元', [['2万元', 0, 2e4, 'CNY']]],
  ['最高法院 is a court, not a ceiling', '最高法院判赔5000万元', [['5000万元', 5e7, 5e7, 'CNY']]],
  ['高达 the number (majority)', '高达300亿元', [['高达300亿元', 3e10, 3e10, 'CNY']]],
  ['多 a floor', '300多家企业', [['300多家', 300, null, 'companies']]],
  ['余 a floor', '300余家企业', [['300余家', 300, null, 'companies']]],
  ['餘 a floor', '300餘家企業', [['300餘家', 300, null, 'companies']]],
  ['破 a floor', '成交额破100亿元', [['破100亿元', 1e10, null, 'CNY']]],
  [
    '破 before a bare magnitude',
    '589个品牌成交额破亿',
    [
      ['589个', 589, 589, 'count'],
      ['破亿', 1e8, null, 'count'],
    ],
  ],
  ['跌破 a ceiling (fell below it)', '股价跌破100元', [['跌破100元', 0, 100, 'CNY']]],
  ['跌破 a share', '星辰市占已跌破13%', [['跌破13%', 0, 13, 'percent']]],
  ['打破 is no floor', '打破3项纪录', [['3项', 3, 3, 'count']]],
  // 来 (十来家, 100来家): "about", read by some as the number, by others as a little more; no
  // editor has written one, so it stays unread.
  ['来 (no majority)', '十来家企业', []],
  // Ranges.
  ['至 between percentages', '营收增长10%至20%', [['10%至20%', 10, 20, 'percent']]],
  ['- between prices', '售价3000-5000元', [['3000-5000元', 3000, 5000, 'CNY']]],
  ['～ between prices', '售价3000～5000元', [['3000～5000元', 3000, 5000, 'CNY']]],
  ['— between prices', '售价3000—5000元', [['3000—5000元', 3000, 5000, 'CNY']]],
  ['三到五成', '市场份额为三到五成', [['三到五成', 30, 50, 'percent']]],
  ['十几', '十几家企业', [['十几家', 11, 19, 'companies']]],
  ['数十', '数十家企业', [['数十家', 10, 90, 'companies']]],
  ['上百 a floor', '上百家企业', [['上百家', 100, null, 'companies']]],
  ['几千', '几千名用户', [['几千名', 1000, 9000, 'users']]],
  // Shares.
  ['成', '市场份额为三成', [['三成', 30, 30, 'percent']]],
  [
    '成 with 近 and 多',
    '近3成用户，两成多企业',
    [
      ['近3成', 30, 30, 'percent'],
      ['两成多', 20, null, 'percent'],
    ],
  ],
  // 折 as a discount (八折 = pay 80%, 20% off): editors have written none; unread.
  ['折 (no majority)', '全场打八折', []],
  ['百分之', '占比百分之三十', [['百分之三十', 30, 30, 'percent']]],
  ['三分之一', '占比三分之一', [['三分之一', 33.3, 33.3, 'percent']]],
  ['半数', '半数企业亏损', [['半数', 0.5, 0.5, 'times']]],
  ['过半 a floor', '营收占比过半', [['过半', 0.5, null, 'times']]],
  ['超过一半 a floor', '超过一半的企业亏损', [['超过一半', 0.5, null, 'times']]],
  ['过半年 is a time, not a share', '过半年后再看', []],
  // Declines and growth: the number stays positive (majority), the verb tells the direction.
  ['下降', '营收下降10%', [['10%', 10, 10, 'percent']]],
  ['年減', '營收年減10%', [['10%', 10, 10, 'percent']]],
  ['缩水', '利润缩水10%', [['10%', 10, 10, 'percent']]],
  ['同比增长', '营收同比增长10%', [['10%', 10, 10, 'percent']]],
  ['按年', '营收按年增长10%', [['10%', 10, 10, 'percent']]],
  [
    '由X降至Y',
    '毛利率由30%降至25%',
    [
      ['30%', 30, 30, 'percent'],
      ['25%', 25, 25, 'percent'],
    ],
  ],
  ['增长一倍 is +100%', '营收增长一倍', [['一倍', 100, 100, 'percent']]],
  ['两位数 growth', '营收录得两位数增长', [['两位数', 10, 99, 'percent']]],
  ['三位數 growth', '星辰雲AI營收錄得三位數年增', [['三位數', 100, 999, 'percent']]],
  // Compared with another's figure (高于X的19%), the figure is X's own, no bound.
  [
    '高于X的N%',
    '月光增速约为29%，高于星辰的19%',
    [
      ['约为29%', 29, 29, 'percent'],
      ['19%', 19, 19, 'percent'],
    ],
  ],
  ['超过X的N倍 bounds a ratio', '营收超过去年同期的两倍', [['超过去年同期的两倍', 2, null, 'times']]],
  // Per-unit prices: the amount, its unit of sale left to the words.
  ['元/股', '发行价为100元/股', [['100元', 100, 100, 'CNY']]],
  ['每股', '每股派息1.5美元', [['1.5美元', 1.5, 1.5, 'USD']]],
  ['美元/月', '订阅价为20美元/月', [['20美元', 20, 20, 'USD']]],
  ['每百万tokens', '每百万tokens收费2元', [['2元', 2, 2, 'CNY']]],
  ['a currency sign', '售价¥4999起', [['¥4999', 4999, null, 'CNY']]],
  ['a currency sign then 起', '售价$20起', [['$20', 20, null, 'USD']]],
  ['起 is still a count of incidents', '发生3起事故', [['3起', 3, 3, 'count']]],
  ['trading days', '星辰连续三个交易日回购股份', [['三个交易日', 3, 3, 'days']]],
  // Percentage points.
  ['个百分点', '毛利率提升3个百分点', [['3个百分点', 3, 3, 'percentage-points']]],
  // Ranks are no figures (no editor writes 第三 as one).
  ['第N', '出货量位列第三', []],
  ['前三', '出货量排名前三', []],
  // A reporting period is no amount.
  ['截至…止九个月', '截至2024年9月30日止九个月，营收为3.5亿美元', [['3.5亿美元', 3.5e8, 3.5e8, 'USD']]],
  ['…but a span of work is', '星辰用了三个月完成开发', [['三个月', 3, 3, 'months']]],
];

const DATES: DateRow[] = [
  // Fiscal years and quarters: off the calendar, shown as written (majority).
  ['财年', '星辰2024财年营收增长', [['2024财年', '']]],
  ['FY24', '星辰FY24营收增长', [['FY24', '']]],
  ['第三财季', '星辰第三财季营收增长', [['第三财季', '']]],
  ['calendar quarter', '星辰第三季度营收增长', [['第三季度', '2024-Q3']]],
  ['Q3', '星辰Q3营收增长', [['Q3', '2024-Q3']]],
  ['two-digit year and quarter', '星辰24年Q3营收增长', [['24年Q3', '2024-Q3']]],
  ['two-digit year and month', '23年3月发布', [['23年3月', '2023-03']]],
  // Reporting periods.
  ['截至…止', '截至9月30日止，营收增长', [['9月30日', '2024-09-30']]],
  ['截至…底', '截至6月底，用户达到1亿', [['6月底', '2024-06']]],
  ['上半年', '上半年营收增长', [['上半年', '2024-H1']]],
  ['前三季度: the year', '星辰前三季度营收增长', [['前三季度', '2024']]],
  ['前三季 (Taiwan)', '星辰前三季營收成長', [['前三季', '2024']]],
  ['今年前10个月', '今年前10个月，销量增长', [['今年前10个月', '2024']]],
  ['…but 发布前两个月 is a span before an event', '在发布前两个月，销量增长', []],
  ['1-9月: the year, not September', '2024年1-9月，营收增长', [['2024年1-9月', '2024']]],
  ['1至10月', '1至10月，销量增长', [['1至10月', '2024']]],
  ['全年', '全年营收增长', [['全年', '2024']]],
  [
    '全年 in a forecast: the year under way',
    '星辰去年12月营收增长，全年盈利有望突破百亿元',
    [
      ['去年12月', '2023-12'],
      ['全年', '2024'],
    ],
  ],
  [
    '全年 after last year’s month: that year',
    '星辰晒出去年12月及全年成绩单',
    [
      ['去年12月', '2023-12'],
      ['全年', '2023'],
    ],
  ],
  [
    '全年 after a year long past: the article’s',
    '星辰成立于2015年，全年营收增长',
    [
      ['2015年', '2015'],
      ['全年', '2024'],
    ],
  ],
  ['去年同期', '与去年同期相比增长', [['去年同期', '2023']]],
  ['前一年同期 (as 去年同期)', '已较前一年同期明显回升', [['前一年同期', '2023']]],
  [
    '当季: the quarter just named',
    '星辰发布第三季度财报，当季营收增长',
    [
      ['第三季度', '2024-Q3'],
      ['当季', '2024-Q3'],
    ],
  ],
  // A range of days in one month: the month, as dev-8 writes it (no other editor has).
  ['11月5日至7日', '星辰于11月5日至7日连续回购', [['11月5日至7日', '2024-11']]],
  ['截至周四', '截至周四收盘，星辰股价上涨', [['周四', '2024-11-14']]],
  ['周一至周五 is no one day', '周一至周五营业', []],
  ['近月: a span back, as written', '近月，星辰股价下跌', [['近月', '']]],
  ['接近月底 is no 近月', '时间接近月底', []],
  // Parts of a month and a year.
  ['年初', '年初发布新机', [['年初', '2024-01']]],
  ['月初 on its own', '月初，星辰发布新机', [['月初', '2024-11']]],
  ['于月底', '星辰将于月底发布新机', [['月底', '2024-11']]],
  ['正月初一 is no date of the article’s month', '正月初一发布', []],
  ['10月中旬', '10月中旬发布新机', [['10月中旬', '2024-10']]],
  ['下月中旬', '星辰将于下月中旬发布新机', [['下月中旬', '2024-12']]],
  // 年中 (mid-year): only dev-8's editor has written one (今年年中 → June); a bare 年中 stays unread.
  ['今年年中', '星辰今年年中发布新机', [['今年年中', '2024-06']]],
  ['2019年中国 is no 年中', '2019年中国市场', [['2019年', '2019']]],
  // Chained days.
  [
    '当天',
    '星辰于11月5日发布新机，当天股价上涨',
    [
      ['11月5日', '2024-11-05'],
      ['当天', '2024-11-05'],
    ],
  ],
  [
    '次日',
    '星辰于11月5日发布新机，次日股价上涨',
    [
      ['11月5日', '2024-11-05'],
      ['次日', '2024-11-06'],
    ],
  ],
  [
    '翌日',
    '星辰于11月5日发布新机，翌日股价上涨',
    [
      ['11月5日', '2024-11-05'],
      ['翌日', '2024-11-06'],
    ],
  ],
  [
    '同日',
    '星辰于11月5日发布新机，同日股价上涨',
    [
      ['11月5日', '2024-11-05'],
      ['同日', '2024-11-05'],
    ],
  ],
  [
    '隔天',
    '星辰于11月5日发布新机，隔天股价上涨',
    [
      ['11月5日', '2024-11-05'],
      ['隔天', '2024-11-06'],
    ],
  ],
  // Weeks.
  ['本周三', '星辰本周三发布新机', [['本周三', '2024-11-13']]],
  ['上周五', '星辰上周五发布新机', [['上周五', '2024-11-08']]],
  ['周一（11日）', '星辰周一（11日）发布新机', [['周一（11日）', '2024-11-11']]],
  ['11日（周一）', '星辰11日（周一）发布新机', [['11日（周一）', '2024-11-11']]],
  // Taiwan's papers: the day word short, the day of the month in brackets before 日.
  ['今（15）日', '星辰今（15）日召开股东会', [['今（15）日', '2024-11-15']]],
  ['昨（14）日', '月光昨（14）日公布财报', [['昨（14）日', '2024-11-14']]],
  ['前（30）日: the month before', '云帆前（30）日宣布涨价', [['前（30）日', '2024-10-30']]],
  ['明（16）日', '星辰明（16）日起开放预购', [['明（16）日', '2024-11-16']]],
  ['明（2）日: the month after', '星辰明（2）日起开放预购', [['明（2）日', '2024-12-02']]],
  [
    '前一天: the day before the one named',
    '星辰于11月5日发布新机，月光在前一天抢先发布',
    [
      ['11月5日', '2024-11-05'],
      ['前一天', '2024-11-04'],
    ],
  ],
  ['本周四（11月14日）: one date', '星辰本周四（11月14日）盘后发布财报', [['本周四（11月14日）', '2024-11-14']]],
  ['将于周二（11月19日）', '星辰将于周二（11月19日）举行开放日', [['周二（11月19日）', '2024-11-19']]],
  // Shopping festivals.
  ['双11期间', '今年双11期间，成交额增长', [['今年双11期间', '2024-11']]],
  [
    '的双11 without a year keeps the 的 out',
    '10月31日开始的双11',
    [
      ['10月31日', '2024-10-31'],
      ['双11', '2024-11'],
    ],
  ],
];

describe('figures, shape by shape', () => {
  it.each(FIGURES)('%s: %s', (_shape, sentence, read) => {
    expect(figures(sentence)).toEqual(read);
  });
});

describe('dates, shape by shape (article of 2024-11-15)', () => {
  it.each(DATES)('%s: %s', (_shape, sentence, read) => {
    expect(dates(sentence)).toEqual(read);
  });
});
