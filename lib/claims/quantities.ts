/**
 * Figures and dates in Chinese news sentences, normalized: 30億元 → 3e9 CNY, 100亿美元 → 1e10 USD,
 * 超过9万 → 9e4 and up, 去年11月18日 → a day resolved against the article's date.
 * Simplified and Traditional, Arabic and Chinese numerals. Offsets are exact
 * (`text.slice(start, end) === text`), results sorted and non-overlapping.
 */
import type { DatePrecision, FigureKind, Unit } from './vocabulary';

export type { DatePrecision, FigureKind, Unit } from './vocabulary';

export interface Figure {
  text: string;
  start: number;
  end: number;
  /** The lower bound (= min), kept for older readers. */
  value: number;
  /** What the text allows: 数亿 = 1–9 亿, 几十万 = 10–90 万, 300多 = 300 and up, 不到5% = 0–5, 10至20亿 = 10–20 亿. */
  min: number;
  max: number | null;
  unit: Unit;
  approx: boolean;
  kind: FigureKind;
}

export interface DateRef {
  text: string;
  start: number;
  end: number;
  /** The most precise ISO form the text allows: 2023-11-18, 2023-05, 2019, 2024-H1, 2024-Q2; '' when none. */
  iso: string;
  precision: DatePrecision;
  /** Resolved against the article's date (去年, 今年, a month without a year) or an earlier date (次日). */
  relative: boolean;
  /** For a day carried from an earlier paragraph (carryDates): the sentence that states it. */
  sentence?: string;
}

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 三十 → 30, 一百二十 → 120, 两千 → 2000, 廿五 → 25; null if not a Chinese numeral. */
export function parseChineseNumber(written: string): number | null {
  // 廿 and 卅 are twenty and thirty written as one character.
  const text = written.replace(/^廿/, '二十').replace(/^卅/, '三十');
  let total = 0;
  let digit = 0;
  let seen = false;
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch]!;
      seen = true;
    } else if (ch in SMALL_UNITS) {
      total += (seen && digit === 0 && !text.startsWith(ch) ? 0 : digit || 1) * SMALL_UNITS[ch]!;
      digit = 0;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + digit : null;
}

const MAGNITUDES: Array<[string, number]> = [
  // Compound magnitudes multiply (千万亿 = 千 × 万 × 亿): compute written out (每秒3,740千万亿次).
  ['千万亿', 1e15],
  ['千萬億', 1e15],
  ['百万亿', 1e14],
  ['百萬億', 1e14],
  ['十万亿', 1e13],
  ['十萬億', 1e13],
  ['万亿', 1e12],
  ['萬億', 1e12],
  ['千万', 1e7],
  ['千萬', 1e7],
  ['百万', 1e6],
  ['百萬', 1e6],
  // 3千亿, 5百亿: a digit before a compound magnitude (not 3 times 千亿).
  ['千亿', 1e11],
  ['千億', 1e11],
  ['百亿', 1e10],
  ['百億', 1e10],
  ['十亿', 1e9],
  ['十億', 1e9],
  ['亿', 1e8],
  ['億', 1e8],
  ['万', 1e4],
  ['萬', 1e4],
  // Taiwanese and Hong Kong usage: 3兆美元 is three trillion (兆瓦, 兆赫 are mega-: see MEGA_AFTER).
  ['兆', 1e12],
  // 3千人, 5百家: 千 and 百 after Arabic digits (a Chinese numeral takes them as its own digits).
  ['千', 1e3],
  ['百', 1e2],
];
/** After 兆, the metric prefix mega- (兆瓦, 兆字节), not a trillion. */
const MEGA_AFTER = /^(瓦|赫|字节|字節|位元|比特|帕|欧|歐|焦|bps|[Bb](?![A-Za-z]))/;

/** Currencies written as their code or RMB, after the amount (5亿RMB) or before it (USD 5亿). */
const LATIN_CODES: Array<[string, Unit]> = [
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['USD', 'USD'],
  ['HKD', 'HKD'],
  ['TWD', 'TWD'],
  ['NTD', 'TWD'],
  ['EUR', 'EUR'],
  ['JPY', 'JPY'],
  ['KRW', 'KRW'],
  ['GBP', 'GBP'],
];
/**
 * A currency word in a pattern: an ISO code is a whole word, after a space or none (5亿 RMB,
 * USD 20億), never a part of a longer Latin word.
 */
const currencyAfter = (c: string) => (/^[A-Z]{3}$/.test(c) ? `\\s?${c}(?![A-Za-z])` : c);
const currencyBefore = (c: string) => (/^[A-Z]{3}$/.test(c) ? `(?<![A-Za-z])${c}` : c.replace(/\$/g, '\\$'));
/** A currency written after the amount (30億元, 100亿美元); the longest form first. */
const CURRENCIES: Array<[string, Unit]> = [
  ['元人民币', 'CNY'],
  ['元人民幣', 'CNY'],
  // …and the other currencies a 元 may be followed by (1.2萬億元新台幣, 50億元港幣).
  ['元新台币', 'TWD'],
  ['元新台幣', 'TWD'],
  ['元港币', 'HKD'],
  ['元港幣', 'HKD'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['新台币', 'TWD'],
  ['新台幣', 'TWD'],
  ['台币', 'TWD'],
  ['台幣', 'TWD'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
  ['歐元', 'EUR'],
  ['日元', 'JPY'],
  ['日圆', 'JPY'],
  ['日圓', 'JPY'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['港幣', 'HKD'],
  ['英镑', 'GBP'],
  ['英鎊', 'GBP'],
  // Currencies spelt with 元 must be tried before 元 alone (5000亿韩元 is not yuan).
  ['韩元', 'KRW'],
  ['韓元', 'KRW'],
  // (韓圜 and 韓幣 in Hong Kong and Taiwan, 日幣 in Taiwan.)
  ['韩圆', 'KRW'],
  ['韓圓', 'KRW'],
  ['韩圜', 'KRW'],
  ['韓圜', 'KRW'],
  ['韩币', 'KRW'],
  ['韓幣', 'KRW'],
  ['日币', 'JPY'],
  ['日幣', 'JPY'],
  ['澳元', 'AUD'],
  ['澳币', 'AUD'],
  ['澳幣', 'AUD'],
  ['加元', 'CAD'],
  ['加币', 'CAD'],
  ['加幣', 'CAD'],
  ['新加坡元', 'SGD'],
  ['新加坡币', 'SGD'],
  ['新加坡幣', 'SGD'],
  ['元', 'CNY'],
  // ISO codes as financial news writes them after an amount (5亿RMB, 20億 USD): see LATIN_CURRENCY.
  ...LATIN_CODES,
];
/** A currency written before the amount (人民币6999元, 新台幣29,900元, US$10); a later 元 keeps it. */
const CURRENCY_BEFORE: Array<[string, Unit]> = [
  ['US$', 'USD'],
  ['NT$', 'TWD'],
  ['HK$', 'HKD'],
  ['$', 'USD'],
  // (The yuan sign, in either width: ¥99, ￥4999.)
  ['¥', 'CNY'],
  ['￥', 'CNY'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['新台币', 'TWD'],
  ['新台幣', 'TWD'],
  ['港币', 'HKD'],
  ['港幣', 'HKD'],
  ...LATIN_CODES,
];
/**
 * Units written after a number: time and length (48小时, 5.4秒, 7奈米), the specifications launch news
 * gives (续航700公里, 6.7英寸, 5000mAh, 5000万像素, 120Hz, 100W快充, 16GB) and votes (以523票通过).
 */
const MEASURES: Array<[string, Unit]> = [
  // An area (服务区域约3000平方公里), before the length its word ends in.
  ['平方公里', 'km2'],
  ['平方千米', 'km2'],
  ['公里', 'km'],
  ['千米', 'km'],
  ['km', 'km'],
  ['英寸', 'inches'],
  ['吋', 'inches'],
  ['毫安时', 'mAh'],
  ['毫安時', 'mAh'],
  ['mAh', 'mAh'],
  ['像素', 'pixels'],
  // A clock speed with its prefix, as editors write it (主频3.2GHz, 2400MHz); bare Hz stays hertz.
  ['GHz', 'GHz'],
  ['MHz', 'MHz'],
  ['吉赫', 'GHz'],
  ['兆赫', 'MHz'],
  ['赫兹', 'hertz'],
  ['赫茲', 'hertz'],
  ['Hz', 'hertz'],
  // Power and energy with their prefixes, the longer word first (千瓦时 before 千瓦, Wh/kg before Wh
  // before W): a car's or charger's power (250千瓦, 600kW, 120KW), a plant's capacity (200兆瓦, 1.2GW),
  // energy (100千瓦时, 50GWh), energy density (300Wh/kg). (兆瓦 is mega-, not a trillion: MAGNITUDE.)
  ['千瓦时', 'kWh'],
  ['千瓦時', 'kWh'],
  ['兆瓦时', 'MWh'],
  ['兆瓦時', 'MWh'],
  ['吉瓦时', 'GWh'],
  ['吉瓦時', 'GWh'],
  ['太瓦时', 'TWh'],
  ['太瓦時', 'TWh'],
  ['瓦时/公斤', 'Wh/kg'],
  ['瓦時/公斤', 'Wh/kg'],
  ['瓦时/千克', 'Wh/kg'],
  ['瓦時/千克', 'Wh/kg'],
  ['瓦时', 'Wh'],
  ['瓦時', 'Wh'],
  ['千瓦', 'kW'],
  ['兆瓦', 'MW'],
  ['吉瓦', 'GW'],
  ['太瓦', 'TW'],
  ['瓦特', 'W'],
  ['瓦', 'W'],
  ['kWh', 'kWh'],
  ['KWh', 'kWh'],
  ['kwh', 'kWh'],
  ['MWh', 'MWh'],
  ['GWh', 'GWh'],
  ['TWh', 'TWh'],
  ['Wh/kg', 'Wh/kg'],
  ['Wh', 'Wh'],
  ['kW', 'kW'],
  ['KW', 'kW'],
  ['kw', 'kW'],
  ['MW', 'MW'],
  ['GW', 'GW'],
  // (Not TW in Latin letters: 2330 TW is a stock code; 太瓦 says terawatts.)
  ['W', 'W'],
  // Electricity sold or made in 度 (150亿度电; 度 alone only where the clause speaks of electricity,
  // ELECTRICITY_BEFORE: 年发电量约150亿度), a kilowatt-hour.
  ['度电', 'kWh'],
  ['度電', 'kWh'],
  ['度', 'kWh'],
  // A cell's capacity (280Ah, 314安时), after mAh (5000mAh is not 5000m Ah).
  ['安时', 'Ah'],
  ['安時', 'Ah'],
  ['Ah', 'Ah'],
  // A charging rate (10C超充, 支持4C快充), only before charging words: 3C产品 are electronics.
  ['C', 'C'],
  // A current (600A大电流, 500安培): A only before a word of current or charging (12A is a phone's name).
  ['安培', 'A'],
  ['A', 'A'],
  // A voltage (800V高压平台, 1000伏).
  ['伏特', 'V'],
  ['伏', 'V'],
  ['V', 'V'],
  // Cores of a processor (8核, 16核心).
  ['核心', 'cores'],
  ['核', 'cores'],
  // Compute spent on training, in GPU hours (278.8万GPU小时).
  ['GPU小时', 'GPU-hours'],
  ['GPU小時', 'GPU-hours'],
  ['GPU hours', 'GPU-hours'],
  ['GB/s', 'GB/s'],
  ['TB/s', 'TB/s'],
  ['GB', 'GB'],
  ['TB', 'TB'],
  ['PB', 'PB'],
  // Layers stacked (8层堆叠的HBM), not 层面 or 层次.
  ['层', 'layers'],
  ['層', 'layers'],
  ['票', 'votes'],
  // Shares issued or held (发售约3.65亿股), not 股价, 股东 or 股权; pages (一份12页的纪录). (Characters,
  // 约800字, stay a count: dev, dev-2 and dev-3 count them, dev-4, dev-7, unseen-4 and unseen-5 write
  // characters.)
  ['股', 'shares'],
  ['页', 'pages'],
  ['頁', 'pages'],
  ['毫秒', 'milliseconds'],
  // (Latency as spec sheets write it, 延迟低至200ms.)
  ['ms', 'milliseconds'],
  ['秒钟', 'seconds'],
  ['秒鐘', 'seconds'],
  ['秒', 'seconds'],
  ['分钟', 'minutes'],
  ['分鐘', 'minutes'],
  ['个小时', 'hours'],
  ['個小時', 'hours'],
  ['小时', 'hours'],
  ['小時', 'hours'],
  ['天', 'days'],
  // Trading and working days (连续三个交易日, 7个工作日): days, as dev-8 writes them.
  ['个交易日', 'days'],
  ['個交易日', 'days'],
  ['交易日', 'days'],
  ['个工作日', 'days'],
  ['個工作日', 'days'],
  ['工作日', 'days'],
  ['个星期', 'weeks'],
  ['個星期', 'weeks'],
  ['周', 'weeks'],
  ['週', 'weeks'],
  // 三个多月, 一个多小时: more than the number, the 多 inside the measure.
  ['个多月', 'months'],
  ['個多月', 'months'],
  ['个多小时', 'hours'],
  ['個多小時', 'hours'],
  ['个多星期', 'weeks'],
  ['個多星期', 'weeks'],
  ['个月', 'months'],
  ['個月', 'months'],
  ['年', 'years'],
  ['纳米', 'nm'],
  ['奈米', 'nm'],
  ['nm', 'nm'],
  // An age (这位61岁的创办人), in years as editors write it.
  ['岁', 'years'],
  ['歲', 'years'],
  // Compute, as the text writes it: a prefixed FLOPS (or FLOPs, FLOP/s) is a rate, bare FLOPs a
  // count of operations (训练消耗1e25 FLOPs); TOPS a chip's integer rate.
  ...(['', 'G', 'T', 'P', 'E'] as const).flatMap((p): Array<[string, Unit]> => {
    const rate = `${p}FLOPS` as Unit;
    return [
      [`${p}FLOPS`, rate],
      [`${p}FLOP/s`, rate],
      [`${p}FLOPs`, p ? rate : 'FLOPs'],
    ];
  }),
  // …and with the prefix spelt out (12000 petaFLOPS).
  ...(
    [
      ['giga', 'G'],
      ['tera', 'T'],
      ['peta', 'P'],
      ['exa', 'E'],
    ] as const
  ).flatMap(([word, p]): Array<[string, Unit]> =>
    [word, word[0]!.toUpperCase() + word.slice(1)].flatMap((w) => [
      [`${w}FLOPS`, `${p}FLOPS`],
      [`${w}flops`, `${p}FLOPS`],
    ]),
  ),
  ['TOPS', 'TOPS'],
  ['rpm', 'rpm'],
  ['RPM', 'rpm'],
  // 转 counts revolutions only where the clause says per minute (2万转/分钟, 每分钟6000转, 转速…转).
  ['转', 'rpm'],
  ['轉', 'rpm'],
];
/**
 * What a newer measure needs after it, inside the pattern: where it fails the number is read without
 * it (50万C端用户 is still 50万, 100万VIP a count). A Latin unit is a whole word; a charging rate
 * (10C超充, 4C快充) stands only before a charging word, 3C产品 being electronics; 120km/h is a speed.
 */
const LATIN_WORD_END = '(?![A-Za-z])';
const MEASURE_AHEAD: Partial<Record<string, string>> = {
  ...Object.fromEntries(
    [
      'GHz',
      'MHz',
      'kWh',
      'KWh',
      'kwh',
      'MWh',
      'GWh',
      'TWh',
      'Wh/kg',
      'Wh',
      'kW',
      'KW',
      'kw',
      'MW',
      'GW',
      'Ah',
      'PB',
    ].map((m) => [m, LATIN_WORD_END]),
  ),
  V: '(?![A-Za-z\\d])',
  A: '(?=\\s?(?:大电流|大電流|电流|電流|超充|快充|充电|充電))',
  C: '(?=\\s?(?:超充|快充|充电|充電|超级快充|超級快充|倍率|放电|放電))',
  km: '(?![A-Za-z]|\\s?[/／]\\s?h)',
  'GPU hours': LATIN_WORD_END,
  瓦: '(?![解片房砾礫斯楞])',
  伏: '(?![击擊笔筆案尔爾])',
  核: '(?![准實实查算电電能武弹彈酸发發定销銷])',
};
/**
 * What must not follow a measure for it to be one: 周年 is an anniversary, 年代 a decade, 年初 and
 * 年底 a date, 天猫 a name.
 */
const MEASURE_NOT_BEFORE: Partial<Record<string, RegExp>> = {
  // A Latin unit is a whole word (100W, not 100Wh; 16GB, not 16GBps). (The newer ones, kW, GWh, PB…,
  // carry the same check inside the pattern, MEASURE_AHEAD, so that the number is still read.)
  W: /^[A-Za-z]/,
  GB: /^[A-Za-z]/,
  TB: /^[A-Za-z]/,
  Hz: /^[A-Za-z]/,
  度: /^[假数數过過日]/,
  mAh: /^[A-Za-z]/,
  nm: /^[A-Za-z]/,
  TOPS: /^[A-Za-z]/,
  rpm: /^[A-Za-z]/,
  RPM: /^[A-Za-z]/,
  年: /^[代度级級初底末中]/,
  层: /^[面次级級]/,
  層: /^[面次级級]/,
  周: /^[年一二三四五六日末]/,
  週: /^[年一二三四五六日末]/,
  天: /^[猫貓眼工翼津]/,
  股: /^[价價东東權权份市息本票民]/,
  页: /^[面码碼]/,
  頁: /^[面码碼]/,
};
// 种: kinds counted (支援27种语言, 五种参数规模); 一种, 两种 stay wording like 一款.
// Things sold and made are counted by their measure words as editors count them (cars 辆, wafers
// 片, chips 颗 and 枚, cards 块, rules 条, sets 套): `count`, like 台 for phones.
// …and papers 篇, phones and pens 支, deals and orders 笔, shops 间, schools 所, aircraft 架, ships 艘,
// and occurrences 次 (调用100次) where the number is in digits or has a magnitude (三次 is wording).
// …and orders and rides 单 (订单量140万单) where the number is in digits or has a magnitude.
const CLASSIFIERS = '个個家款位名张張起项項部座台人种種辆輛片颗顆块塊枚条條套篇支笔筆间間所架艘次单單';
/**
 * Classifiers that begin other words after a number (支付, 所以, 间隔, 笔记本, 架构, 次日, 次浮点运算;
 * 起售价, 起价 and 起步价 after a model's number, Mate 50起售价):
 * the character after one of them that makes it no classifier.
 */
const CLASSIFIER_NOT_BEFORE =
  '(?![付持出援撑撐柱以有属屬得谓謂在需隔接断斷记記电電构構设設的浮点點日年级級要](?<=[支所间間笔筆架次].))(?![位元月季日周週价價独獨项項车車品体體人一](?<=[单單].))(?![售价價步](?<=起.))';
/** Classifiers of people. */
const PEOPLE = /^[人名位]$/;
/** Nouns after (or just before) a count that say what is counted. */
const COUNTED: Array<[RegExp, Unit]> = [
  // People counted (预约人数, 排队人数) are users, not a company's own staff (员工人数).
  [/用户|用戶|MAU|月活|日活|DAU|(?<!员工|員工|职工|職工)人[数數]/, 'users'],
  [/开发者|開發者/, 'developers'],
  [/企业|企業|公司|创企|創企|初创|初創|机构|機構|厂商|廠商/, 'companies'],
  [/参数|參數/, 'parameters'],
  [/模型/, 'models'],
];

/** A user base as a metric (用户规模, 用户数, 月活跃用户数): the subject of the amount it reaches. */
const USER_BASE = /(?:用户|用戶)(?:规模|規模|数|數|量|总数|總數)|月活|日活|MAU|DAU/;
/** A noun phrase after a count whose head is customers (的企业客户, 个人客户). */
const CUSTOMERS_AFTER = /^的?[^\d，。；、,;：:]{0,2}(?:客户|客戶)/;

/** "As much as", "reaching": the number is exact. */
// 可达 too ("最多可达10万": the ceiling is 最多's).
const EXACT_WORDS = new Set([
  '高达',
  '高達',
  '多达',
  '多達',
  '达到了',
  '達到了',
  '达到',
  '達到',
  '可达',
  '可達',
  '达',
  '達',
]);
/** The number is a floor: 超过9万, 突破3兆, 至少, 上万 (max null). */
const LOWER_BOUND = new Set([
  '超过了',
  '超過了',
  '超过',
  '超過',
  '超',
  '逾',
  // 破亿, 成交额破100亿: broke through, as 突破 (not 打破, 跌破: see PO_ENDING_WORD).
  '破',
  // 过亿, 销量过百万, 市值过万亿: passed, as 突破 (not 通过, 经过, 不过: HEDGE_ENDING_WORD).
  '过',
  '過',
  '突破了',
  '突破',
  '至少',
  '最少',
  // A price's floor: 最低5元, 最低只需 (dev-3 and unseen-3 read 最低 and 起 as a lower bound).
  '最低',
  '不少于',
  '不少於',
  '不低于',
  '不低於',
  '上',
  ...negatedBounds(['低于', '低於', '少于', '少於']),
]);
/**
 * A comparison negated, alone or with a modal of rule or likelihood before it (不超过, 不得超过,
 * 不能低于, 不应少于, 不会高于): the bound the comparison's opposite gives.
 */
function negatedBounds(comparisons: readonly string[]): string[] {
  return comparisons.flatMap((c) =>
    ['', '得', '能', '可', '应', '應', '宜', '会', '會', '准', '致'].map((m) => `不${m}${c}`),
  );
}
/** The number is a ceiling: 不到8个月, 最高100亿 (min 0). */
// (跌破 13%: fell below it, a ceiling as 不到 is; dev-8 writes min 0.)
const UPPER_BOUND = new Set([
  '不超过',
  '不超過',
  '不足',
  '不到',
  '最高',
  '最多',
  '低于',
  '低於',
  '少于',
  '少於',
  '跌破',
  // A comparison of more negated is a ceiling: 不高于20%, 不多于三次; with a modal of rule or
  // likelihood, 不得超过35%, 不能超过, 不会超过 (a rule's cap, min 0, not "more than").
  ...negatedBounds(['超过', '超過', '高于', '高於', '多于', '多於', '大于', '大於']),
]);
/** Hedges: the number itself, approximately (约, 近, 逼近). */
// (约为, 约有: the hedge with its copula, 营收约为62亿元; the figure reads from the hedge.)
const HEDGE_WORDS = [
  '约合',
  '約合',
  '大约为',
  '大約為',
  '约为',
  '約為',
  '约有',
  '約有',
  '大约',
  '大約',
  '约',
  '約',
  '将近',
  '將近',
  '接近',
  '逼近',
  '近',
];
/**
 * Words before a number that bound or hedge it, in any order, at most two ("最高达"), longest
 * first so an alternation takes 超过了 before 超过 before 超.
 */
const BEFORE_WORDS = [...HEDGE_WORDS, ...LOWER_BOUND, ...UPPER_BOUND, ...EXACT_WORDS].sort(
  (x, y) => y.length - x.length,
);
/** Hedges that stand for a number on their own before a magnitude: 上万, 近亿, 逾万. */
const BARE_MAGNITUDE_WORDS = /(上|近|逾|超|约|約|破|过|過)$/;

/**
 * Measures the figures leave out (weight, energy, area, volume, data, frame rates): a number
 * before one is not a count, and is better not shown than shown as one (10万吨, 200万千瓦, 3PB).
 */
const UNKNOWN_MEASURE =
  /^\s?(?:吨|噸|公斤|千克|克|[千兆吉]?瓦(?:时|時)?|度电|度電|平方|平米|立方|桶|升|亩|畝|公顷|公頃|英里|海里|磅|盎司|帧|幀|字节|字節|比特|[kKMGTP]?W[h]?(?![A-Za-z])|[KMGTPE]B(?![A-Za-z])|[MG]bps|fps|kg|mm|cm)/;

/** An ordinal list before a number: 第四、 or 第2和 (分居第四、五名, 第二至三位). */
const ORDINAL_LIST_BEFORE = /第[零〇一二两兩三四五六七八九十\d]+[、和及至到]$/;

/**
 * How much compute a chip or a cluster has (624 TOPS, 12000 PFLOPS) is an amount the claim reports,
 * as a count is; other measures (48小时, 7纳米) only qualify what it says.
 */
const measureKind = (unit: Unit): FigureKind => (/FLOP|TOPS|shares|GPU/.test(unit) ? 'quantity' : 'measure');
/** 度 is a kilowatt-hour where the clause speaks of electricity (年发电量150亿度, 用电量达300度). */
const ELECTRICITY_BEFORE = /[电電]|能耗|储能|儲能/;

/** Floating-point operations after a number: 次浮点运算, 次浮點運算 (每秒…次 makes a rate). */
const FLOATING_OPERATIONS = /^次(?:的)?浮[点點](?:运算|運算)/;

/** Percentage points: 上升3个百分点, 下降0.5個百分點 (before the classifier 个 can take the number). */
const POINTS = '(?:个|個)?百分(?:点|點)';
const alternatives = (words: string[]) => words.map((w) => w.replace(/\$/g, '\\$')).join('|');
// (Thousands may be grouped by a space, 1 234亿元, where a Chinese word follows: 16 256GB is a
// model and a size, not 16256 GB.)
const ARABIC =
  '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\w.-])\\d{1,3}(?:[ \\u00a0\\u2009\\u202f]\\d{3})+(?:\\.\\d+)?(?!\\d)(?=\\s?[^\\s\\dA-Za-z.,])|\\d+(?:\\.\\d+)?';
/** Optional: 上万 and 近亿 have no digits (BARE_MAGNITUDE_WORDS). */
const NUMBER = `(${ARABIC}|十[几幾]|[零〇一二两兩三四五六七八九十百千廿卅]+|[数數几幾][十百千]?)?`;
const MORE = '(多|余|餘)?';
/** A magnitude as written; 千 and 百 alone not where they begin a measure (2千米 is 2 km, 3千瓦 power). */
const MAGNITUDE = `(${MAGNITUDES.map(([m]) => (m === '千' ? '千(?![米瓦克卡焦])' : m === '兆' ? '兆(?![瓦赫])' : m === '百' ? '百(?![米分])' : m)).join('|')})?`;
// A currency right before a digit is that number's (16新台幣29,900元 is not 16 TWD).
/** 转 is a revolution only where the clause says per minute: 2万转/分钟, 每分钟6000转, 转速达…转. */
const REVOLUTIONS = '[转轉](?=\\s?(?:/|／|每)\\s?分)|(?<=(?:每分钟|每分鐘|转速|轉速)[^，。；,;]{0,10})[转轉]';
/** A Latin unit may stand a space after its number (200 TFLOPS, 16 GB). */
const MEASURE_WORDS = MEASURES.filter(([m]) => !/^[转轉]$/.test(m))
  .map(([m]) => (/^[A-Za-z]/.test(m) ? `\\s?${alternatives([m])}` : alternatives([m])) + (MEASURE_AHEAD[m] ?? ''))
  .join('|');
// (A currency before a digit is that number's (港元3.85), unless the number is a percentage: 销售额4557.12亿元4%的罚款.)
/**
 * A measure word is no unit of an amount after a currency sign: ¥4999起 and $20起 are a price's
 * floor (起 there is "from", not the measure word of incidents, 3起事故).
 */
const SIGNED_PRICE_NOT = `(?<!(?:${alternatives(CURRENCY_BEFORE.map(([c]) => c))})\\s?[\\d.,]+)`;
const UNIT = `(${POINTS}|(?:${CURRENCIES.map(([c]) => currencyAfter(c)).join('|')})(?!\\s?\\d(?![\\d.,]*\\s?[%％]))|%|％|倍|成(?![为為立本员員功果熟长長交都年人效绩績像型分就不])|${MEASURE_WORDS}|${REVOLUTIONS}|B(?![A-Za-z])|部[门門]|部(?![分署长長落])|${SIGNED_PRICE_NOT}[${CLASSIFIERS.replace('部', '')}]${CLASSIFIER_NOT_BEFORE}|[级級]?(?=参数|參數))?`;
// 两倍多, 五倍有余, 两成多: 多 after 倍 or 成 leaves the multiple or the share open upwards.
// 一年多, 两天多: so after a span of years, days or weeks (not 年多 of 多年: the number comes first).
const MORE_AFTER_TIMES = '(?:(?<=倍|成|\\d年|[一二两兩三四五六七八九十]年|天|周|週)(多|余|餘|有余|有餘))?';
/**
 * The rest of a number after 万 or 亿 (一万两千, 1万2千, 3亿5千万): thousands, hundreds and tens, in
 * digits or numerals, and after 亿 a number of 万.
 */
// (…and after 万 the thousands in digits, as Taiwan writes a price: 新台幣2萬9,900元; after 兆 the
// 亿 in digits, as Taiwan writes a revenue: 1兆8,503億元 is 1.8503 trillion, one sum, not two.)
const TAIL =
  '((?<=[万萬亿億])[零〇]?(?:[1-9]|[一二两兩三四五六七八九])[千百十](?:(?:[1-9]|[一二两兩三四五六七八九])[百十]?)*(?:万|萬)?|(?<=[万萬])(?:\\d,\\d{3}|\\d{1,4})(?![\\d.,%％万萬亿億年月日号號])|(?<=兆)(?:\\d,\\d{3}|\\d{1,4})(?:\\.\\d+)?[亿億])?';
const FIGURE = new RegExp(
  `((?:${alternatives(BEFORE_WORDS)}){0,2})(?:(${CURRENCY_BEFORE.map(([c]) => currencyBefore(c)).join('|')})\\s?)?((?:${alternatives(BEFORE_WORDS)}){0,2})${NUMBER}${MORE}${MAGNITUDE}${TAIL}${MORE}${UNIT}${MORE_AFTER_TIMES}`,
  'g',
);
/** 百分之十五, 百分之十二点五, 百分之3.5. */
// (数百分之一 is one in several hundred, vague: not one percent.)
// (…with the words that bound it before, 超过百分之五十, 不到百分之十, and after, 百分之五十以上.)
const PERCENT_WORDS = new RegExp(
  `((?:${alternatives(BEFORE_WORDS)}){0,2})(?<![数數几幾])百分之([零〇一二两兩三四五六七八九十百]+|\\d+(?:\\.\\d+)?)(?:[点點]([零〇一二两兩三四五六七八九]+))?`,
  'g',
);
/**
 * Single digits and double digits as analysts say them: 个位数 (1–9), 低/中/高个位数 and 个位数中段
 * (1–3, 4–6, 7–9), 双位数 / 两位数 (10–99): a share when the clause speaks of one (占比, 增长).
 */
// (…and 三位数 / 四位数 growth, 100–999 and 1000–9999 percent: dev-8.)
const DIGIT_COUNT =
  /(低|中|高)?(个位数|個位數|双位数|雙位數|两位数|兩位數|三位数|三位數|四位数|四位數)(低段|中段|高段)?/g;
const DIGIT_COUNT_RANGE: Record<string, [number, number]> = {
  个位数: [1, 9],
  個位數: [1, 9],
  双位数: [10, 99],
  雙位數: [10, 99],
  两位数: [10, 99],
  三位数: [100, 999],
  三位數: [100, 999],
  四位数: [1000, 9999],
  四位數: [1000, 9999],
  兩位數: [10, 99],
  // 低双位数: the low end of double digits, 10–13, as 低个位数 is 1–3 (dev-17).
  ...Object.fromEntries(['双位数', '雙位數', '两位数', '兩位數'].map((w) => [`低${w}`, [10, 13]])),
  ...Object.fromEntries(
    ['个位数', '個位數'].flatMap((w) => [
      [`低${w}`, [1, 3]],
      [`中${w}`, [4, 6]],
      [`高${w}`, [7, 9]],
      [`${w}低段`, [1, 3]],
      [`${w}中段`, [4, 6]],
      [`${w}高段`, [7, 9]],
    ]),
  ),
};
/**
 * 二成中段, 三成低段: a part of a tenth as analysts say it, the tenth's low, middle or high third
 * (二成中段 24–26 percent), as 个位数中段 is 4–6.
 */
const TENTH_THIRD = new RegExp(
  `((?:${alternatives(BEFORE_WORDS)}){0,2})(?<![\\d零〇一二两兩三四五六七八九十])([一二两兩三四五六七八九])成(低段|中段|高段)`,
  'g',
);
const THIRDS: Record<string, [number, number]> = { 低段: [1, 3], 中段: [4, 6], 高段: [7, 9] };
/** 五分之一, 三分之二: a fraction (not 百分之, a percentage). */
// (几十分之一, 数百分之一: a vague share, one in tens; not one tenth, and better not shown.)
/** 1/3, 约1/4, 近2/3: a fraction written with a slash, a share as 三分之一 is (denominator up to ten). */
const SLASH_FRACTION = new RegExp(
  `((?:${alternatives(BEFORE_WORDS)}){0,2})(?<![\\d/.A-Za-z])([1-9])\\s?/\\s?([2-9]|10)(?![\\d/.%％月日号號A-Za-z])`,
  'g',
);
const SHARE_VERB_BEFORE =
  /(?:占|佔|占比|佔比|比例|比重|为|為|是|达|達|仅|僅|只有|剩|剩下|减少|減少|降低|增加|增长|增長|下降|下滑|提升|的)$/;
const FRACTION = /(?<![百千万萬几幾数數])([一二两兩三四五六七八九十]+)分之([一二两兩三四五六七八九十]+)/g;
/** What turns a bare magnitude into an order of magnitude: 千万量级, 亿级 (not 千亿级参数: a size). */
const MAGNITUDE_LEVEL_AFTER = /^(量级|量級|级别|級別|级|級)(?!参数|參數)/;
/** 千万量级, 百万级, 亿级; 数以万计, 數以億計. */
const MAGNITUDE_LEVEL =
  /(?:(?<![\d零〇一二两兩三四五六七八九十百千万萬亿億数數几幾])(十|百|千)?(万|萬|亿|億)(元|美元|人民币|人民幣|港元|新台币|新台幣|欧元|歐元)?(量级|量級|级别|級別|级|級)(?!参数|參數)|[数數]以(十|百|千)?(万|萬|亿|億|千|百)(计|計))/g;
/**
 * Half a span of time (半年, 约半年, 不到半小时, 半个月): half a year is six months, as editors write
 * it. Not 上半年 or 半年报 (a period, a report), nor 一个半小时 or 大半年 (other amounts).
 */
const HALF = new RegExp(
  `((?:${alternatives(BEFORE_WORDS)}){0,2})(?<![上下前后後多大每个個一二两兩三四五六七八九十\\d])半(个|個)?(小时|小時|年|天|月)(?![报報度结結])`,
  'g',
);
/**
 * A score in points (拿到58.1分, 高出近20分, 满分100分): digits before 分 where 分 is no minute of a
 * time (10时30分, 8点15分), nor the first character of a word (分钟, 分之, 分析, 分公司), nor a
 * price's cents (股价上涨5分). A benchmark's total runs to 万 (安兔兔跑分约300万分: 3,000,000 points).
 */
const SCORE = new RegExp(
  `((?:${alternatives(BEFORE_WORDS)}){0,2})(?<![\\d.:：点點时時])(\\d{1,4}(?:\\.\\d+)?)([万萬])?分(?![钟鐘别別析享成布公行为為支店部期批摊攤红紅手散钱錢秒子数數量类類组組段]|之(?![间間]))`,
  'g',
);
const HALF_OF: Record<string, [number, Unit]> = {
  小时: [0.5, 'hours'],
  小時: [0.5, 'hours'],
  年: [6, 'months'],
  天: [0.5, 'days'],
  月: [0.5, 'months'],
};
/**
 * 两度, 三度 before a verb: on two, three occasions (三度被罚, 两度下调), as editors write it (times);
 * not a temperature or an angle (零下三度, 三度。), nor 度电, 度假, a year's 年度.
 */
const OCCASIONS =
  /(?<![\d零〇一二两兩三四五六七八九十百千年季几幾数數下上])([两兩二三四五六七八九])度(?![电電假数數量角的过過日])(?=[\u4e00-\u9fff])/g;
/** 翻番 and 翻(了)一番 double, 翻两番 quadruples, and so does 翻倍 (翻了一倍) double; 一半 halves. */
// (…and 倍增, doubling, where no number comes before it: 3倍增长 is three times, then growth.)
const MULTIPLE_WORDS =
  /翻了?([一两兩二三])?番(有余|有餘|多)?|翻(?:了)?(?:一)?倍(有余|有餘|多)?|(?<![\d.零〇一二两兩三四五六七八九十百千数數几幾])倍增/g;
/**
 * Half (一半, 半数企业, 近半数, 超过一半, 半数以上), and more than half (过半数, 过半): 0.5 times, as
 * 一半 was always read (the card shows the words; editors write 50 percent or 0.5 times, one scale),
 * a ratio that does not make its sentence a figure claim. Not 多半 or 大半 (mostly), nor 过半年 (after half a year).
 */
const HALF_SHARE = new RegExp(
  `((?:${alternatives(BEFORE_WORDS)}){0,2})(?:(过|過)?(?<![多大])(半数|半數|一半)|(过|過)半(?![年月天日周週小个個时時场場]))`,
  'g',
);
/** 半成 (5%, as 三成 is 30%), with its bound (近半成, 逾半成); not 半成品. */
const HALF_TENTH = new RegExp(
  `((?:${alternatives(BEFORE_WORDS)}){0,2})半成(?![品本为為立员員功果熟长長交都年人效绩績像型分就不])`,
  'g',
);
/**
 * 升逾倍, 增近倍, 急升約倍 (Hong Kong's "more than doubled"): a bound before 倍 with no number is
 * one time grown, a rise of 100 percent, as 增长一倍 is.
 */
const ABOUT_DOUBLED = /(?<=(?:升|增|涨|漲|长|長)了?)(逾|近|约|約|超|超过|超過)倍(?![数數增率])/g;
/** The first number of a range, before the figure that gives its magnitude and unit: 10至20亿元, 10%-20%. */
const RANGE_LEAD = new RegExp(
  `(${ARABIC}|[零〇一二两兩三四五六七八九十百千]+)(${MAGNITUDES.map(([m]) => m).join('|')})?(%|％|B|${alternatives(
    CURRENCIES.map(([c]) => c),
  )})?\\s?(?:至|到|-|—|–|~|～)\\s?$`,
);
/** A currency before the first number of a range (新台币15亿至17亿元). */
const RANGE_CURRENCY_BEFORE = new RegExp(`(${alternatives(CURRENCY_BEFORE.map(([c]) => c))})\\s?$`);
/** A hedge or a verb of reaching before the first number of a range (约20%至30%, 达到60亿至80亿元). */
const RANGE_WORDS_BEFORE = new RegExp(
  `(${alternatives([...HEDGE_WORDS, ...EXACT_WORDS].sort((x, y) => y.length - x.length))})$`,
);
/**
 * A deadline set ahead (将在一个月内开放, 承诺一年以内完成): the span is the figure, "one" and all.
 * (Editors split on a bare 内: dev, dev-5 and dev-6 keep the number, dev-4, unseen-6 and
 * unseen-7 read a ceiling; 以内 is a ceiling for all, see bounds().)
 */
const WITHIN_AFTER = /^(?:之|以)?[内內]/;
const DEADLINE_BEFORE =
  /(?:将|將|会|會|计划|計劃|計畫|承诺|承諾|预计|預計|有望|力争|力爭|需要|需|须|須|要)(?:在|于|於)?$/;
/** Before a span that is a reporting period: 截至9月30日止, 截至6月底的. */
const REPORTED_SPAN_BEFORE = /(?:截至|截止)[^，。；,;]{2,14}(?:止|的|止的)$/;
/** Clause punctuation: what counts a figure never looks past it. */
const CLAUSE_BREAK = /[，。；、,;：:！？!?（）()]/;
/** A question before a bound (能否突破, 是否超过, 能不能达到): the amount is the threshold asked about. */
const QUESTION_BEFORE = /(?:能否|是否|可否|能不能|会否|會否|会不会|會不會)(?:再|仍|继续|繼續|顺利|順利)?$/;
/** Words ending in 达 that are no bound (英伟达, 辉达, 雷达, 到达, 表达, 发达): the 达 is theirs. */
const DA_ENDING_WORD = /^(?:[伟偉辉輝雷到表传傳发發抵下转轉送直通马馬])[达達]$/;
/**
 * Words ending in a hedge or a bound that are no hedge (签约, 预约, 违约, 节约, 制约, not 折合约; 最近, 附近,
 * 靠近, 临近; 通过, 经过, 不过, 度过, 错过): the character is theirs, the number is as stated.
 */
const HEDGE_ENDING_WORD =
  /^(?:[签簽预預节節制邀违違续續履特公条條契相缔締]约|[签簽預预節节制邀違續條締]約|[最附靠临臨亲親贴貼邻鄰]近|[通经經不度错錯越跨穿胜勝好强強走有做用试試见見卖賣看再又已刚剛]过|[通經不度錯越跨穿勝好強走有做用試見賣看再又已剛]過)$/;
/** 买超, 賣超: a net purchase or sale, as Taiwan's market reports write it (not 购买超过: a bound). */
const NET_TRADE = /^[买買卖賣]超$/;
/** Words ending in 破 that are no floor: 打破 a record, 识破, 攻破 (跌破 is a ceiling of its own). */
const PO_ENDING_WORD = /^[打击擊攻识識看说說爆]破$/;
/** Words of a model's size: a number with B beside them counts parameters (7B参数, 72B模型). */
const PARAMETER_CLAUSE = /参数|參數|模型|规模|規模|版本/;
/** A clause about a month's output: 月产能, 每月. */
const MONTHLY = /月产能|月產能|每月|每个月|每個月/;
/** The clause before a position, up to its punctuation. */
const clauseBefore = (text: string, at: number) => text.slice(0, at).split(CLAUSE_BREAK).pop()!;
/** 两个半月, 三个半小时: half a span after 个 (the span named after 半). */
const HALF_SPAN_AFTER = /^半(月|小时|小時|钟头|鐘頭|星期)/;
const HALF_SPAN_UNIT: Record<string, Unit> = {
  月: 'months',
  小时: 'hours',
  小時: 'hours',
  钟头: 'hours',
  鐘頭: 'hours',
  星期: 'weeks',
};
/** Where a sign before an amount is its sign: after a verb, a measure of change or a metric. */
const NEGATIVE_BEFORE =
  /(?:为|為|是|至|到|录得|錄得|增长|增長|增速|增幅|增率|同比|环比|環比|按年|按季|年增|季增|月增|年增率|涨幅|漲幅|跌幅|利润|利潤|净利|淨利|纯利|純利|现金流|現金流|：|:)\s?$/;
/** A price per tokens written with no space before it (每千tokens0.012元): the unit, not a name. */
const PER_TOKENS_BEFORE = /(?:每|\/)[^，。；、,;：:]{0,4}[Tt]okens?$/;
/** A verb of growth the clause runs on before a multiple: 增长一倍 is a rise, 是去年的一倍 a ratio. */
const GROWTH_BEFORE =
  /(增长|增長|增加|提升|上涨|上漲|成长|成長|提高|扩大|擴大|扩充|擴充|增幅|涨幅|漲幅|升幅|[年季月激暴猛大]增|升)[^，。；、,;：:]{0,6}$/;

/**
 * What a count counts. With a measure word and a noun after it (上万张GPU, 300个模型) only that
 * noun says; otherwise the noun right after (4500万用户), else the one its clause named before it
 * (用户规模达4500万), else one later in the clause. Never past clause punctuation.
 */
function countedUnit(text: string, start: number, end: number, classifier: boolean): Unit {
  const after = text.slice(end, end + 6).split(CLAUSE_BREAK)[0]!;
  const before = text
    .slice(Math.max(0, start - 8), start)
    .split(CLAUSE_BREAK)
    .pop()!;
  const named = (part: string) => COUNTED.find(([pattern]) => pattern.test(part))?.[1];
  // 人, 名, 位 count people: users or developers, never the models or companies named nearby
  // (大模型团队已超过1,000人 counts staff).
  if (classifier && PEOPLE.test(text.slice(end - 1, end))) {
    const people = named(after.slice(0, 4)) ?? named(before);
    return people === 'users' || people === 'developers' ? people : 'count';
  }
  // 家 is the measure word of firms and institutions (超过20家, 三家银行): what it counts is a
  // company unless the noun after it says otherwise (11家大模型 counts models).
  const fallback: Unit = classifier && /^[家]$/.test(text.slice(end - 1, end)) ? 'companies' : 'count';
  // (The noun phrase runs to its head, before any 的: 10家AI相关公司.)
  if (classifier && after) return named(after.split(/[的之]/)[0]!.slice(0, 6)) ?? fallback;
  // (数以百万计的企业客户: customers are counted, whatever kind they are; 上万家企业客户 counts firms by 家.)
  if (CUSTOMERS_AFTER.test(after)) return 'count';
  // (Tokens named earlier in the clause are what a bare amount counts: 日均tokens使用量超过5000亿.)
  const tokensBefore = /[Tt]okens?(?![A-Za-z])/.test(clauseBefore(text, start)) ? 'tokens' : undefined;
  // (…and so is a user base the clause opened on, however far: 用户规模将在年底前突破1亿.)
  const usersBefore = USER_BASE.test(clauseBefore(text, start)) ? 'users' : undefined;
  return named(after.slice(0, 3)) ?? named(before) ?? named(after) ?? tokensBefore ?? usersBefore ?? fallback;
}

/** A number times its magnitude, without binary fractions' noise (10.7亿 is 1070000000, not 1069999999.9999999). */
const scaled = (n: number, factor: number) => Number((n * factor).toPrecision(12));

const numberOf = (number: string) => Number(number.replace(/[,\s\u00a0\u2009\u202f]/g, ''));

/**
 * The figures of a text. The banking forms of 千 and 百 (仟, 佰: 新台幣5仟萬元, as Taiwanese
 * filings write them) are read as the common ones, one character for one, so offsets hold.
 */
export function findFigures(text: string): Figure[] {
  const read = asHalfWidth(text).replace(/仟/g, '千').replace(/佰/g, '百');
  if (read === text) return figuresIn(text);
  return figuresIn(read).map((f) => ({ ...f, text: text.slice(f.start, f.end) }));
}

/**
 * Full-width digits, decimal point, thousands comma and percent sign (１２０亿元, １５．５％, ８，０５０,
 * 8，050), as some sites set them, read as their ASCII forms: one UTF-16 unit each, so offsets stay
 * exact.
 */
export function asHalfWidth(text: string): string {
  return text.replace(
    /[０-９．％]|(?<=(?:^|[^\d０-９.．])[\d０-９]{1,3}(?:[,，][\d０-９]{3})*)，(?=[\d０-９]{3}(?![\d０-９]))/g,
    (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

function figuresIn(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [
      whole,
      outer = '',
      currencyBefore,
      inner = '',
      number = '',
      more1,
      magnitude,
      tail = '',
      more2,
      unitWritten,
      more3,
    ] = m;
    // (A Latin unit may come after a space: 200 TFLOPS.)
    const unit = unitWritten?.trimStart();
    // 约人民币5000元 and 人民币约5000元 alike.
    // 辉达近五年, 表达超…: 达 ending a word before it (a name, a verb) bounds nothing.
    const two = text.slice(Math.max(0, m.index - 1), m.index + 1);
    const netTrade = NET_TRADE.test(two) && !/^超[过過]/.test(outer + inner);
    const glued =
      DA_ENDING_WORD.test(two) || PO_ENDING_WORD.test(two) || HEDGE_ENDING_WORD.test(two) || netTrade ? 1 : 0;
    let words = (outer + inner).slice(glued);
    // 上 bounds only what has no digits of its own (上万, 上百); "平台上5000家" is a place.
    if (words.endsWith('上') && number && !/^[百千]$/.test(number)) words = words.slice(0, -1);
    const end = m.index + whole.length;
    // (A bare magnitude names a model's size before 参数: 千亿参数, 千亿级参数. Before 参数级别 the
    // editors split between the size and a floor, so that stays unread rather than shown wrong.)
    const sizeAfter = !!magnitude && /^[级級]?(参数|參數)(?!级别|級別|量级|量級)/.test(text.slice(end));
    // (万余台, 萬餘人: ten thousand and more, as 千余 is, 万 standing for 一万.)
    const tenThousandOdd =
      !number &&
      /^[万萬]$/.test(magnitude ?? '') &&
      /^(余|餘|多)$/.test(more2 ?? '') &&
      !/[\d零〇一二两兩三四五六七八九十百千]$/.test(text.slice(0, m.index));
    if (!number && !(magnitude && BARE_MAGNITUDE_WORDS.test(words)) && !sizeAfter && !tenThousandOdd) continue;
    const isArabic = /^\d/.test(number);
    const vague = /^[数數几幾]|^十[几幾]$/.test(number);
    // 两三年, 三四家, 五六千: two neighbouring digits are "two or three", a range, not 23 or 3;
    // more digits in a row spell a year or a code digit by digit (二〇二四年).
    if (/^[零〇一二两兩三四五六七八九]{3,}/.test(number)) continue;
    const paired = /^([一二两兩三四五六七八九])([一二两兩三四五六七八九])([十百千])?$/.exec(number);
    const step = paired?.[3] ? SMALL_UNITS[paired[3]]! : 1;
    const pair = paired ? [DIGITS[paired[1]!]! * step, DIGITS[paired[2]!]! * step] : null;
    if (pair && pair[1] !== pair[0]! + step) continue;
    const base = !number
      ? 1
      : isArabic
        ? numberOf(number)
        : vague
          ? vagueBase(number)
          : pair
            ? pair[0]!
            : parseChineseNumber(number);
    if (base === null || !Number.isFinite(base)) continue;
    // 一万两千 = 1.2万, 3亿5千万 = 3.5亿: the tail in units of the magnitude before it.
    let tailValue = 0;
    if (tail) {
      const digits = tail.replace(/^[零〇]/, '').replace(/[万萬亿億]$/, '');
      const read = /^[\d,]+(\.\d+)?$/.test(digits)
        ? numberOf(digits)
        : parseChineseNumber(digits.replace(/[1-9]/g, (d) => '零一二三四五六七八九'[+d]!));
      const value = read === null ? null : read * (/[万萬]$/.test(tail) ? 1e4 : /[亿億]$/.test(tail) ? 1e8 : 1);
      const scaleOf = MAGNITUDES.find(([k]) => k === magnitude)![1];
      if (value === null || value >= scaleOf || vague || pair || more1) continue;
      tailValue = value / scaleOf;
    }
    // 几家, 数个: a vague digit with no magnitude says nothing countable (数千家 does); 数倍 is
    // a multiple all the same, one to nine times.
    // (…but 几分钟内, 数天内 bound a span of time: at most some minutes, read as a ceiling by
    // withinCeiling(); 未来几周内 is a vague time ahead, a date.)
    const vagueWithin =
      vague &&
      !!unit &&
      TIME_SPAN_UNITS.has(MEASURES.find(([w]) => w === unit)?.[1] as Unit) &&
      WITHIN_SPAN_AFTER.test(text.slice(end)) &&
      !SPAN_AHEAD_BEFORE.test(text.slice(0, m.index));
    if (vague && !magnitude && number.length === 1 && unit !== '倍' && !vagueWithin) continue;
    if (magnitude === '兆' && MEGA_AFTER.test(text.slice(end))) continue;
    // 千万级, 亿量级: an order of magnitude, read below (MAGNITUDE_LEVEL), not the number itself.
    if ((!number || /^[十百千]$/.test(number)) && magnitude && MAGNITUDE_LEVEL_AFTER.test(text.slice(end))) continue;
    const numberStart =
      m.index +
      whole.length -
      (more3 ?? '').length -
      (unitWritten ?? '').length -
      (more2 ?? '').length -
      (magnitude ?? '').length -
      tail.length -
      (more1 ?? '').length -
      number.length;
    const wordsStart = currencyBefore ? m.index + glued : numberStart - words.length;
    const prev = text[numberStart - 1] ?? '';
    // 增长-5%, 净利润为负3亿元: a minus sign or 负 after a verb or a metric is the figure's sign.
    const negative =
      !words &&
      !currencyBefore &&
      /[-−负負]/.test(prev) &&
      NEGATIVE_BEFORE.test(text.slice(Math.max(0, numberStart - 9), numberStart - 1));
    // A digit glued to Latin letters is a version or a model name (GPT-4, A100, W24), not a figure;
    // a number after 第 is an ordinal.
    if (
      isArabic &&
      !currencyBefore &&
      ((/[A-Za-z.]/.test(prev) && !PER_TOKENS_BEFORE.test(text.slice(Math.max(0, numberStart - 12), numberStart))) ||
        (prev === '-' && !negative && !/[\d%％万萬亿億]/.test(text[numberStart - 2] ?? '')))
    )
      continue;
    // (…so is a size after a hyphen behind a Latin name: Qwen2-72B, Llama 3-70B, Baichuan 2-13B.)
    if (prev === '-' && /[A-Za-z]\s?[\d.]*-$/.test(text.slice(Math.max(0, numberStart - 12), numberStart))) continue;
    // …and a numeral glued to another (零一万物) or a number starting with 零 is part of a name;
    // an ordinal goes on after 第 in a list (分居第四、五名).
    if (
      prev === '第' ||
      ORDINAL_LIST_BEFORE.test(text.slice(Math.max(0, numberStart - 8), numberStart)) ||
      (!currencyBefore && /[零〇一二两兩三四五六七八九十百千万萬亿億]/.test(prev)) ||
      /^[零〇]/.test(number)
    )
      continue;
    const start = words || currencyBefore ? wordsStart : numberStart;
    const scale = magnitude ? MAGNITUDES.find(([k]) => k === magnitude)![1] : 1;
    const written = CURRENCIES.find(([c]) => c === unit)?.[1];
    // 新台幣29,900元: the currency named first decides what 元 is.
    const currency = currencyBefore ? CURRENCY_BEFORE.find(([c]) => c === currencyBefore)![1] : written;
    if (currencyBefore && unit && !written) continue;
    // 能否突破6000万台, 是否超过10%: a question names the threshold it asks about, no bound.
    const asked = QUESTION_BEFORE.test(text.slice(Math.max(0, start - 4), start));
    const said = asked ? [] : splitWords(words);
    let approx = said.some((w) => !EXACT_WORDS.has(w)) || !!more1 || !!more2 || !!more3 || vague;
    const measure = MEASURES.find(([w]) => w === unit);
    let figure: Pick<Figure, 'unit' | 'kind'> | null = null;
    let factor = scale;
    // A part of the measure after it: 三成五 (35%), 两成半 (25%), 两个半月 (2.5 months); read below.
    let partAfter = 0;
    let partLength = 0;
    const halfSpan = unit && /^[个個]$/.test(unit) ? HALF_SPAN_AFTER.exec(text.slice(end)) : null;
    if (halfSpan && number && !magnitude && !more1 && !more2) {
      // 两个半月, 三个半小时: the number and a half, of the span after 半.
      figure = { unit: HALF_SPAN_UNIT[halfSpan[1]!]!, kind: 'measure' };
      [partAfter, partLength] = [0.5, halfSpan[0].length];
    } else if (currency || (unit && /^[块塊]$/.test(unit) && /^[钱錢]/.test(text.slice(end)))) {
      // (100块钱: 块 is spoken yuan.)
      figure = { unit: currency ?? 'CNY', kind: 'money' };
    } else if (unit && new RegExp(`^${POINTS}$`).test(unit)) {
      figure = { unit: 'percentage-points', kind: 'percent' };
    } else if (unit === '%' || unit === '％') {
      figure = { unit: 'percent', kind: 'percent' };
    } else if (unit === '成') {
      // 三成 = 30%, 近九成 = 90%: tenths, written with one digit.
      if (magnitude || base < 1 || base > 10 || (isArabic && !/^\d$/.test(number))) continue;
      figure = { unit: 'percent', kind: 'percent' };
      factor = 10;
      // 三成五, 两成半: a tenth and a part of one (one digit after 成, not the start of a number).
      // (Taiwan writes it in digits too: 3成5, as 3成 is.)
      const tenth = (
        isArabic
          ? /^(?:半|()([1-9])(?![\d.,%％A-Za-z万萬亿億个個家款成倍位名年月日号號]))/
          : /^(?:半|([一二三四五六七八九])(?![零〇一二两兩三四五六七八九十百千万萬亿億个個家款成倍位名]))/
      ).exec(text.slice(end));
      if (tenth && !more3)
        [partAfter, partLength] = [tenth[1] ? DIGITS[tenth[1]]! / 10 : tenth[2] ? +tenth[2] / 10 : 0.5, 1];
    } else if (unit === '倍' && /^[一1]$/.test(number) && GROWTH_BEFORE.test(clauseBefore(text, start))) {
      // 增长一倍, 提升约一倍: growing by one time its size is doubling, a rise of 100 percent.
      figure = { unit: 'percent', kind: 'percent' };
      factor = 100;
    } else if (unit === '倍') {
      figure = { unit: 'times', kind: 'ratio' };
    } else if (measure) {
      if (MEASURE_NOT_BEFORE[unit!]?.test(text.slice(end))) continue;
      // (三股力量 is wording: shares are written in digits or with a magnitude.)
      if (measure[1] === 'shares' && !isArabic && !magnitude) continue;
      // 截至9月30日止九个月, 截至6月底的三个月: the period a report covers, named by its end, not an amount.
      if (/^(?:months|weeks|years|days)$/.test(measure[1]) && REPORTED_SPAN_BEFORE.test(text.slice(0, start))) continue;
      // 一天, 一年: "one" before a measure is wording unless bounded (不到一年) or a span (一个月内).
      const within = WITHIN_AFTER.test(text.slice(end)) && DEADLINE_BEFORE.test(text.slice(0, start));
      // (一年半 is a year and a half: an amount.)
      const andHalfAfter = /^半(?![年月天个個小])/.test(text.slice(end));
      if (
        !isArabic &&
        base === 1 &&
        !magnitude &&
        !words &&
        !more3 &&
        !unit!.includes('多') &&
        !within &&
        !vagueWithin &&
        !andHalfAfter
      )
        continue;
      // 度 is a kilowatt-hour only in digits or with a magnitude, in a clause about electricity (两度上调,
      // 40度高温 are not).
      if (unit === '度' && ((!isArabic && !magnitude) || !ELECTRICITY_BEFORE.test(clauseBefore(text, start)))) continue;
      // 每秒1.2TB is a bandwidth.
      const perSecond = /^[GT]B$/.test(measure[1]) && /每秒(?:钟|鐘)?$/.test(text.slice(0, start));
      figure = { unit: perSecond ? (`${measure[1]}/s` as Unit) : measure[1], kind: measureKind(measure[1]) };
    } else if (unit === 'B' && isArabic) {
      // 72B模型, Qwen2-72B, 参数规模为7B: billions of parameters. A code glued to a name written in
      // Chinese (昇腾910B) names a product, unless the clause speaks of a model's size.
      if (
        /\p{Script=Han}/u.test(prev) &&
        !PARAMETER_CLAUSE.test(clauseBefore(text, start) + text.slice(end).split(CLAUSE_BREAK)[0])
      )
        continue;
      figure = { unit: 'parameters', kind: 'quantity' };
      factor = 1e9;
    } else if ((unit && /^[级級]/.test(unit)) || (!unit && sizeAfter)) {
      figure = { unit: 'parameters', kind: 'quantity' };
    } else if (unit && (CLASSIFIERS.includes(unit) || /^部[门門]$/.test(unit))) {
      // 一款, 两名: small Chinese-numeral counts are wording, not figures. 两款 (products, models) after
      // a verb or a list is counted (开发两款新车, 推出的两款模型, A和B两款机型): how many a maker
      // launches or prices is what the news tells; as a clause's subject (两款新品表现…) it points back
      // to the products already named, as 两家, 两位 and 两人 mostly do (两家公司, "the two companies").
      const counted =
        base === 2 && /^款$/.test(unit) && !/^(?:如果|若|而|但|且|这|這|那|其|此)?$/.test(clauseBefore(text, start));
      if (number && !isArabic && !magnitude && base < 3 && !vague && !counted) continue;
      // (三次, 十几次: occurrences in words are wording; 100次, 3亿次 are counts.)
      if (/^[次单單]$/.test(unit) && !isArabic && !magnitude) continue;
      // Kinds of a thing (五种参数规模) and occasions (模型被调用100次) are counted as such, not as the
      // thing named beside them; wafers a month
      // (月产能10万片, 每月17万片晶圆, 5万片/月) are a fab's output.
      const monthly =
        /^[片]$/.test(unit) && (/^\s?[/／]\s?月/.test(text.slice(end)) || MONTHLY.test(clauseBefore(text, start)));
      figure = {
        unit: /^[种種次]$/.test(unit) ? 'count' : monthly ? 'wafers/month' : countedUnit(text, start, end, true),
        kind: 'quantity',
      };
    } else if (
      magnitude &&
      (isArabic || vague || words || /[一二两兩三四五六七八九]/.test(number)) &&
      !UNKNOWN_MEASURE.test(text.slice(end))
    ) {
      // 两千万, 一千二百亿: a Chinese numeral with a digit; 千万 alone is an adverb ("千万不要").
      figure = { unit: countedUnit(text, start, end, false), kind: 'quantity' };
    }
    if (!figure) continue;
    let [low, high] = bounds(
      number,
      base + tailValue,
      said,
      !!(more1 || more2 || more3 || (measure && unit!.includes('多'))),
      text.slice(end),
      figure.kind === 'money',
    );
    if (pair && high !== null) high = Math.max(high, pair[1]!);
    // A class of size (千亿级参数) is a floor, as the editors who wrote one read it; 千亿参数
    // alone is the size.
    if (figure.unit === 'parameters' && /^[级級]/.test(unit ?? '')) high = null;
    let from = start;
    // A range: "10至20亿元", "10%-20%"; the first number takes the second's magnitude unless it has its own.
    const lead = words || currencyBefore ? null : RANGE_LEAD.exec(text.slice(Math.max(0, start - 24), start));
    if (lead) {
      const leadBase = /^\d/.test(lead[1]!) ? numberOf(lead[1]!) : parseChineseNumber(lead[1]!);
      const leadScale = lead[2] ? MAGNITUDES.find(([k]) => k === lead[2])![1] : scale;
      const leadLow = leadBase === null ? null : (leadBase * leadScale) / scale;
      // The first number's own unit must be the second's: 增长1.2%至2914亿元 is a rise, then a total.
      const leadUnit = !lead[3]
        ? null
        : /^[%％]$/.test(lead[3])
          ? 'percent'
          : lead[3] === 'B'
            ? 'parameters'
            : CURRENCIES.find(([c]) => c === lead[3])![1];
      if (
        leadLow !== null &&
        leadLow < low &&
        (leadUnit === null || leadUnit === figure.unit) &&
        // (Llama 3-70B: a version before a hyphen, after a name's word and a space, is no range.)
        !/[A-Za-z.]$|[A-Za-z]\s$/.test(text.slice(0, start - lead[0].length))
      ) {
        from = start - lead[0].length;
        high = high === null ? null : Math.max(high, low);
        low = leadLow;
        // 新台币15亿至17亿元: a currency named before the first number is the range's (元 after
        // the second is then that currency's, as 新台幣29,900元 is).
        const currencyLead = figure.kind === 'money' ? RANGE_CURRENCY_BEFORE.exec(text.slice(0, from)) : null;
        const leadCurrency = currencyLead && CURRENCY_BEFORE.find(([c]) => c === currencyLead[1])![1];
        if (leadCurrency && (leadCurrency === figure.unit || (unit === '元' && figure.unit === 'CNY'))) {
          from -= currencyLead[0].length;
          figure = { ...figure, unit: leadCurrency };
        }
        // 约20%至30%: a hedge before the range is the range's; so is a verb of reaching (达到60亿至
        // 80亿元), which leaves the range as it is.
        const hedge = RANGE_WORDS_BEFORE.exec(text.slice(Math.max(0, from - 4), from));
        // (…not the 达 ending a word: 表达, 到达.)
        if (hedge && DA_ENDING_WORD.test(text.slice(Math.max(0, from - hedge[0].length - 1), from))) hedge[0] = '';
        if (hedge?.[0]) [from, approx] = [from - hedge[0].length, approx || HEDGE_WORDS.includes(hedge[1]!)];
      }
    }
    // 2.6万亿tokens: tokens written after the number are what it counts, and part of the figure
    // (with a measure word, 10万个token, the measure word counts).
    const tokens =
      figure.kind === 'quantity' &&
      !(unit && CLASSIFIERS.includes(unit)) &&
      /^\s?[Tt]okens?(?![A-Za-z])/.exec(text.slice(end));
    // 每秒3,740千万亿次浮点运算: operations counted per second are a rate, FLOPS (without 每秒,
    // a count of operations, FLOPs), the 次 part of the figure.
    const operations = figure.kind === 'quantity' && !unit && FLOATING_OPERATIONS.exec(text.slice(end));
    // 三年半, 两个月半: half a unit more than the number (not 一年半年, which is no amount).
    const andHalf = !partLength && figure.kind === 'measure' && /^半(?![年月天个個小])/.test(text.slice(end));
    if (andHalf) [partAfter, partLength] = [0.5, 1];
    if (partLength) [low, high] = [low + partAfter, high === null ? null : high + partAfter];
    const to0 = tokens ? end + tokens[0].length : operations ? end + 1 : end + partLength;
    // 85亿次左右, 3%左右, 17%上下: the hedge after the amount (with the 次 it counts) is the figure's
    // own words, as a card shows them.
    // (…and 前后 after a sum or a share, 100亿元前后; after a span it may be a time, 5年前后.)
    const around = (
      figure.kind === 'money' || figure.kind === 'percent' ? /^次?(?:左右|上下|前后|前後)/ : /^次?(?:左右|上下)/
    ).exec(text.slice(to0));
    // 100亿元以上, 三成以下, 两成或以上, 一个月以内, 6%出头 ("a little over"): the bound written after
    // the amount (read by bounds()) is its own words too, as a card shows them.
    const boundAfter = around
      ? null
      : (figure.kind === 'money'
          ? /^(?:(?:或者?|及)?(?:以上|以下|之上|之下)|以内|以內|上方|下方|出头|出頭)/
          : /^(?:(?:或者?|及)?(?:以上|以下|之上|之下)|以内|以內|出头|出頭)/
        ).exec(text.slice(to0));
    const to = around ? to0 + around[0].length : boundAfter ? to0 + boundAfter[0].length : to0;
    if (around) approx = true;
    if (tokens) figure = { ...figure, unit: 'tokens' };
    if (operations)
      figure = { unit: /每秒(?:钟|鐘)?$/.test(text.slice(0, from)) ? 'FLOPS' : 'FLOPs', kind: 'quantity' };
    // (Only an exact amount takes the sign: its words start at the sign.)
    if (negative && from === numberStart && high !== null && high === low) {
      from -= 1;
      [low, high] = [-low, -high];
    }
    figures.push({
      text: text.slice(from, to),
      start: from,
      end: to,
      ...figure,
      approx,
      value: scaled(low, factor),
      min: scaled(low, factor),
      max: high === null ? null : scaled(high, factor),
    });
  }
  for (const m of text.matchAll(KILO)) {
    // 4K is a screen's resolution; 128K a context length only where the text speaks of text.
    const clause =
      text.slice(0, m.index).split(CLAUSE_BREAK).pop()! +
      m[0] +
      text.slice(m.index + m[0].length).split(CLAUSE_BREAK)[0];
    if (!m[4] && !TEXT_LENGTH.test(clause)) continue;
    figures.push(
      leadBounded(text, m.index, m[1]!, m.index + m[0].length, numberOf(m[2]!) * 1000, 'tokens', 'quantity'),
    );
  }
  for (const m of text.matchAll(TOKENS_SCALED)) {
    const value = numberOf(m[2]!) * TOKEN_SCALE[m[3]!]!;
    figures.push(leadBounded(text, m.index, m[1]!, m.index + m[0].length, value, 'tokens', 'quantity'));
  }
  for (const m of text.matchAll(POWER_OF_TEN)) {
    const exponent = Number([...m[3]!].map((d) => (SUPERSCRIPT.indexOf(d) >= 0 ? SUPERSCRIPT.indexOf(d) : d)).join(''));
    const unit = MEASURES.find(([w]) => w === m[4])?.[1] ?? 'FLOPs';
    figures.push(
      leadBounded(
        text,
        m.index,
        m[1]!,
        m.index + m[0].length,
        Number(`${m[2] ?? 1}e${exponent}`),
        unit,
        measureKind(unit),
      ),
    );
  }
  for (const m of text.matchAll(PERCENT_WORDS)) {
    const whole = /^\d/.test(m[2]!) ? Number(m[2]) : parseChineseNumber(m[2]!);
    if (whole === null) continue;
    // The digits after 点 are read one by one: 十二点五 = 12.5, 三点零五 = 3.05.
    const value = m[3] ? Number(`${whole}.${[...m[3]].map((d) => DIGITS[d]).join('')}`) : whole;
    figures.push(leadBounded(text, m.index, m[1]!, m.index + m[0].length, value, 'percent', 'percent'));
  }
  for (const m of text.matchAll(MAGNITUDE_LEVEL)) {
    const [small, big] = m[1] === undefined && m[2] === undefined ? [m[5], m[6]!] : [m[1], m[2]!];
    const scale = (small ? SMALL_UNITS[small]! : 1) * (SMALL_UNITS[big] ?? MAGNITUDES.find(([k]) => k === big)![1]);
    const start = m.index;
    const end = start + m[0].length;
    // 千万量级, 数以万计 = 数千万, 数万 (one to nine times it); 千万级 "at the ten-million level" is a floor.
    const open = m[4] !== undefined && /^[级級]/.test(m[4]);
    // (亿元级融资, 千万美元级: a sum at that level, in its currency.)
    const currency = m[3] ? CURRENCIES.find(([c]) => c === m[3])![1] : null;
    figures.push({
      text: m[0],
      start,
      end,
      unit: currency ?? countedUnit(text, start, end, false),
      kind: currency ? 'money' : 'quantity',
      approx: true,
      value: scale,
      min: scale,
      max: open ? null : scale * 9,
    });
  }
  for (const m of text.matchAll(TENTH_THIRD)) {
    const tens = parseChineseNumber(m[2]!)! * 10;
    const [low, high] = THIRDS[m[3]!]!;
    figures.push({
      ...exactFigure(m[0], m.index, tens + low, 'percent', 'percent'),
      approx: true,
      max: tens + high,
    });
  }
  for (const m of text.matchAll(DIGIT_COUNT)) {
    const [low, high] = DIGIT_COUNT_RANGE[`${m[1] ?? ''}${m[2]}${m[3] ?? ''}`] ?? [0, 0];
    if (!high) continue;
    const clause = text.slice(0, m.index).split(CLAUSE_BREAK).pop()!;
    // (In either script: 佔比, 份額, 增長, 漲幅.)
    const share =
      /^\s*[%％」”]*\s*(?:的)?(?:增长|增長|增幅|增速|降幅|跌幅|涨幅|漲幅|年增|年減|年减|成长|成長)|^\s*[」”]?%/.test(
        text.slice(m.index + m[0].length),
      );
    // (…and the verbs of change as Taiwan and Hong Kong write them: 年增, 季減, 按年, 衰退.)
    const percent =
      share ||
      /[占佔]比|比例|比重|增速|增幅|增[长長加]|下降|下滑|[减減]少|份[额額]|率|[涨漲]幅|跌幅|[年季月][增减減]|同比|[环環]比|按年|按季|衰退|成[长長]/.test(
        clause,
      );
    figures.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      unit: percent ? 'percent' : 'count',
      kind: percent ? 'percent' : 'quantity',
      approx: true,
      value: low,
      min: low,
      max: high,
    });
  }
  for (const m of text.matchAll(FRACTION)) {
    const [denominator, numerator] = [parseChineseNumber(m[1]!), parseChineseNumber(m[2]!)];
    if (!denominator || !numerator || numerator >= denominator) continue;
    // A fraction is a percentage, as 成 is, to the tenth editors write (占员工总数的三分之二, 售价约为
    // 对手的三分之二: 66.7), as dev-5 and dev-6 write it (dev-3 wrote 降至原来的五分之一 as 0.2 times).
    figures.push(exactFigure(m[0], m.index, Math.round((1000 * numerator) / denominator) / 10, 'percent', 'percent'));
  }
  for (const m of text.matchAll(SLASH_FRACTION)) {
    const [numerator, denominator] = [+m[2]!, +m[3]!];
    const end = m.index + m[0].length;
    if (numerator >= denominator) continue;
    // (Only where a share is spoken of: after a bound or a verb of being, or before 的; 3/5 alone
    // may be a day, as Taiwan writes one.)
    if (!m[1] && !SHARE_VERB_BEFORE.test(text.slice(0, m.index)) && !/^的/.test(text.slice(end))) continue;
    const value = Math.round((1000 * numerator) / denominator) / 10;
    figures.push(leadBounded(text, m.index, m[1]!, end, value, 'percent', 'percent'));
  }
  for (const m of text.matchAll(HALF)) {
    const [value, unit] = HALF_OF[m[3]!]!;
    // 半年多, 半天多: more than half the span, a lower bound as 一年多 is (not 多数, "most").
    const more = /^多(?![数數])/.test(text.slice(m.index + m[0].length));
    const end = m.index + m[0].length + (more ? 1 : 0);
    const figure = leadBounded(text, m.index, m[1]!, end, value, unit, 'measure');
    figures.push(more ? { ...figure, max: null } : figure);
  }
  for (const m of text.matchAll(SCORE)) {
    // (A share price that rises or falls 5分 moves by cents.)
    const clause = clauseBefore(text, m.index);
    if (/[股价價]/.test(clause) && /[涨漲跌升降]了?$/.test(clause)) continue;
    const end = m.index + m[0].length;
    const value = numberOf(m[2]!) * (m[3] ? 1e4 : 1);
    figures.push(leadBounded(text, m.index, m[1]!, end, value, 'points', 'measure'));
  }
  for (const m of text.matchAll(HALF_SHARE)) {
    const figure = leadBounded(text, m.index, m[1]!, m.index + m[0].length, 0.5, 'times', 'ratio');
    figures.push(m[2] || m[4] ? { ...figure, approx: true, max: null } : figure);
  }
  for (const m of text.matchAll(HALF_TENTH))
    figures.push(leadBounded(text, m.index, m[1]!, m.index + m[0].length, 5, 'percent', 'percent'));
  for (const m of text.matchAll(ABOUT_DOUBLED))
    figures.push(leadBounded(text, m.index, m[1]!, m.index + m[0].length, 100, 'percent', 'percent'));
  for (const m of text.matchAll(OCCASIONS)) {
    figures.push(exactFigure(m[0], m.index, parseChineseNumber(m[1]!)!, 'times', 'ratio'));
  }
  for (const m of text.matchAll(MULTIPLE_WORDS)) {
    const value = 2 ** (parseChineseNumber(m[1] ?? '一') ?? 1);
    const figure = exactFigure(m[0], m.index, value, 'times', 'ratio');
    // (翻了一番有余: more than doubled, a floor as 三倍有余 is.)
    figures.push(m[2] || m[3] ? { ...figure, approx: true, max: null } : figure);
  }
  // A date is never a figure (2023年, 12日, 一个月前), nor is a number in the title of a work
  // (《三年行动计划》). A span ahead (未来12个月内) is both: when, and for how long.
  const dates = findDates(text, null).filter((d) => !SPAN_AHEAD.test(d.text));
  const taken = [
    ...dates,
    ...[...text.matchAll(/《[^《》]*》/g)].map((t) => ({ start: t.index, end: t.index + t[0].length })),
  ];
  // A conversion in brackets (最多20亿美元（约合…）) is a figure of its own, with its own hedge:
  // editors differ on whether it takes the bound of the amount it converts.
  return movesRead(
    text,
    boundsCarried(
      text,
      withinCeiling(
        text,
        rangesJoined(
          text,
          boundedFromAfar(
            text,
            nonOverlapping(figures).filter(
              (f) => !taken.some((d) => d.start < f.end && f.start < d.end) && !inConfiguration(text, f),
            ),
          ),
        ),
      ),
    ),
  );
}

/** Units of a span of time: what 内 after an amount can close. */
const TIME_SPAN_UNITS = new Set<Unit>(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']);
/** 内 / 之内 / 內 right after a span of time: "within" it. */
const WITHIN_SPAN_AFTER = /^(?:之)?[内內]/;
/** A span named as a window after an event (开放后的24小时内, 上线后的一周内): its length, not a bound. */
const WINDOW_BEFORE = /的$/;

/**
 * A span of time closed by 内 (两天内涌入, 需在四个月内履行, 10分钟内售罄, 约20秒内交出) says how
 * long at most, not how long: a ceiling from 0. (内 stays out of the figure's words: a figure
 * ending on it hides the localizer the clause cuts read, and 计划在两个月内交付 would join the fact
 * before it.) A span named as
 * the window after an event (开放后的24小时内) is that window's length and stays exact; 以内 is read
 * by bounds() already.
 */
function withinCeiling(text: string, figures: Figure[]): Figure[] {
  return figures.map((f) => {
    // (A range joined by 至 / 到, 未来一到两年内, keeps both ends, as editors write it; two
    // neighbouring digits, 两三年内, are "two or three" and take the ceiling.)
    if (!TIME_SPAN_UNITS.has(f.unit) || f.max === null || /[至到~～\-–—]/.test(f.text)) return f;
    const within = WITHIN_SPAN_AFTER.exec(text.slice(f.end));
    if (!within || WINDOW_BEFORE.test(text.slice(0, f.start))) return f;
    return { ...f, min: 0 };
  });
}

/**
 * A move from one value to another (由120上调至150港元, 从100亿降至80亿元, 由20%下修至15%): the
 * first value is written bare, its unit said once after the second. The closed class of verbs of a
 * change before 至/到/为.
 */
const MOVE_FROM = new RegExp(
  `(?:由|从|從|自)\\s?(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(${MAGNITUDES.map(([m]) => m).join('|')})?\\s?` +
    '(?:上调|上調|下调|下調|调升|調升|调降|調降|上修|下修|调高|調高|调低|調低|提升|提高|上升|下降|降低|增加|' +
    '减少|減少|增长|增長|成长|成長|扩大|擴大|缩减|縮減|调整|調整|回升|回落|攀升|滑落|升|降|增|减|減|涨|漲|跌)?' +
    '(?:至|到|为|為)\\s?$',
);

/** Units written once after the second value of a move, carried to the bare first (MOVE_FROM). */
function movesRead(text: string, figures: Figure[]): Figure[] {
  const out = [...figures];
  for (const g of figures) {
    // (The second value states its unit in words: 150港元, 15%, 8万辆, not a bare 80亿.)
    if (!/[^\d.,万萬亿億千百兆]$/.test(g.text) || g.kind === 'ratio') continue;
    const m = MOVE_FROM.exec(text.slice(0, g.start));
    if (!m) continue;
    const [, digits, magnitude] = m;
    // (从100降至80亿元: a magnitude said only after the second leaves the first unclear.)
    if (!magnitude && /[万萬亿億兆]/.test(g.text)) continue;
    const start = m.index + m[0].indexOf(digits!, 1);
    const end = start + digits!.length + (magnitude?.length ?? 0);
    const scale = magnitude ? MAGNITUDES.find(([k]) => k === magnitude)![1] : 1;
    const value = Number(digits!.replace(/,/g, '')) * scale;
    const at = out.findIndex((f) => f.start < end && start < f.end);
    const old = at >= 0 ? out[at]! : null;
    // (A first value with a unit of its own keeps it: 由5000元降至…)
    if (old && (/[^\d.,万萬亿億千百兆]$/.test(old.text) || old.end !== end)) continue;
    const first: Figure = old
      ? { ...old, unit: g.unit, kind: g.kind }
      : {
          text: text.slice(start, end),
          start,
          end,
          value,
          min: value,
          max: value,
          unit: g.unit,
          approx: false,
          kind: g.kind,
        };
    if (at >= 0) out[at] = first;
    else out.splice(out.indexOf(g), 0, first);
  }
  return out;
}

/**
 * Memory joined by + (12GB+256GB, 16GB+1TB版本) names a configuration sold, not an amount the
 * claim states: left unread, as editors leave it.
 */
function inConfiguration(text: string, f: Figure): boolean {
  if (f.unit !== 'GB' && f.unit !== 'TB') return false;
  return /^\s?[+＋]\s?\d/.test(text.slice(f.end)) || /\d\s?[GT]B\s?[+＋]\s?$/.test(text.slice(0, f.start));
}

/** Between two figures that make one range: 几十万元到上百万元. */
const RANGE_JOIN = /^\s?(?:至|到|-|—|–|~|～)\s?$/;

/**
 * Two figures of one unit joined by 至 or 到 are one range, from the first's floor to the second's
 * top, or its floor when it has none (几十万元到上百万元 = 10万–100万: the range ends where 上百万
 * begins). Ranges of bare numbers (10至20亿元) are read with their figure (RANGE_LEAD).
 */
const BETWEEN_JOIN = /^\s?(?:与|與|和|及)\s?$/;
const BETWEEN_BEFORE = /(?:介于|介於|介乎|在)\s?$/;
const BETWEEN_AFTER = /^\s?(?:之间|之間|间|間)/;

function rangesJoined(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const g of figures) {
    const f = out[out.length - 1];
    const top = g.max ?? g.min;
    // (…and 介于10%与15%之间: two bounds joined by 与 inside 介于…之间.)
    const between =
      BETWEEN_JOIN.test(text.slice(f?.end ?? 0, g.start)) &&
      BETWEEN_BEFORE.test(text.slice(0, f?.start ?? 0)) &&
      BETWEEN_AFTER.test(text.slice(g.end));
    if (f && f.unit === g.unit && (RANGE_JOIN.test(text.slice(f.end, g.start)) || between) && f.min < top) {
      out[out.length - 1] = { ...f, text: text.slice(f.start, g.end), end: g.end, max: top, approx: true };
    } else out.push(g);
  }
  return out;
}

/** A conversion in brackets right after a figure (最多20亿美元（约新台币650亿元）), and after 起 (5999元起（约合…）). */
const BRACKETED_AFTER = /^(起|以上|之上)?\s?[（(]$/;
/** An alternative to a figure after 或 (最高2000万欧元或全球营业额的4%), past a closing bracket. */
const ALTERNATIVE_AFTER = /^[）)]?\s?(?:或|或者|或是)[^\d，。；、,;：:！？!?（）()]{0,15}$/;

/**
 * A bound scopes over what restates or replaces its amount: a ceiling (最高, 最多, 不超过) over
 * the conversion in brackets after it and over an alternative after 或 (最高2000万欧元（约1.7亿港元）或
 * 营业额的5% → all three from 0); a floor written after the amount (起, 以上) over its bracketed
 * conversion, and any bound over an alternative. A floor written before it (超过400亿美元(约2900亿元))
 * leaves the conversion as stated, as the corpus editor reads it.
 */
function boundsCarried(text: string, figures: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const g of figures) {
    const f = out[out.length - 1];
    const gap = f ? text.slice(f.end, g.start) : '';
    const ceiling = !!f && f.min === 0 && f.max !== null && f.max > 0;
    const floor = !!f && f.max === null;
    const bracketed = !!f && BRACKETED_AFTER.exec(gap);
    const closed = /^\s?[）)]/.test(text.slice(g.end));
    const floorAfter = !!bracketed && (!!bracketed[1] || /^\s?(起|以上|之上)/.test(text.slice(f.end)));
    const carries =
      (bracketed && closed && (ceiling || (floor && floorAfter))) ||
      (ALTERNATIVE_AFTER.test(gap) && (ceiling || floor) && g.min !== 0 && g.max !== null);
    if (!carries) out.push(g);
    else if (ceiling) out.push({ ...g, min: 0, value: 0, approx: true });
    else out.push({ ...g, max: null, approx: true });
  }
  return out;
}

/**
 * 200K tokens, 128k上下文: thousands written with K, in a clause about text (tokens, 上下文, 长度);
 * tokens, as most editors write tokens and context lengths (dev-4, dev-5, unseen-4, unseen-5;
 * dev-2, dev-3 and unseen-2 write `count`).
 */
const KILO = new RegExp(
  `((?:${alternatives(BEFORE_WORDS)}){0,2})(?<![A-Za-z\\d.])(\\d+(?:\\.\\d+)?)\\s?[kK](?![A-Za-z])(\\s?(tokens?|Tokens?))?`,
  'g',
);
const TEXT_LENGTH = /上下文|[Tt]oken|长度|長度|窗口|[Cc]ontext|文本|输入|輸入|字/;
/**
 * 15T tokens, 7B tokens, 500M tokens: a Latin magnitude before tokens counts them (T a trillion,
 * B a billion, M a million; 10TB tokens writes the T as a size but counts tokens all the same).
 */
const TOKENS_SCALED = new RegExp(
  `((?:${alternatives(BEFORE_WORDS)}){0,2})(?<![A-Za-z\\d.-])(\\d+(?:\\.\\d+)?)\\s?(T|B|M)(?:(?<=T)B)?\\s?[Tt]okens?(?![A-Za-z])`,
  'g',
);
const TOKEN_SCALE: Record<string, number> = { T: 1e12, B: 1e9, M: 1e6 };
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/**
 * Training compute as regulations and papers write it: 10^25 FLOPs, 3.8×10²⁵ FLOPs, 10的25次方次浮点运算
 * (a count of operations), with the words that bound it before (超过).
 */
const POWER_OF_TEN = new RegExp(
  `((?:${alternatives(BEFORE_WORDS)}){0,2})(?:(\\d+(?:\\.\\d+)?)\\s?[×xX*]\\s?)?10(?:\\^|的)?([\\d${SUPERSCRIPT}]{1,2})(?:次方)?\\s?(?:次)?(${MEASURES.filter(
    ([m]) => /FLOP/.test(m),
  )
    .map(([m]) => alternatives([m]))
    .join('|')}|浮点运算|浮點運算)`,
  'g',
);

/** A figure read by its own pattern, bounded by the words before it (超过, 最高) as bounds() reads them. */
function leadBounded(
  text: string,
  start: number,
  words: string,
  end: number,
  value: number,
  unit: Unit,
  kind: FigureKind,
): Figure {
  const said = splitWords(words);
  const [low, high] = bounds('', 1, said, false, text.slice(end), false);
  return {
    ...exactFigure(text.slice(start, end), start, value, unit, kind),
    approx: said.some((w) => !EXACT_WORDS.has(w)),
    value: low * value,
    min: low * value,
    max: high === null ? null : high * value,
  };
}

/**
 * A bound with a verb between it and the amount: 最低支付5.2元, 最多可支持10万个; with a modal
 * (可, 能, 将, 会) any short verb phrase, passive too (最高可被罚款, 最多能处以).
 */
// (…and the verbs of a penalty or a payout, whose ceiling the law or the scheme sets: 最高罚款100万元,
// 最高可处以, 最多赔偿, 最高补贴.)
const BOUND_VERB =
  '(?:需要|需|要|支付|售价|售|卖|为|是|达|获得|获|支持|提供|罚款|罰款|罚|罰|处以|處以|赔偿|賠償|赔|賠|补贴|補貼|奖励|獎勵)';
const MODAL_VERB =
  '(?:只|仅|僅)?(?:可以|可|能够|能夠|能|将|將|会|會)(?:被)?[^\\d\\s的之，。；、,;：:（）()「」“”]{0,4}';
/**
 * 至少, 最少, 起码 and 最多 are adverbs of amount: whatever verb they stand before (至少投入, 最多裁减了),
 * the amount after it is bounded. (最高, 最低 also make nouns superlative, 最高时速, 最低配置: only
 * the verbs above.)
 */
const ANY_VERB = '(?:(?![的之在于於向对對从從比较較和与與及])[\\u4e00-\\u9fff]){1,2}了?';
/**
 * A ceiling or a floor named as a noun: 上限为50亿元, 下限是. (Not 起售价4999元: editors split on a
 * starting price, dev-2 and dev-9 write it as the price, dev-7 as a floor; 4999元起 is a floor.)
 */
const CEILING_NOUN = '(?:上限|封顶|封頂)(?:为|為|是|达|達|设为|設為|定为|定為)?';
const FLOOR_NOUN = '(?:下限)(?:为|為|是)?';
const FLOOR_VERB = new RegExp(
  `(?:(最低|最少|至少|起码|起碼)(?:(?:可|仅|只|也)?${BOUND_VERB}|${MODAL_VERB})|(最少|至少|起码|起碼)${ANY_VERB}|(${FLOOR_NOUN}))$`,
);
const CEILING_VERB = new RegExp(
  `(?:(最高|最多|不超过|不超過)(?:(?:可|仅|只|也)?${BOUND_VERB}|${MODAL_VERB}|每(?:秒|月|年|天|日))|(最多)${ANY_VERB}|(${CEILING_NOUN}))$`,
);
/**
 * A specification's ceiling named by its noun: 最高充电功率可达480千瓦, 最高功率为300kW, 最大功耗120W
 * (the editors write min 0, tests/claims-eval/README.md). (最高时速, 最高主频 name other specs: as stated.)
 */
const SPEC_CEILING =
  /(?:最高|最大)(?:充电|充電|输出|輸出|放电|放電|快充|有线|有線|无线|無線|持续|持續)?(?:功率|功耗)(?:可以达到|可以達到|可达|可達|达到|達到|高达|高達|达|達|为|為|是)?$/;
/**
 * A bound on a share of something named before it: 不到上市高峰时的两成, 超过去年同期的两倍, a
 * ceiling on a fine (最高可被罚全球营业额的10%).
 */
const BELOW_SHARE_OF = /(不到|不足|少于|少於|最高|最多|不超过|不超過)[^，。；、,;：:]{1,12}的$/;
// (Not 高于 / 低于: 高于AWS的19% compares with AWS's own 19%, a figure as stated.)
const ABOVE_SHARE_OF = /(超过|超過|逾)[^，。；、,;：:]{1,12}的$/;

/** Bounds the words before a figure set at a distance: a verb between, or what it is a share of. */
function boundedFromAfar(text: string, figures: Figure[]): Figure[] {
  return figures.map((f, i) => {
    // (A figure that states its own bound keeps it; a hedge alone, 约 or 达, leaves it open to a
    // bound before the verb: 最多融资约60亿元, 至少投资近10亿元.)
    if (splitWords(f.text.slice(0, 4)).some((w) => LOWER_BOUND.has(w) || UPPER_BOUND.has(w))) return f;
    // (…以全球营收的10%为上限, 50亿元封顶: the bound named after the amount.)
    const after = text.slice(f.end, f.end + 4);
    if (/^(?:为|為)上限|^封[顶頂]/.test(after) && f.max !== null) return { ...f, min: 0, value: 0, approx: true };
    if (/^(?:为|為)下限/.test(after)) return { ...f, max: null, approx: true };
    const before = text.slice(Math.max(0, f.start - 16), f.start);
    const previousEnd = figures[i - 1]?.end ?? 0;
    const floor = FLOOR_VERB.exec(before);
    const ceiling = CEILING_VERB.exec(before) ?? (/^(?:k|M|G)?W$/.test(f.unit) ? SPEC_CEILING.exec(before) : null);
    // ("至少可维持两到三年": a range states its own top; a floor set at a distance leaves it.)
    if (floor) return f.max !== null && f.max > f.min ? f : { ...f, max: null, approx: true };
    if (ceiling) return { ...f, min: 0, value: 0, approx: true };
    if (f.kind !== 'percent' && f.kind !== 'ratio') return f;
    const below = BELOW_SHARE_OF.exec(before);
    const above = ABOVE_SHARE_OF.exec(before);
    const bound = below ?? above;
    if (!bound) return f;
    const start = f.start - bound[0].length;
    if (start < previousEnd) return f;
    const spanned = { ...f, start, text: text.slice(start, f.end), approx: true };
    return below ? { ...spanned, min: 0, value: 0 } : { ...spanned, max: null };
  });
}

/** "最高达" → 最高, 达: the words BEFORE_WORDS lists, longest first. */
function splitWords(words: string): string[] {
  const out: string[] = [];
  let rest = words;
  while (rest) {
    const word = BEFORE_WORDS.filter((w) => rest.startsWith(w)).sort((a, b) => b.length - a.length)[0];
    if (!word) break;
    out.push(word);
    rest = rest.slice(word.length);
  }
  return out;
}

function exactFigure(text: string, start: number, value: number, unit: Unit, kind: FigureKind): Figure {
  return { text, start, end: start + text.length, value, min: value, max: value, unit, approx: false, kind };
}

/** The lowest value of a vague number: 数/几 1, 数十 10, 数百 100, 数千 1000, 十几 11. */
function vagueBase(number: string): number {
  if (/^十/.test(number)) return 11;
  return ({ 十: 10, 百: 100, 千: 1000 } as Record<string, number>)[number[1] ?? ''] ?? 1;
}

/**
 * The range a written number allows, before its magnitude: 数/几 alone = 1–9, 数十/几十 = 10–90,
 * 数百 = 100–900, 十几 = 11–19;
 * 超过, 突破, 逾, 至少, 上万, 300多, 50%以上, 6%出头 and a price 起 give a lower bound (no top);
 * 不足, 不到, 最高, 以下, 以内 an upper one (from 0);
 * 近, 约, 左右 keep the number itself (approximate, flagged by `approx`).
 */
function bounds(
  number: string,
  base: number,
  words: string[],
  more: boolean,
  after: string,
  money: boolean,
): [number, number | null] {
  let low = base;
  // 十几 = 11–19; 数百 = 100–900.
  let high: number | null = /^十[几幾]$/.test(number) ? 19 : /^[数數几幾]/.test(number) ? base * 9 : base;
  const has = (set: Set<string>) => words.some((w) => set.has(w));
  // A price per unit bounds past the unit: 0.1元/千tokens以上.
  const rest = money ? after.replace(/^\/[^\s，。；;,、以之起]{1,12}/, '') : after;
  // (市值仍在2.6万亿美元上方, 股价跌至10美元下方: a price or a value above or below a level.)
  // (两成或以上, 20%及以上, 三成或以下: "or above/below" joins the amount to its bound; it is still one.)
  const above = /^(?:(?:或者?|及)?(?:以上|之上)|出头|出頭)/;
  const below = /^(?:(?:或者?|及)?(?:以下|之下)|以内|以內)/;
  if (more || has(LOWER_BOUND) || above.test(rest) || (money && /^(起|上方)/.test(rest))) high = null;
  if (has(UPPER_BOUND) || below.test(rest) || (money && /^下方/.test(rest))) low = 0;
  return [low, high];
}

function nonOverlapping<T extends { start: number; end: number }>(items: T[]): T[] {
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const item of items) if (!out.length || item.start >= out[out.length - 1]!.end) out.push(item);
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');
const RELATIVE_YEAR: Record<string, number> = { 前年: -2, 去年: -1, 今年: 0, 明年: 1 };

interface ReferenceDate {
  year: number | null;
  month: number | null;
  day: number | null;
}

function referenceDateOf(articleDate: string | null): ReferenceDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(articleDate ?? '');
  return {
    year: m ? Number(m[1]) : null,
    month: m?.[2] ? Number(m[2]) : null,
    day: m?.[3] ? Number(m[3]) : null,
  };
}

/** The last date before the match, when it names a month and no day and is in the match's sentence. */
function monthInSentence(c: { before: string; localAnchor: DateRef | null }): DateRef | null {
  const d = c.localAnchor;
  if (!d || !/^\d{4}-\d{2}$/.test(d.iso) || isComparisonBase(d)) return null;
  if (c.before.slice(d.start, d.end) !== d.text || /[。！？!?；;]/.test(c.before.slice(d.end))) return null;
  return d;
}

/** Days from the article's day that a word for a day names (今天 is the day the article is dated). */
const RELATIVE_DAY: Record<string, number> = { 前天: -2, 昨天: -1, 昨日: -1, 今天: 0, 今日: 0, 明天: 1, 明日: 1 };
/** Days after an earlier date in the text that a word names: 当天 the same day, 次日 the next. */
const ANCHORED_DAY: Record<string, number> = {
  当天: 0,
  當天: 0,
  当日: 0,
  當日: 0,
  同日: 0,
  同一天: 0,
  当晚: 0,
  當晚: 0,
  次日: 1,
  翌日: 1,
  隔天: 1,
  隔日: 1,
  第二天: 1,
  // The day before the one the text named (就在前一天, 发布会前一日): counted back as 次日 counts on.
  前一天: -1,
  前一日: -1,
};
/** The day of the Lunar New Year (春节), from the calendar: late January to mid February. */
const SPRING_FESTIVAL: Record<number, string> = {
  2010: '02-14',
  2011: '02-03',
  2012: '01-23',
  2013: '02-10',
  2014: '01-31',
  2015: '02-19',
  2016: '02-08',
  2017: '01-28',
  2018: '02-16',
  2019: '02-05',
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
};
/** A span back from the article: 过去一年, 過去幾個月, 近期, 近年来. */
// (已过去一年多, 仅过去两周: 过去 as a verb, time elapsed, a figure; 已过去的一年 is a span again.)
const SPAN_BACK =
  /(?:(?<![已经經才刚剛仅僅又])(?:过去|過去)的?|(?:过去|過去)的)(?:\d{1,3}|[一二两兩三四五六七八九十半几幾数數]+)(?:个|個)?(?:年|月|周|週|星期|天|季度)(?:来|來|里|裡|裏|内|內|中|间|間)?|近期|近年来|近年來|近几年|近幾年|近些年|(?<![接逼将將])近月(?:以来|以來|来|來)?(?![球亮])/y;

/** Whether a date is a span back from the article (过去一年, 近期): it dates a state, not a happening. */
const WHOLE_SPAN_BACK = new RegExp(`^(?:${SPAN_BACK.source})$`);
export const isSpanBack = (date: Pick<DateRef, 'text'>): boolean => WHOLE_SPAN_BACK.test(date.text);

/** The start of a span ahead of the article: 未来三年, 接下来几周. */
const SPAN_AHEAD = /^(未来|未來|接下来|接下來|今后|今後)/;
/** The same words just before a vague span (未来几周内): a time ahead, not an amount. */
const SPAN_AHEAD_BEFORE = /(?:未来|未來|接下来|接下來|今后|今後)$/;
const SEASON = '春季|夏季|秋季|冬季|春天|夏天|秋天|冬天';
/** A word that makes what follows in its clause future: 将于10月 is this year's October, not last year's. */
// …and so do words of intent and aim (有信心在11月完成, 力争在…, 目标是…).
// A condition (若, 如果, 一旦) is about what has not happened yet either, and the date a plan is
// put back or moved to (推迟到3月, 延后至, 改到) is still to come when the news reports the move.
// A forecast's frame (业内人士预计，…) makes its whole sentence future, past its comma.
const FUTURE_BEFORE =
  /(若|如果|假如|倘若|一旦|(?:推迟|推遲|延后|延後|延期|延迟|延遲|押后|押後|顺延|順延|改)(?:了)?(?:到|至)(?:了)?|将|將|预计|預計|计划|計劃|計畫|规划|規劃|预定|預定|准备|準備|有望|可望|拟|擬|即将|即將|定于|定於|要到|要等到|有信心|争取|爭取|力争|力爭|打算|目标是|目標是)[^，。；,;]{0,8}$|(?:预计|預計|预期|預期|预估|預估|预测|預測)[，,：:][^。！？!?；;]*$/;
/** Words of a forecast or a target anywhere in a clause: its 全年 is the year under way. */
const FORECAST_WORDS = /有望|可望|预计|預計|预期|預期|预估|預估|将|將|目标|目標|指引|展望|若|如果/;
/** A deadline after a date (第四季前, 6月底前 完成): the date is one still to come. */
const DEADLINE_AFTER = /^(?:前|之前|以前)(?![后後])/;

/** A day shifted by whole days, as ISO; null without a full day. */
function shiftDay(year: number | null, month: number | null, day: number | null, days: number): string | null {
  if (year === null || month === null || day === null) return null;
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** A month shifted by whole months, as ISO (YYYY-MM). */
function shiftMonth(year: number, month: number, months: number): string {
  const index = year * 12 + month - 1 + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The article's day moved by `offset` days, or '' when the article is not dated to the day. */
function shiftedDay(reference: ReferenceDate, offset: number): string {
  return shiftDay(reference.year, reference.month, reference.day, offset) ?? '';
}

/** Words that put a plan or an expectation before now (原计划, 此前预计); clauses.ts reads them too. */
export const PAST_WORD = '原|原本|原先|本来|本來|此前|之前|先前|早前|当初|當初|曾|曾经|曾經';

/**
 * A plan put in the past (原计划2月推出, 原定于4月上市, 此前计划…): made before the article, for a month
 * that may have come or not yet (the plan was changed, so the news tells it): the article's year.
 */
const PAST_PLAN_BEFORE = new RegExp(
  `(?:${PAST_WORD})(?:计划|計劃|計畫|规划|規劃|预定|預定|准备|準備|拟|擬|定|订|訂|打算|预计|預計)(?:在|于|於)?[^，。；,;]{0,8}$`,
);

/** The year of a month written without one, from the words before it (see `yearForMonth`). */
function monthYear(reference: ReferenceDate, month: number, before: string): number | null {
  if (PAST_PLAN_BEFORE.test(before)) return reference.year;
  return yearForMonth(reference, month, FUTURE_BEFORE.test(before));
}

/**
 * The year of a month mentioned without one: the article's year, or the year before when that
 * month is still to come at the article's date (news reports what has happened) — unless a word
 * like 将 or 预计 makes it future, when a month already past is next year's.
 */
function yearForMonth(reference: ReferenceDate, month: number, future = false): number | null {
  if (reference.year === null || reference.month === null) return reference.year;
  if (future) return month < reference.month ? reference.year + 1 : reference.year;
  return month > reference.month ? reference.year - 1 : reference.year;
}

/** 2023年11月至2月: the end of a range of months is in the year its start names (or the year after). */
function rangeYear(before: string, month: number): number | null {
  const m = /(\d{4})年(\d{1,2})月(?:\d{1,2}[日号號])?\s*(?:至|到|-|—|–|~|～)\s*$/.exec(before);
  return m ? +m[1]! + (month < +m[2]! ? 1 : 0) : null;
}

/** 一 → 1, 两 → 2, 12 → 12, 半 → 0.5; null for 几 and 数 (a vague count). */
function smallNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '半') return 0.5;
  return parseChineseNumber(text);
}

/** ISO of a date parsed back into numbers (day or month precision), for shifting it. */
function partsOf(iso: string): { year: number; month: number | null; day: number | null } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  return m ? { year: +m[1]!, month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null } : null;
}

type Resolved = Omit<DateRef, 'text' | 'start' | 'end'>;

/**
 * A span of time counted from a day: days keep the day; weeks and months give the month they
 * land in (一周后 is approximate: its month is what the text allows); years the year.
 */
function shiftBy(
  from: { year: number | null; month: number | null; day: number | null },
  amount: number,
  span: string,
): Resolved['iso'] {
  const { year, month, day } = from;
  if (year === null) return '';
  if (/天|日/.test(span)) return Number.isInteger(amount) ? (shiftDay(year, month, day, amount) ?? '') : '';
  if (/周|週|星期/.test(span)) {
    const shifted = shiftDay(year, month, day, Math.round(amount * 7));
    return shifted ? shifted.slice(0, 7) : '';
  }
  if (/月/.test(span)) return month === null || !Number.isInteger(amount) ? '' : shiftMonth(year, month, amount);
  if (amount === 0.5) return month === null ? '' : shiftMonth(year, month, 6);
  return Number.isInteger(amount) ? String(year + amount) : '';
}

/**
 * A date `amount` spans after (sign 1) or before (-1) another. A vague amount (数日, 几周) is any
 * from one to nine: the date is what all of them share (数日后 from 5月10日 is in May).
 */
function shiftedVaguely(
  from: { year: number; month: number | null; day: number | null },
  amount: string,
  span: string,
  sign: 1 | -1,
): string {
  const exact = smallNumber(amount);
  if (exact !== null) return shiftBy(from, sign * exact, span);
  const [near, far] = [shiftBy(from, sign, span), shiftBy(from, sign * 9, span)];
  const shared = [...near.split('-')].findIndex((part, i) => far.split('-')[i] !== part);
  return shared < 0 ? near : near.split('-').slice(0, shared).join('-');
}

const precisionOfIso = (iso: string): DatePrecision =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'day' : /^\d{4}-\d{2}$/.test(iso) ? 'month' : 'year';

interface DateContext {
  reference: ReferenceDate;
  /** The text before the match, in the same text. */
  before: string;
  /** The last resolved date before the match (in this text, else in the earlier text given). */
  anchor: DateRef | null;
  /** The last resolved date to the day before the match. */
  dayAnchor: DateRef | null;
  /** The last resolved date of any kind before the match (a quarter, a half too). */
  period: DateRef | null;
  /** The last resolved date before the match in this paragraph (not carried from earlier ones). */
  localAnchor: DateRef | null;
  /** The text from the match on. */
  rest: string;
  /** The last date of any kind before the match in this paragraph, resolved or not. */
  localPeriod: DateRef | null;
  /** The last day stated before the match in a sentence that contains `key` (an event's words). */
  dayOfEvent: (event: { key: string; owner: string }) => DateRef | null;
  /** The last quarter or half the article reported on before this text (see `reportingPeriod`). */
  reportPeriod: DateRef | null;
  /** The last quarter or half named before the match, in this text or before it (else `reportPeriod`). */
  namedPeriod: DateRef | null;
  /** The paragraph's text before this text (`earlier`). */
  earlier: string;
  /** Whether a fiscal year or quarter was named before (2025會計年度第四季, FY2024): see `isFiscal`. */
  fiscal: boolean;
  /** The last month named before the match (not a comparison's base), carried or in the paragraph. */
  lastMonth: DateRef | null;
  /** The last resolved date with a month before the match (a month or a day), as `anchor` is. */
  monthAnchor: DateRef | null;
}

type DateRule = [RegExp, (m: RegExpExecArray, c: DateContext) => Resolved | null];

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const QUARTER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const relativeYear = (word: string, c: DateContext) =>
  c.reference.year === null ? null : c.reference.year + RELATIVE_YEAR[word]!;
const unresolved = (precision: DatePrecision): Resolved => ({ iso: '', precision, relative: true });

/**
 * The year a bare 全年 or 年初 means: the year of the last period named before it (a quarter or a
 * half too: 去年第四季…全年亏损) when that is the year before the article's and nothing ahead is
 * told (`ahead`); else the article's year.
 */
function yearTold(c: DateContext, ahead: boolean): number {
  const year = c.reference.year!;
  const last = c.period ?? c.anchor;
  const named = last && !ahead && /^\d{4}/.test(last.iso) ? +last.iso.slice(0, 4) : null;
  return named === year - 1 ? named : year;
}

/** A Minguo (民國) year of Taiwan's calendar: 113年 is 2024 (the calendar starts in 1912). */
const MINGUO = 1911;
/** A month written in Chinese numerals: 十一月, 二月 (not 正月, the lunar first month). */
const HAN_MONTH = '十[一二]|[一二三四五六七八九十]';
/** A day of the month in Chinese numerals: 二十日, 三十一日, 五日. */
const HAN_DAY = '[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]';
/**
 * Words of a forecast after a date in its clause (第二季度营收预计增长, 4月可望量产): the period
 * is not taken back to last year's (not 预期, which 超预期 and 不及预期 look back with).
 */
const FORECAST_AFTER = /^[^，。；,;！？!?]{0,12}?(?:预计|預計|预估|預估|有望|可望|将|將|指引|展望)/;
/** A result told of a quarter (上季營收, 上一季的毛利率): what makes a bare 上季 a quarter. */
const LAST_QUARTER_METRIC =
  /^的?(?:营收|營收|营业|營業|毛利|获利|獲利|净利|淨利|纯利|純利|出货|出貨|财报|財報|业绩|業績|EPS|每股|营益|營益|亏损|虧損|收入|销量|銷量|销售|銷售)/;

/** The period a comparison goes back from (较上季, 比上月): the claim's own period, else the article's. */
function previousOf(word: string, c: DateContext): Resolved | null {
  const anchor = c.period && /^\d{4}/.test(c.period.iso) ? c.period.iso : null;
  const { year, month } = c.reference;
  if (/季/.test(word)) {
    const q = anchor && /^\d{4}-Q[1-4]$/.test(anchor) ? anchor : null;
    const m = anchor ? partsOf(anchor) : null;
    const index = q
      ? +q.slice(0, 4) * 4 + +q.slice(-1) - 1
      : m?.month
        ? m.year * 4 + Math.floor((m.month - 1) / 3)
        : year !== null && month !== null
          ? year * 4 + Math.floor((month - 1) / 3)
          : null;
    if (index === null) return unresolved('quarter');
    return { iso: `${Math.floor((index - 1) / 4)}-Q${((index - 1) % 4) + 1}`, precision: 'quarter', relative: true };
  }
  if (/月/.test(word)) {
    const m = anchor ? partsOf(anchor) : null;
    if (m?.month) return { iso: shiftMonth(m.year, m.month, -1), precision: 'month', relative: true };
    if (year === null || month === null) return unresolved('month');
    return { iso: shiftMonth(year, month, -1), precision: 'month', relative: true };
  }
  const y = anchor ? +anchor.slice(0, 4) : year;
  return y === null ? unresolved('year') : { iso: String(y - 1), precision: 'year', relative: true };
}
/** A day of the Lunar New Year's season, from the day of 春节: 除夕 the eve before it. */
const FESTIVAL_DAY: Record<string, number> = { 除夕: -1, 大年三十: -1, 大年初一: 0, 年初一: 0 };

/** 周三, 星期五, 礼拜天: the weekday's word is captured. */
const WEEKDAY = '(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])';

/** Words for the time of an earlier date: 当时, 同一时期, 同期 (not 去年同期). */
const SAME_TIME_WORDS = '(?:当时|當時)(?!候)|同一(?:时期|時期|时间|時間)|同(?:时期|時期)';
const SAME_TIME = new RegExp(`^(?:${SAME_TIME_WORDS})$`);
const SAME_PERIOD = /^同期$/;
/**
 * 去年同期: the base a figure is compared with, not the period the text tells of; a later 同期 or
 * 去年同期 still goes back to that period (第二季…是去年同期的15倍，…去年同期 is 2023-Q2 twice).
 */
const isComparisonBase = (date: Pick<DateRef, 'text'>): boolean =>
  /^(?:去年|上年|上一年|前一年|前年)同期$/.test(date.text);
/** A date right after 较 / 比 / 相比 is what a figure is compared with too (增速较一季度放缓). */
const COMPARED_BEFORE = /(?:较|較|比|相比|相较|相較|对比|對比)$/;
/** 与一年前相比, 和去年相较: a date framed by 与…相比 is what is compared with. */
const COMPARED_FRAME_AFTER = /^(?:相比|相較|相较|比较|比較)/;
const comparedWith = (text: string, date: DateRef): boolean =>
  isComparisonBase(date) ||
  COMPARED_BEFORE.test(text.slice(Math.max(0, date.start - 3), date.start)) ||
  (/(?:与|與|和|跟)$/.test(text.slice(Math.max(0, date.start - 1), date.start)) &&
    COMPARED_FRAME_AFTER.test(text.slice(date.end)));

/**
 * The period a report is about, for a bare 同期 in a later paragraph ("阿里巴巴同期…"): the last
 * quarter or half named before, not one a figure is compared with, nor one still ahead of the
 * article (a forecast's 明年上半年).
 */
function reportingPeriod(dates: readonly DateRef[], reference: ReferenceDate): DateRef | null {
  const now = reference.year === null ? null : reference.year * 12 + (reference.month ?? 12);
  const startOf = (iso: string) => {
    const [year, part] = [+iso.slice(0, 4), iso.slice(5)];
    return year * 12 + (part[0] === 'Q' ? (+part[1]! - 1) * 3 + 1 : part === 'H2' ? 7 : 1);
  };
  return (
    [...dates]
      .reverse()
      .find((d) => /^\d{4}-[QH]\d$/.test(d.iso) && !isComparisonBase(d) && (now === null || startOf(d.iso) <= now)) ??
    null
  );
}
/**
 * A day on which something was told or published (8月20日表示, 周二公布的财报显示, 昨日發布): when
 * the report came out, not a period its figures cover, which a later 去年同期 could be compared
 * with (that is the quarter or half the report is about, else only the year before is certain).
 */
const TOLD_AFTER =
  /^[^，。；！？,;!?]{0,8}?(?:表示|称|稱|公布|公佈|发布|發布|披露|宣布|发表|發表|指出|透露|召开|召開|举行|舉行|说|說|介绍|介紹|回应|回應|财报显示|財報顯示)/;
/** A month's measure in the clause after 去年同期 (a topic, its comma after it): 单月交付量, 当月销量, 月度营收. */
const MONTHLY_AFTER = /^[，,]?[^，。；！？,;!?]{0,12}?(?:单月|單月|当月|當月|月度)/;
/**
 * A verb phrase closed by 的 after a date: the date inside a modifier (在5月给出的财测), not a
 * period's own 的 (9月份的营收, 5月底的).
 */
const MODIFIER_AFTER = /^(?!份|底|初|末|中旬|上旬|下旬|期间|期間|当月|當月)[^，。；！？,;!?的]{1,8}的/;
/**
 * Whether the last date before a 去年同期 is not the period its figures cover, when a quarter or a
 * half was named before it: a day a report was told on (8月8日公布, 周二表示), or a month or a day
 * inside a modifier (第二季…优于公司在5月给出的财测上限。…较去年同期 is the quarter's).
 */
function notTheReported(date: DateRef, c: DateContext): boolean {
  if (date.precision !== 'day' && date.precision !== 'month') return false;
  const before = c.earlier + c.before;
  const at = before.lastIndexOf(date.text);
  if (at < 0) return false;
  const after = before.slice(at + date.text.length);
  if (date.precision === 'day' && TOLD_AFTER.test(after)) return true;
  // (Without a quarter or half named, the month in a modifier is still the nearest period told.)
  return !!c.namedPeriod && MODIFIER_AFTER.test(after);
}
/**
 * A fiscal year or quarter (2025會計年度第四季, FY2024, 本财年, 第三财季): once an article names one, it
 * reports on the company's own calendar, and its bare 本季, 上季, 全年 and 较前一年 are that
 * calendar's periods, shown as written (''), not the article's calendar quarters and years.
 */
const isFiscal = (date: Pick<DateRef, 'text'>): boolean =>
  /财年|財年|财政|財政|会计年度|會計年度|财季|財季|FY/.test(date.text);
/** 当季, 同月, 该年: the period the text just named, which a claim may show beside them. */
const SAME_NAMED_PERIOD = /^(?:当季度?|當季度?|同月|当月|當月|该月|該月|同年|当年|當年|该年|該年)$/;
/** Whether a date only points back to an earlier one (当时, 同期): a claim may show that one too. */
export const pointsBack = (date: Pick<DateRef, 'text'>): boolean =>
  SAME_TIME.test(date.text) || SAME_PERIOD.test(date.text) || SAME_NAMED_PERIOD.test(date.text);

/** A quarter or half of a fiscal year, after the year: 第四季, Q1, 上半年, 首季. */
const FISCAL_PART =
  '第[一二三四1-4](?:财季|財季|季度|季)|[一二三四1-4]季度|Q[1-4](?![A-Za-z\\d])|H[12](?![A-Za-z\\d])|[上下]半年|首季|[前首][三两兩]季度?';

/**
 * A rule, a price or a service that starts on a day: 6月1日起施行, 自7月起正式生效, 8月1日起上调.
 * News announces what starts ahead and says 去年 of one that started a year back, so a month
 * still to come this year (up to half a year ahead) is this year's, not last year's.
 */
const EFFECT_AFTER =
  /^(?:起|开始|開始)[，,]?[^，。；,;！？!?]{0,16}?(?:施行|实施|實施|生效|执行|執行|启用|啟用|上线|上線|开放|開放|开售|開售|调整|調整|上调|上調|下调|下調|停止|取消|暂停|暫停|禁止|适用|適用)/;

function takesEffect(c: DateContext, month: number, length: number): boolean {
  const { month: now } = c.reference;
  return now !== null && month > now && month - now <= 6 && EFFECT_AFTER.test(c.rest.slice(length));
}

/** Tried in order at each position; the first (most specific) rule that matches wins. */
const DATE_RULES: DateRule[] = [
  [
    /(\d{4})-(\d{1,2})-(\d{1,2})/y,
    (m) => ({ iso: `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`, precision: 'day', relative: false }),
  ],
  // 2024/03/12, 2024.3.12: a day written with slashes or dots (never a version: the year comes first).
  [
    /(\d{4})([/.])(\d{1,2})[/.](\d{1,2})(?![\d.])/y,
    (m) => {
      const [month, day] = [+m[3]!, +m[4]!];
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      return { iso: `${m[1]}-${pad(month)}-${pad(day)}`, precision: 'day', relative: false };
    },
  ],
  // A period named by its last day, as a filing writes it: 截至2023年12月31日的季度 (止年度, 止六個月)
  // is that calendar quarter (year, half), read after the day (which stays a date of its own, as
  // editors who date such a period by its day write it); one that ends off the calendar's
  // quarters, or is called fiscal (截至4月27日的財政季度), follows the company's calendar: as written.
  [
    /(?<=(?:截至|截止|截止到)(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号號](?:止)?的?)(?:(财政|財政)?(?:第[一二三四1-4])?(?:季度|财季|財季|季)|(年度|全年|财年|財年|财政年度|財政年度)|(十二|12|九|9|六|6|三|3)(?:个|個)月)/y,
    (m, c) => {
      const [month, day] = [+m[2]!, +m[3]!];
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      const year = m[1] ? +m[1] : yearForMonth(c.reference, month);
      const quarterEnd = month % 3 === 0 && day === new Date(Date.UTC(2001, month, 0)).getUTCDate();
      const asWritten: Resolved = { iso: '', precision: 'period', relative: false };
      if (/[财財]/.test(m[0]) || !quarterEnd || year === null) return asWritten;
      const months = m[5] ? 12 : m[6] ? (parseChineseNumber(m[6]) ?? +m[6]) : 3;
      const relative = !m[1];
      // (Nine months to September are reported as their year, as editors date 前三季度.)
      if (months === 9 || (months === 12 && month === 12)) return { iso: String(year), precision: 'year', relative };
      if (months === 6 && month % 6 === 0) return { iso: `${year}-H${month / 6}`, precision: 'half', relative };
      if (months === 3) return { iso: `${year}-Q${month / 3}`, precision: 'quarter', relative };
      return asWritten;
    },
  ],
  // Quarters in a run from the first (第一至第三季度, 1-3季度, 一、二季度): the months so far, as
  // 前三季度 is: the first two the first half, three or four the year. A run from a later quarter
  // (第二、三季度) is no one period: as written. (第一季度、第二季度, each named whole, is a list.)
  [
    /(?:(\d{4})年|(前年|去年|今年|明年))?第?([一二三1-3])(?:(?:季度|季)\s?(?:至|到|[-—–~～])|\s?(?:至|到|[-—–~～、和及]))\s?第?([二三四2-4])(?:季度|季)(?![节節赛賽])/y,
    (m, c) => {
      const [first, last] = [QUARTER[m[3]!]!, QUARTER[m[4]!]!];
      if (first >= last) return null;
      if (first > 1) return { iso: '', precision: 'period', relative: false };
      const year = m[1] ? +m[1] : m[2] ? relativeYear(m[2], c) : monthYear(c.reference, last * 3, c.before);
      if (year === null) return unresolved(last === 2 ? 'half' : 'year');
      const relative = !m[1];
      if (last === 2) return { iso: `${year}-H1`, precision: 'half', relative };
      return { iso: String(year), precision: 'year', relative };
    },
  ],
  // Taiwan's Minguo years (民國113年, 113年3月, 112年第4季, 113年度): the year is 1911 after the
  // Gregorian one. A bare 113年 is read only after 民國 or before a month, a quarter, a half or 度
  // (成立113年 is an age).
  [
    /(民國|民国)?(1[01]\d|\d{2})年(?:(\d{1,2})月(?:(\d{1,2})[日号號]|(底|末|初|中旬|上旬|下旬))?|第([一二三四1-4])季度?|([一二三四1-4])季度|(上|下)半年|(底|末)|(初)|(度))?/y,
    (m) => {
      const roc = +m[2]!;
      const tail = m[3] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10] ?? m[11];
      if (!m[1] && (roc < 100 || tail === undefined)) return null;
      const year = roc + MINGUO;
      if (m[3]) {
        const month = +m[3];
        if (month < 1 || month > 12) return null;
        if (m[4]) return { iso: `${year}-${pad(month)}-${pad(+m[4])}`, precision: 'day', relative: false };
        return { iso: `${year}-${pad(month)}`, precision: 'month', relative: false };
      }
      if (m[6] || m[7]) return { iso: `${year}-Q${QUARTER[m[6] ?? m[7]!]}`, precision: 'quarter', relative: false };
      if (m[8]) return { iso: `${year}-H${m[8] === '上' ? 1 : 2}`, precision: 'half', relative: false };
      if (m[9]) return { iso: `${year}-12`, precision: 'period', relative: false };
      if (m[10]) return { iso: `${year}-01`, precision: 'period', relative: false };
      return { iso: String(year), precision: 'year', relative: false };
    },
  ],
  // 1Q24, 4Q23, 2023Q4, 24Q1: a quarter written the analysts' way, its year after or before it.
  [
    /(?<![A-Za-z\d])(?:([1-4])Q(\d{2}|\d{4})|(\d{4}|\d{2})\s?Q([1-4])|([12])H(\d{2}|\d{4})|(\d{4}|\d{2})年?\s?H([12]))(?![A-Za-z\d])/y,
    (m) => {
      const written = m[2] ?? m[3] ?? m[6] ?? m[7]!;
      const year = fullYear(written);
      if (year < 2000 || year > 2099) return null;
      // (1H24, 2024H2: a half written the same way.)
      const half = m[5] ?? m[8];
      if (half) return { iso: `${year}-H${half}`, precision: 'half', relative: false };
      return { iso: `${year}-Q${m[1] ?? m[4]}`, precision: 'quarter', relative: false };
    },
  ],
  // 2023年十一月, 去年十二月二十日, 今年二月: a month (and day) written in Chinese numerals.
  [
    new RegExp(
      `(?:(\\d{4})年|(前年|去年|今年|明年))?(?<![一二三四五六七八九十百千万萬两兩几幾数數第每个個正农農])(${HAN_MONTH})月(?:份)?(?:(${HAN_DAY})[日号號]|(底|末|初|中旬|上旬|下旬))?`,
      'y',
    ),
    (m, c) => {
      const month = parseChineseNumber(m[3]!)!;
      const day = m[4] ? parseChineseNumber(m[4]) : null;
      if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
      const year = m[1] ? +m[1] : m[2] ? relativeYear(m[2], c) : monthYear(c.reference, month, c.before);
      if (year === null) return unresolved(day === null ? 'month' : 'day');
      const iso = `${year}-${pad(month)}${day === null ? '' : `-${pad(day)}`}`;
      return { iso, precision: day === null ? 'month' : 'day', relative: !m[1] };
    },
  ],
  // 11月20日至22日, 2024年3月1日-5日: days of one month, a span dated by its month (what is certain),
  // as dev-8 writes it; no other editor has written one.
  [
    /(?:(\d{4})年|(前年|去年|今年|明年))?(\d{1,2})月(\d{1,2})[日号號]?\s?(?:至|到|[—–~～-])\s?(\d{1,2})[日号號]/y,
    (m, c) => {
      const month = +m[3]!;
      if (month < 1 || month > 12 || +m[4]! >= +m[5]! || +m[5]! > 31) return null;
      const year = m[1]
        ? +m[1]
        : m[2]
          ? relativeYear(m[2], c)
          : (rangeYear(c.before, month) ?? monthYear(c.reference, month, c.before));
      return { iso: year === null ? '' : `${year}-${pad(month)}`, precision: 'month', relative: !m[1] };
    },
  ],
  [
    /(\d{4})年(\d{1,2})月(\d{1,2})[日号號]/y,
    (m) => ({ iso: `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`, precision: 'day', relative: false }),
  ],
  // A span of years (2017年至2019年, 2024—2026年) is no one date: shown as written, as editors
  // resolve it (a reader seeing "2017" alone would read the first year as when it happened).
  [/\d{4}年?\s*(?:至|到|[—–~～-])\s*\d{4}年(?!\d{1,2}月)/y, () => ({ iso: '', precision: 'period', relative: false })],
  // 2024年1-9月, 今年1至10月: the months from the year's start to one, a span reported as its year
  // (as editors date 2020年前三季度: 2020), never as its last month.
  [
    /(?:(\d{4})年|(前年|去年|今年|明年))?(\d{1,2})\s?(?:至|到|[—–~～-])\s?(\d{1,2})月(?:份)?(?![\d日号號])/y,
    (m, c) => {
      const [first, last] = [+m[3]!, +m[4]!];
      if (first < 1 || last > 12 || first >= last) return null;
      const year = m[1] ? +m[1] : m[2] ? relativeYear(m[2], c) : monthYear(c.reference, last, c.before);
      return { iso: year === null ? '' : String(year), precision: 'period', relative: !m[1] };
    },
  ],
  [
    /(\d{4})年(\d{1,2})月(?:份)?(底|末|初|中旬|上旬|下旬)?/y,
    (m) => ({ iso: `${m[1]}-${pad(+m[2]!)}`, precision: 'month', relative: false }),
  ],
  // 24年3月, 24年Q3, 23年下半年: a year written with two digits (2010–2039) before its month,
  // quarter or half is that year, not a span of 24 years.
  [
    /([123]\d)年(?:(\d{1,2})月(?!\d)|第([一二三四1-4])(?:季度|季)(?![节節赛賽])|([一二三四1-4])季度|\s?Q([1-4])(?![\dA-Za-z])|(上|下)半年)/y,
    (m) => {
      const year = 2000 + Number(m[1]);
      if (m[2]) {
        const month = +m[2];
        if (month < 1 || month > 12) return null;
        return { iso: `${year}-${pad(month)}`, precision: 'month', relative: false };
      }
      if (m[6]) return { iso: `${year}-H${m[6] === '上' ? 1 : 2}`, precision: 'half', relative: false };
      return { iso: `${year}-Q${QUARTER[m[3] ?? m[4] ?? m[5]!]}`, precision: 'quarter', relative: false };
    },
  ],
  [/(\d{4}|\d{2})年(底|末)/y, (m) => ({ iso: `${fullYear(m[1]!)}-12`, precision: 'period', relative: false })],
  [/(\d{4}|\d{2})年初/y, (m) => ({ iso: `${fullYear(m[1]!)}-01`, precision: 'period', relative: false })],
  // (Headlines and tables drop the 年 after a year's four digits: 2024上半年, 2024全年, 2024一季度.)
  [
    /(?:(\d{4})年|(?<![\d.])(20\d{2}))(上|下)半年/y,
    (m) => ({ iso: `${m[1] ?? m[2]}-H${m[3] === '上' ? 1 : 2}`, precision: 'half', relative: false }),
  ],
  [/(?<![\d.])(20\d{2})全年/y, (m) => ({ iso: m[1]!, precision: 'year', relative: false })],
  // Fiscal years and quarters follow each company's calendar: shown as written (2025财年Q1,
  // FY2025 Q1, Q3 FY24, 本财年上半年, 2024年第四财季).
  [
    new RegExp(
      `(?:(?:\\d{4}|\\d{2})|本|今|上一?|下一?|去|明)?(?:财年|財年|财政年度|財政年度|会计年度|會計年度)\\s?(?:${FISCAL_PART})?|(?:\\d{4}年)?第[一二三四1-4](?:财季|財季)|(?:上一?|本|下一?|这一?|這一?|当|當)(?:个|個)?(?:财季|財季)|FY\\s?(?:\\d{4}|\\d{2})(?:\\s?(?:${FISCAL_PART}))?(?![A-Za-z\\d])|(?:Q[1-4]|H[12])\\s?FY\\s?(?:\\d{4}|\\d{2})(?![A-Za-z\\d])`,
      'y',
    ),
    () => ({ iso: '', precision: 'period', relative: false }),
  ],
  [
    /(?:(\d{4})年|(?<![\d.])(20\d{2})(?=第?[一二三四1-4]季|首季))(?:第([一二三四1-4])(?:季度|季)|([一二三四1-4])季度|\s?Q([1-4])|(首)季(?![节節赛賽]))/y,
    (m) => ({
      iso: `${m[1] ?? m[2]}-Q${m[6] ? 1 : QUARTER[m[3] ?? m[4] ?? m[5]!]}`,
      precision: 'quarter',
      relative: false,
    }),
  ],
  // 今年年中, 2024年年中: the middle of a named year, June, as dev-8 writes it (the only editor who
  // has); a bare 年中 is left alone (2019年中国…).
  [
    /(?:(\d{4})年|(前年|去年|今年|明年))年中(?![国國央心文东東期秋华華部])/y,
    (m, c) => {
      const year = m[1] ? +m[1] : relativeYear(m[2]!, c);
      return { iso: year === null ? '' : `${year}-06`, precision: 'month', relative: !m[1] };
    },
  ],
  // 前三季度, 今年前10个月, 2024年前三季: the year's quarters or months so far, a span reported as
  // its year (as editors date 2020年前三季度); the year is the one they have passed in. 前N个月 only
  // after a year or opening its clause (发布前两个月 is two months before the launch). Hong Kong and
  // Taiwan write 首三季 (首季 alone is the first quarter); 头两个月 / 頭兩個月 are 前两个月.
  [
    /(?:(\d{4})年|(前年|去年|今年|明年))?[前首]([一二两兩三1-3])(?:个|個)?季度?(?![节節赛賽])|(?:(\d{4})年|(前年|去年|今年|明年)|(?<=^|[，。；、,;：:！？!?（）()\s]|[于於在至到]|累计|累計)|(?=[前首头頭]\d{1,2}月(?:累计|累計|的)?(?:营收|營收|营业|營業|出货|出貨|销量|銷量|销售|銷售|收入|获利|獲利)))[前首头頭](\d{1,2}|[一二两兩三四五六七八九十]{1,2})(?:个|個)?月(?![前后後内內以之底末初])/y,
    (m, c) => {
      const quarters = m[3] !== undefined;
      const count = quarters ? (QUARTER[m[3]!] ?? smallNumber(m[3]!)) : smallNumber(m[6]!);
      if (count === null || count < 2 || count > (quarters ? 3 : 11)) return null;
      const written = m[1] ?? m[4];
      const word = m[2] ?? m[5];
      const last = quarters ? count * 3 : count;
      const year = written ? +written : word ? relativeYear(word, c) : monthYear(c.reference, last, c.before);
      // (The first three months are the first quarter, the first six the first half: 首六個月, as
      // are the first two quarters: 首兩季.)
      if (year !== null && quarters && count === 2) return { iso: `${year}-H1`, precision: 'half', relative: !written };
      if (year !== null && !quarters && (count === 3 || count === 6))
        return count === 3
          ? { iso: `${year}-Q1`, precision: 'quarter', relative: !written }
          : { iso: `${year}-H1`, precision: 'half', relative: !written };
      return { iso: year === null ? '' : String(year), precision: 'period', relative: !written };
    },
  ],
  [new RegExp(`(\\d{4})年(?:${SEASON})`, 'y'), (m) => ({ iso: m[1]!, precision: 'year', relative: false })],
  // (2020年代 is a decade, not the year 2020.)
  [/(\d{4})年(?!代)/y, (m) => ({ iso: m[1]!, precision: 'year', relative: false })],
  // 二〇二三年: a year spelt digit by digit.
  [
    /([零〇一二三四五六七八九]{4})年(?!代)/y,
    (m) => ({ iso: [...m[1]!].map((d) => DIGITS[d]).join(''), precision: 'year', relative: false }),
  ],
  // 除夕, 大年初一: the eve of the Lunar New Year and its first day, to the day (the last one up to
  // the article's day, unless a plan looks ahead).
  [
    /(前年|去年|今年|明年)?(?:的)?(?:农历|農曆)?(除夕|大年三十|大年初一|年初一)/y,
    (m, c) => {
      const { year, month, day } = c.reference;
      const base = m[1] ? relativeYear(m[1], c) : year;
      if (base === null) return unresolved('day');
      const dayOf = (y: number) => {
        const festival = SPRING_FESTIVAL[y];
        return festival ? shiftDay(y, +festival.slice(0, 2), +festival.slice(3), FESTIVAL_DAY[m[2]!]!) : null;
      };
      const now = month === null ? null : `${year}-${pad(month)}-${day === null ? '31' : pad(day)}`;
      const thisOne = dayOf(base);
      const y =
        !m[1] && now !== null && thisOne !== null && now < thisOne && !FUTURE_BEFORE.test(c.before) ? base - 1 : base;
      const iso = dayOf(y);
      return iso ? { iso, precision: 'day', relative: true } : unresolved('day');
    },
  ],
  // 春节 (the Lunar New Year) falls in January or February: the month it fell in that year.
  [
    /(前年|去年|今年|明年)?(?:的)?(?:这个|這個)?(春节|春節)/y,
    (m, c) => {
      const year = m[1] ? relativeYear(m[1], c) : c.reference.year;
      if (year === null) return unresolved('month');
      // Before this year's festival, a bare 春节 is the one just past (unless a plan looks ahead).
      const { month, day } = c.reference;
      // (An article dated to the month only is past a festival in its month.)
      const now = month === null ? null : `${pad(month)}-${day === null ? '31' : pad(day)}`;
      const ahead = !m[1] && now !== null && !!SPRING_FESTIVAL[year] && now < SPRING_FESTIVAL[year];
      // (…but the days before it, or around it, are now: 春节前后 written a week before it.)
      const leadingUp = /^(?:前后|前後|之前|前)/.test(c.rest.slice(m[0].length));
      const y = ahead && !FUTURE_BEFORE.test(c.before) && !leadingUp ? year - 1 : year;
      const festival = SPRING_FESTIVAL[y];
      return festival
        ? { iso: `${y}-${festival.slice(0, 2)}`, precision: 'month', relative: true }
        : unresolved('month');
    },
  ],
  [
    // A day word names a day only as an adverb: "今天的AI" is nowadays, 今日头条 and 明日之星 are names.
    /(前天|昨天|昨日|今天|今日|明天|明日)(?![的之]|头条|頭條|\s?[（(]\d{1,2}[日号號][）)])/y,
    (m, c) => ({ iso: shiftedDay(c.reference, RELATIVE_DAY[m[1]!]!), precision: 'day', relative: true }),
  ],
  // 前日, as Hong Kong and Taiwan papers write 前天 (政府前日公布), the day before yesterday; not the
  // day before an event (上市前日, 发布会前日: 前 after the event's word), nor 日前 (recently).
  [
    /(?<=^|[，。；、,;：:！？!?（）()\s」』”]|[\u4e00-\u9fffA-Za-z\d](?<![市会會布幕节節假生日目提之以当當的赛賽前举舉行办辦开開议議庭审審选選考]))前日(?![的之期益报報]|\s?[（(]\d{1,2}[日号號][）)])/y,
    (_m, c) => ({ iso: shiftedDay(c.reference, -2), precision: 'day', relative: true }),
  ],
  // 今晚, 昨夜, 今早, 明晨: a part of a day named from the article's day (not 今晚报, a paper's name).
  [
    /(今|昨|明)(?:早上|早|晨|晚上|晚间|晚間|晚|夜|午)(?![报報餐])|(前)晚/y,
    (m, c) => ({
      iso: shiftedDay(c.reference, m[2] ? -2 : RELATIVE_DAY[`${m[1]}天`]!),
      precision: 'day',
      relative: true,
    }),
  ],
  // 去年同期: the period the text just named (a quarter, a half, a month), a year earlier.
  [
    /(?:去年|上年|上一年|前一年|(前年))同期/y,
    (m0, c) => {
      // (前年同期 is two years back: the period compared with the one before the last.)
      const back = m0[1] ? 2 : 1;
      // (…but a month's figure after it, 去年同期，单月交付量…, is the month's: the last month named.)
      const monthly = MONTHLY_AFTER.test(c.rest.slice(m0[0].length)) ? c.lastMonth : null;
      const anchor = monthly ?? (c.period && notTheReported(c.period, c) ? c.namedPeriod : c.period);
      if (!anchor)
        return c.reference.year === null
          ? unresolved('year')
          : { iso: String(c.reference.year - back), precision: 'year', relative: true };
      const m = /^(\d{4})(.*)$/.exec(anchor.iso)!;
      return { iso: `${+m[1]! - back}${m[2]}`, precision: anchor.precision, relative: true };
    },
  ],
  [
    /(前年|去年|今年|明年)(\d{1,2})月(\d{1,2})[日号號]/y,
    (m, c) => {
      const year = relativeYear(m[1]!, c);
      return year === null
        ? unresolved('day')
        : { iso: `${year}-${pad(+m[2]!)}-${pad(+m[3]!)}`, precision: 'day', relative: true };
    },
  ],
  [
    /(前年|去年|今年|明年)(\d{1,2})月/y,
    (m, c) => {
      const year = relativeYear(m[1]!, c);
      return { iso: year === null ? '' : `${year}-${pad(+m[2]!)}`, precision: 'month', relative: true };
    },
  ],
  [
    /(前年|去年|今年|明年)(上|下)半年/y,
    (m, c) => {
      const year = relativeYear(m[1]!, c);
      return { iso: year === null ? '' : `${year}-H${m[2] === '上' ? 1 : 2}`, precision: 'half', relative: true };
    },
  ],
  [
    /(前年|去年|今年|明年)(?:第([一二三四1-4])(?:季度|季)|([一二三四1-4])季度|\s?Q([1-4])|(首)季(?![节節赛賽]))/y,
    (m, c) => {
      const year = relativeYear(m[1]!, c);
      // (首季, Taiwan's and Hong Kong's first quarter.)
      const quarter = m[5] ? 1 : QUARTER[m[2] ?? m[3] ?? m[4]!];
      return { iso: year === null ? '' : `${year}-Q${quarter}`, precision: 'quarter', relative: true };
    },
  ],
  [
    /(前年|去年|今年|明年)(年底|年末|底|末)/y,
    (m, c) => {
      const year = relativeYear(m[1]!, c);
      return { iso: year === null ? '' : `${year}-12`, precision: 'period', relative: true };
    },
  ],
  [
    /(前年|去年|今年|明年)(年初|初)/y,
    (m, c) => {
      const year = relativeYear(m[1]!, c);
      return { iso: year === null ? '' : `${year}-01`, precision: 'period', relative: true };
    },
  ],
  // Shopping festivals named by their day (“618”, 双11): the month they fall in.
  [
    /(?:(前年|去年|今年|明年)的?)?(?:[“"「『](618|双11|雙11|双十一|雙十一|双12|雙12|双十二|雙十二)[”"」』]|(618)(?=期间|期間|大促|购物节|購物節|当天|當天)|(双11|雙11|双十一|雙十一|双12|雙12|双十二|雙十二))(?:期间|期間|大促)?/y,
    (m, c) => {
      const name = m[2] ?? m[3] ?? m[4]!;
      const month = name === '618' ? 6 : /(12|十二)$/.test(name) ? 12 : 11;
      const year = m[1] ? relativeYear(m[1], c) : monthYear(c.reference, month, c.before);
      return { iso: year === null ? '' : `${year}-${pad(month)}`, precision: 'month', relative: true };
    },
  ],
  // 后年 (後年), the year after next (not 此后年均, 之后年度: 后 closing another word).
  [
    /(?<![此之以其然最随隨落过過而今日明])(后年|後年)(?![度均龄齡纪紀])/y,
    (_m, c) => ({
      iso: c.reference.year === null ? '' : String(c.reference.year + 2),
      precision: 'year',
      relative: true,
    }),
  ],
  [
    new RegExp(`(前年|去年|今年|明年)(?:${SEASON})?`, 'y'),
    (m, c) => {
      const year = relativeYear(m[1]!, c);
      return { iso: year === null ? '' : String(year), precision: 'year', relative: true };
    },
  ],
  // 上半年, 下半年 alone: the article's half-years; a second half told as done in an article of the
  // first half (下半年营收增长) is last year's, which it has to be (not 将, 预计: one to come).
  [
    /(上|下)半年/y,
    (m, c) => {
      const { year, month } = c.reference;
      if (year === null) return unresolved('half');
      const after = c.rest.slice(m[0].length);
      const ahead = FUTURE_BEFORE.test(c.before) || FORECAST_AFTER.test(after) || DEADLINE_AFTER.test(after);
      const back = m[1] === '下' && month !== null && month < 7 && !ahead ? 1 : 0;
      return { iso: `${year - back}-H${m[1] === '上' ? 1 : 2}`, precision: 'half', relative: true };
    },
  ],
  // 本年度, 上年度, 本年: this year and the last, as Hong Kong and Taiwan reports write them (not
  // 上年同期, read above as a comparison's base; nor 上年纪). 上年 is the year before the one the
  // report is for: after last year's results (2024年…，較上年下跌) the year before that, as 全年 is
  // that year (yearTold).
  [
    /(本|上)年(度)?(?!同期|[纪紀级級内內底末初中])/y,
    (m, c) => {
      const { year } = c.reference;
      if (year === null) return unresolved('year');
      // (A second 上年 is the year the first one was.)
      const again = m[1] === '上' && c.period && /^上年/.test(c.period.text) ? c.period.iso : null;
      const iso = again ?? String(m[1] === '上' ? yearTold(c, false) - 1 : year);
      return { iso, precision: 'year', relative: true };
    },
  ],
  // 元旦 is the first of January; 国庆 (國慶) the October holiday, the month.
  [
    /(前年|去年|今年|明年)?(?:的)?(?:(元旦)(?![节節]?晚[会會])|(国庆|國慶)(?=期间|期間|假期|黄金周|黃金週|长假|長假|档|檔|节|節|前|后|後))/y,
    (m, c) => {
      const month = m[2] ? 1 : 10;
      const year = m[1] ? relativeYear(m[1], c) : monthYear(c.reference, month, c.before);
      if (year === null) return unresolved(m[2] ? 'day' : 'month');
      return m[2]
        ? { iso: `${year}-01-01`, precision: 'day', relative: true }
        : { iso: `${year}-10`, precision: 'month', relative: true };
    },
  ],
  // 年初, 年底 on their own are the article's year (not 同年底, 每年年底: those name another year).
  [
    /(?<![同当當该該每上下本前去今明翌次\d])年(初|底|末)/y,
    (m, c) => {
      if (c.reference.year === null) return { iso: '', precision: 'period', relative: true };
      // (…or the year the text tells of, when that is the one before: a report on last year's
      // fourth quarter, 超额完成年初订下的目标.)
      const after = c.rest.slice(m[0].length);
      const ahead = FUTURE_BEFORE.test(c.before) || FORECAST_AFTER.test(after) || DEADLINE_AFTER.test(after);
      return { iso: `${yearTold(c, ahead)}-${m[1] === '初' ? '01' : '12'}`, precision: 'period', relative: true };
    },
  ],
  // 年中 on its own, after a word of time or place or opening its clause (于年中推出): the middle of
  // the article's year, June, as 今年年中 is (not 2019年中国, 一年中: those are other words).
  [
    /(?<=^|[，。；、,;：:！？!?（）()\s]|[于於在至到])年中(?![国國央心文东東期秋华華部旬])/y,
    (_m, c) => ({ iso: c.reference.year === null ? '' : `${c.reference.year}-06`, precision: 'month', relative: true }),
  ],
  // 第二季度, 一季度 without a year: the article's year, or the year before for a quarter to come;
  // Taiwan and Hong Kong write 第二季, 首季 and Q2 (not 第二季 of a 财季, caught above).
  [
    /(?<![\d年前上下])(?:第([一二三四1-4])季度?(?![节節赛賽])|(?<![一二三四])([一二三四])季度|(首)季(?![节節赛賽])|(?<![A-Za-z\d])Q([1-4])(?![\dA-Za-z]))/y,
    (m, c) => {
      const quarter = m[3] ? 1 : QUARTER[m[1] ?? m[2] ?? m[4]!]!;
      // (A later quarter after one its paragraph just named, 第一季度…，第二季度…: quarters listed
      // forward run through one year, the named one's.)
      const named =
        c.localPeriod && !isComparisonBase(c.localPeriod) ? /^(\d{4})-Q([1-4])$/.exec(c.localPeriod.iso) : null;
      if (named && quarter > +named[2]!)
        return { iso: `${named[1]}-Q${quarter}`, precision: 'quarter', relative: true };
      const after = c.rest.slice(m[0].length);
      const future = FUTURE_BEFORE.test(c.before) || DEADLINE_AFTER.test(after) || FORECAST_AFTER.test(after);
      // (A quarter to come may be the one under way: its last month decides.)
      const year = yearForMonth(c.reference, future ? quarter * 3 : quarter * 3 - 2, future);
      return { iso: year === null ? '' : `${year}-Q${quarter}`, precision: 'quarter', relative: true };
    },
  ],
  // 较上季, 比上月, 环比上一季度: the period before the one the text tells of (the claim's own),
  // else before the article's; a comparison's base, never the claim's time.
  [
    /(?<=(?:较|較|比|相比|相较|相較|环比|環比)(?:于|於)?)(?:上一?|前一)(?:个|個)?(季度|季|月|年度|年)/y,
    (m, c) =>
      c.fiscal && /[季年]/.test(m[1]!) ? unresolved(/季/.test(m[1]!) ? 'quarter' : 'year') : previousOf(m[1]!, c),
  ],
  // 本季度, 上一季度, 本季: counted from the article's quarter. 下一季度 and 上一季度 after the report
  // of a recent quarter (美团第三季…，未提供下一季的财测; 第三季度营收40亿元，上一季度为35亿元) are the
  // quarters after and before it, as a results story counts from the quarter it reports; only then
  // is a bare 下一季 a quarter (else often a season).
  [
    /(本|上|下|这|這)(?:一)?(?:个|個)?季度|(本)季(?![节節赛賽])|(下)一?季(?![度节節赛賽剧劇])|(上|前)一?(?:个|個)?季(度)?(?![节節赛賽剧劇])/y,
    (m, c) => {
      const { year, month } = c.reference;
      // (上季, 上一季 without 度: a quarter when a result follows it, 上季營收, as Taiwan writes it,
      // or after a quarter just reported; else often a season of a show or a league.)
      const lastOf = m[4] !== undefined && !m[5] && !LAST_QUARTER_METRIC.test(c.rest.slice(m[0].length));
      if (year === null || month === null || c.fiscal) return m[3] || lastOf ? null : unresolved('quarter');
      const word = m[1] ?? m[2] ?? m[3] ?? (m[4] ? '上' : undefined);
      const now = year * 4 + Math.floor((month - 1) / 3);
      // (A quarter told as one (第三季), not counted from the article's (上一季度).)
      const told = c.namedPeriod && !/^(?:本|上|下|这|這)/.test(c.namedPeriod.text) ? c.namedPeriod : null;
      const named = /^(\d{4})-Q([1-4])$/.exec(told?.iso ?? '');
      const reported = named ? +named[1]! * 4 + +named[2]! - 1 : null;
      const recent = reported !== null && reported <= now && reported >= now - 2 ? reported : null;
      if ((m[3] || lastOf) && recent === null) return null;
      const step = word === '上' ? -1 : word === '下' ? 1 : 0;
      const index = step && recent !== null ? recent + step : now + step;
      return { iso: `${Math.floor(index / 4)}-Q${(index % 4) + 1}`, precision: 'quarter', relative: true };
    },
  ],
  // 彼时, 截至当时: the last date the text gave.
  [
    /(?:截至|截止)(?:当时|當時)|彼时|彼時/y,
    (_m, c) => {
      if (!c.anchor) return unresolved('period');
      return { iso: c.anchor.iso, precision: c.anchor.precision, relative: true };
    },
  ],
  // A bare 当时 ("back then") and 同一时期 are the time of the last date their own paragraph gave;
  // with none there, the time they mean is not known to be any date the reader was given.
  [
    new RegExp(`(?:${SAME_TIME_WORDS})`, 'y'),
    (_m, c) => (c.localAnchor ? { iso: c.localAnchor.iso, precision: c.localAnchor.precision, relative: true } : null),
  ],
  // 在那之前两个月, 在此之后三天: counted from the last date the text gave (not 此后两年内, a span).
  [
    /(?:在)?(?:那|此|这|這)(?:之|以)(前|后|後)的?(\d{1,3}|[一二两兩三四五六七八九十半几幾数數]+)(?:个|個)?(天|日|周|週|星期|(?:个|個)月|年)(?![内內里裡裏间間中来來])/y,
    (m, c) => {
      const from = c.anchor ? partsOf(c.anchor.iso) : null;
      if (!from) return unresolved('period');
      const sign = m[1] === '前' ? -1 : 1;
      const iso = shiftedVaguely(from, m[2]!, m[3]!, sign);
      return { iso, precision: iso ? precisionOfIso(iso) : 'period', relative: true };
    },
  ],
  // 过去一年, 過去幾個月, 近期, 近年来: a span back from now with no date the reader can be given.
  [SPAN_BACK, () => unresolved('period')],
  // 上月底, 本月初, 下个月: counted from the article's month; 上个月25日 is that month's day.
  [
    /(上|下|本|这|這|今(?=[个個]))(?:一)?(?:个|個)?月(?:份)?(?:(\d{1,2})[日号號]|(底|末|初|中旬|上旬|下旬))?/y,
    (m, c) => {
      const { year, month } = c.reference;
      const shift = m[1] === '上' ? -1 : m[1] === '下' ? 1 : 0;
      const iso = year === null || month === null ? '' : shiftMonth(year, month, shift);
      const day = m[2] ? +m[2] : null;
      if (day !== null && (day < 1 || day > 31)) return null;
      if (day !== null) return { iso: iso && `${iso}-${pad(day)}`, precision: 'day', relative: true };
      return { iso, precision: 'month', relative: true };
    },
  ],
  // 月初, 月底 on their own (于月底, 。月中旬): the article's month. Only after a clause's start or a
  // word of time or place, so that 正月初, 蜜月, 三个月底 and a noun's 月 are never read.
  [
    /(?<=^|[，。；、,;：:！？!?（）()\s]|[于於在至到截止])月(初|底|末|中旬|上旬|下旬|中(?![国國央心文东東华華]))|(?<![\d个個正蜜岁歲年日半一二两兩三四五六七八九十百几幾数數每上下本同当當该該次翌前这這那其整满滿逐按足])月(初|底|末)(?=前|之前|以前)|(?<=^|[，。；、,;：:！？!?（）()\s]|[于於在至到])(上旬|中旬|下旬)/y,
    (_m, c) => {
      const { year, month } = c.reference;
      return {
        iso: year === null || month === null ? '' : `${year}-${pad(month)}`,
        precision: 'month',
        relative: true,
      };
    },
  ],
  // 年内 on its own: the article's year (not 三年内, 一年内: spans).
  [
    /(?<![\d年去今明前同当當该該每上下本一二两兩三四五六七八九十几幾数數半多])年(?:内|內)/y,
    (_m, c) => ({ iso: c.reference.year === null ? '' : String(c.reference.year), precision: 'year', relative: true }),
  ],
  // 同期 on its own: the period its paragraph just named, else the one the article last named (not
  // 去年同期, 上年同期: a year before it), as editors resolve a chained date through the one it follows.
  [
    /(?<![去上前今本较較比])同期(?![相比])/y,
    (_m, c) => {
      const period = c.localPeriod ?? c.reportPeriod;
      return period ? { iso: period.iso, precision: period.precision, relative: true } : null;
    },
  ],
  // 全年 on its own: the year of the last date named before it (2024年12月及全年; a roundup of
  // 2024 dated January 2025), when that is the article's year or the one before; else the
  // article's year (not 去年全年, 同年全年: those name their own).
  [
    /(?<![年去今明前同当當该該每上下本])全年/y,
    (_m, c) => {
      const { year } = c.reference;
      if (year === null || c.fiscal) return unresolved('year');
      // (A forecast's 全年, 全年盈利有望…, 预计全年, is the year under way.)
      const clause = clauseBefore(c.before, c.before.length) + c.rest.split(CLAUSE_BREAK)[0];
      const ahead = FUTURE_BEFORE.test(c.before) || FORECAST_WORDS.test(clause);
      return { iso: String(yearTold(c, ahead)), precision: 'year', relative: true };
    },
  ],
  // 当季, 當季: the quarter the text just named (截至9月30日的第三季度…当季营收), else unread.
  [
    // (…and 季内 opening its clause: 公布第四季业绩，季内营收…)
    /(?<![每上下本这這])(?:当季|當季)(?!度?[节節赛賽])(?:度)?|(?<=^|[，。；,;：:！？!?\s])季[内內](?![外])/y,
    (_m, c) => {
      const quarter = [c.localPeriod, c.reportPeriod].find((d) => d && /^\d{4}-Q[1-4]$/.test(d.iso));
      return quarter ? { iso: quarter.iso, precision: 'quarter', relative: true } : null;
    },
  ],
  // 同月, 当月: the month of the last date before it in the text; a year named after that month
  // (今年3月…计划到2028年…；同月…) has no month for it to be the same as, so the one before it is.
  [
    /(同月|当月|當月|该月|該月|同一?(?:周|週|星期)|当周|當周|当週|當週)(底|末|初)?/y,
    (_m, c) => {
      const last = c.anchor && partsOf(c.anchor.iso)?.month ? c.anchor : c.monthAnchor;
      const from = last ? partsOf(last.iso) : null;
      if (!from?.month) return unresolved('month');
      return { iso: `${from.year}-${pad(from.month)}`, precision: 'month', relative: true };
    },
  ],
  // 次月, 翌月, 隔月: the month after the last date before it in the text.
  [
    /(?<![首每多])(次月|翌月|隔月)(?!刊)/y,
    (_m, c) => {
      const from = c.anchor ? partsOf(c.anchor.iso) : null;
      if (!from?.month) return unresolved('month');
      return { iso: shiftMonth(from.year, from.month, 1), precision: 'month', relative: true };
    },
  ],
  // 本周四（11月21日）, 周二（3月5日）: the day in brackets, which says it in full (one date, not two;
  // where the two disagree, the date written out is the one the writer checked).
  [
    new RegExp(`(?:(?:上|下|本|这|這)(?:个|個)?)?(?:${WEEKDAY})\\s?[（(](\\d{1,2})月(\\d{1,2})[日号號][）)]`, 'y'),
    (m, c) => {
      const [month, day] = [+m[2]!, +m[3]!];
      if (month < 1 || month > 12 || day < 1 || day > 31) return null;
      const year = monthYear(c.reference, month, c.before);
      return { iso: year === null ? '' : `${year}-${pad(month)}-${pad(day)}`, precision: 'day', relative: true };
    },
  ],
  // 上周 is the month the week before fell in; 上周五 that Friday (weeks run Monday to Sunday).
  [
    /(上|下|本|这|這)(?:个|個)?(?:周|週|星期|礼拜|禮拜)(?![一二三四五六日天]\s?[（(]\d{1,2}[日号號][）)])([一二三四五六日天1-7])?(?![年刊报報])/y,
    (m, c) => {
      const { year, month, day } = c.reference;
      const weeks = m[1] === '上' ? -1 : m[1] === '下' ? 1 : 0;
      if (year === null || month === null || day === null) return unresolved(m[2] ? 'day' : 'month');
      const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7; // Monday 0
      if (!m[2]) {
        // (What is certain of the week, Monday to Sunday: its month, else its year when it runs
        // across two months, 上周 in an article of Friday 7 July being 26 June to 2 July.)
        const first = shiftedDay(c.reference, weeks * 7 - weekday);
        const last = shiftedDay(c.reference, weeks * 7 + 6 - weekday);
        if (first.slice(0, 7) === last.slice(0, 7))
          return { iso: first.slice(0, 7), precision: 'month', relative: true };
        if (first.slice(0, 4) === last.slice(0, 4))
          return { iso: first.slice(0, 4), precision: 'year', relative: true };
        return unresolved('year');
      }
      const target = /[日天7]/.test(m[2]) ? 6 : (parseChineseNumber(m[2]) ?? Number(m[2])) - 1;
      return { iso: shiftedDay(c.reference, weeks * 7 + target - weekday), precision: 'day', relative: true };
    },
  ],
  // 周三（13日）, 13日（周三）: the day of the month whose weekday it is, nearest the article's month
  // (the weekday settles which month a bare day is in).
  [
    new RegExp(
      `(?:(?:上|下|本|这|這)(?:个|個)?)?(?:${WEEKDAY})\\s?[（(](\\d{1,2})[日号號][）)]|(?<![月\\d])(\\d{1,2})[日号號]\\s?[（(](?:${WEEKDAY})[）)]|(昨日|昨天|前天|前日|今日|今天|明日|明天|后天|後天)\\s?[（(](\\d{1,2})[日号號][）)]|([今昨前明])\\s?[（(](\\d{1,2})[）)]\\s?[日号號]`,
      'y',
    ),
    (m, c) => {
      // 昨日（25日）: the day in brackets, in the article's month or the one before. Taiwan's papers
      // write the day word short, its day of the month in brackets before 日: 今（8）日, 昨（16）日,
      // 前（6）日 are that day of this month or the last; 明（9）日, 明日（26日） of this month or the next.
      if (m[5] || m[7]) {
        const day = +(m[6] ?? m[8])!;
        const { year, month } = c.reference;
        if (day < 1 || day > 31) return null;
        if (year === null || month === null) return unresolved('day');
        const ahead = m[7] === '明' || /^[明后後]/.test(m[5] ?? '');
        const shift =
          c.reference.day === null ? 0 : ahead ? (day < c.reference.day ? 1 : 0) : day > c.reference.day ? -1 : 0;
        const monthIso = shift ? shiftMonth(year, month, shift) : `${year}-${pad(month)}`;
        return { iso: `${monthIso}-${pad(day)}`, precision: 'day', relative: true };
      }
      const day = +(m[2] ?? m[3])!;
      const weekday = m[1] ?? m[4]!;
      const { year, month } = c.reference;
      if (day < 1 || day > 31) return null;
      if (year === null || month === null) return unresolved('day');
      const target = /[日天]/.test(weekday) ? 6 : parseChineseNumber(weekday)! - 1;
      const future = FUTURE_BEFORE.test(c.before);
      const months = future ? [0, 1, -1] : [0, -1, 1];
      for (const shift of months) {
        const [y, mo] = shiftMonth(year, month, shift).split('-').map(Number) as [number, number];
        const date = new Date(Date.UTC(y, mo - 1, day));
        if (date.getUTCMonth() !== mo - 1 || (date.getUTCDay() + 6) % 7 !== target) continue;
        return { iso: `${y}-${pad(mo)}-${pad(day)}`, precision: 'day', relative: true };
      }
      // (A weekday no month near the article has on that day: the text contradicts itself.)
      return unresolved('day');
    },
  ],
  // 3月13日（周三）: the weekday of the date just before it, not another day.
  [
    new RegExp(`(?<=[日号號])\\s?[（(](?:${WEEKDAY})[）)]`, 'y'),
    (_m, c) => (c.dayAnchor ? { iso: c.dayAnchor.iso, precision: 'day', relative: c.dayAnchor.relative } : null),
  ],
  // 周二, 星期五 alone: the last such day up to the article's (the next one after 将, 预计).
  [
    /(?<![每上下本这這个個隔到])(?<!(?<![截])至)(?:周|週|星期|礼拜|禮拜)([一二三四五六日天])(?![至到])/y,
    (m, c) => {
      const { year, month, day } = c.reference;
      if (year === null || month === null || day === null) return unresolved('day');
      const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7; // Monday 0
      const target = /[日天]/.test(m[1]!) ? 6 : parseChineseNumber(m[1]!)! - 1;
      const back = (weekday - target + 7) % 7;
      const offset = FUTURE_BEFORE.test(c.before) ? (target - weekday + 7) % 7 : -back;
      return { iso: shiftedDay(c.reference, offset), precision: 'day', relative: true };
    },
  ],
  // 三天前, 一个月前, 两年前: counted back from the article's date — or from a date its own
  // sentence wrote out before it (3月12日发布，而早在两天前…: two days before the 12th).
  [
    /(\d{1,3}|[一二两兩三四五六七八九十半几幾数數]+)(?:个|個)?(天|日|周|週|星期|(?:个|個)月|年)(?:以前|之前|前)/y,
    (m, c) => {
      const amount = smallNumber(m[1]!);
      // 3月前 is "before March": only 个月 counts months.
      if (m[2] === '月') return null;
      if (amount === null) return unresolved('period');
      const sentence = c.before.slice(Math.max(...SENTENCE_ENDS.map((p) => c.before.lastIndexOf(p))) + 1);
      const stated = c.localAnchor && /\d|[一二三四五六七八九十]月/.test(c.localAnchor.text) ? c.localAnchor : null;
      const from = stated && sentence.includes(stated.text) ? partsOf(stated.iso) : null;
      const iso = shiftBy(from ?? c.reference, -amount, m[2]!);
      return { iso, precision: iso ? precisionOfIso(iso) : 'period', relative: true };
    },
  ],
  // 一周后, 三天后: counted from an earlier date in the text, the only thing they can mean
  // (not 不到三周后, 超过一年后: a bounded span is how long it took, a figure).
  [
    /(\d{1,3}|[一二两兩三四五六七八九十半几幾数數]+)(?:个|個)?(天|日|周|週|星期|(?:个|個)月|年)(?:以后|以後|之后|之後|后|後)/y,
    (m, c) => {
      if (/(不到|不足|超过|超過|逾|近|约|約)$/.test(c.before)) return null;
      const from = c.anchor ? partsOf(c.anchor.iso) : null;
      const iso = from ? shiftedVaguely(from, m[1]!, m[2]!, 1) : '';
      return { iso, precision: iso ? precisionOfIso(iso) : 'period', relative: true };
    },
  ],
  // 次年, 同年底: the year after (of) the last date before it in the text (not 首次年度, 多次年).
  [
    /(?<![首每多历歷屡屢层層名届屆几幾数數一二两兩三四五六七八九十\d相適适充])(次年|翌年|同年|当年|當年|该年|該年)(?!度|轻|輕|纪|紀)(初|底|末|(\d{1,2})月(?:(\d{1,2})[日号號])?)?/y,
    (m, c) => {
      const from = c.anchor ? partsOf(c.anchor.iso) : null;
      if (!from) return unresolved(m[2] ? 'period' : 'year');
      const year = from.year + (/^(同|当|當|该|該)年$/.test(m[1]!) ? 0 : 1);
      // 當年3月, 翌年6月15日: a month (a day) of that year.
      if (m[3]) {
        const [month, day] = [+m[3], m[4] ? +m[4] : null];
        if (month < 1 || month > 12) return null;
        return day === null
          ? { iso: `${year}-${pad(month)}`, precision: 'month', relative: true }
          : { iso: `${year}-${pad(month)}-${pad(day)}`, precision: 'day', relative: true };
      }
      if (!m[2]) return { iso: String(year), precision: 'year', relative: true };
      return { iso: `${year}-${m[2] === '初' ? '01' : '12'}`, precision: 'period', relative: true };
    },
  ],
  // 仅隔数小时, 几个小时后: hours after the last day the text named are that day.
  [
    /(?:仅|僅|只)?(?:相隔|间隔|間隔|隔)了?(?:\d{1,2}|[一二两兩三四五六七八九十几幾数數]+)(?:个|個)?(?:小时|小時)|(?:\d{1,2}|[一二两兩三四五六七八九十几幾数數]+)(?:个|個)?(?:小时|小時)(?:后|後|之后|之後)/y,
    (_m, c) => {
      if (/(不到|不足|超过|超過|逾|近|约|約)$/.test(c.before)) return null;
      const from = c.dayAnchor ? partsOf(c.dayAnchor.iso) : null;
      const iso = from ? shiftDay(from.year, from.month, from.day, 0) : null;
      return { iso: iso ?? '', precision: 'day', relative: true };
    },
  ],
  // 当天, 次日: the day of (after) the last date to the day before it in the text; after an
  // event (发布会当天, 消息传出当天), the day of that event, when a sentence before stated it (else
  // the last day, as most editors resolve a chained date through the date it follows).
  [
    new RegExp(`(${Object.keys(ANCHORED_DAY).join('|')})`, 'y'),
    (m, c) => {
      const event = eventBefore(c.before);
      // 她去年9月宣布离职，当天…: the last date before 当天 in its sentence names a month and no day,
      // so the day is one of that month, and the month is all the text tells (not a day stated
      // sentences before it, which the month came after).
      const month = ANCHORED_DAY[m[1]!] === 0 && event === null ? monthInSentence(c) : null;
      if (month) return { iso: month.iso, precision: 'month', relative: true };
      const anchor = (event === null ? null : c.dayOfEvent(event)) ?? c.dayAnchor;
      const from = anchor ? partsOf(anchor.iso) : null;
      const iso = from ? shiftDay(from.year, from.month, from.day, ANCHORED_DAY[m[1]!]!) : null;
      return { iso: iso ?? '', precision: 'day', relative: true };
    },
  ],
  // 未来三年, 未來幾週內: a span ahead of no fixed date.
  [
    /(?:未来|未來|接下来|接下來|今后|今後)的?(?:\d{1,3}|[一二两兩三四五六七八九十半几幾数數]+)(?:个|個)?(?:天|日|周|週|星期|月|年|季度)(?:内|內|里|裡|裏)?/y,
    () => unresolved('period'),
  ],
  // 日前, 近日: "recently", no day given (not 节日前, 生日前).
  [/(?<![节節假生\d])(?:日前|近日)/y, () => unresolved('period')],
  // 早前, 較早前 (Hong Kong's "earlier"): no day given either (not 提早前往, nor 市場早前預期的, an
  // expectation's time inside a noun phrase).
  [
    /(?<![提趁及尽儘最])(?:较|較|稍)?早前(?![往进進来來去]|预期|預期|预估|預估|估计|估計|预测|預測)/y,
    () => unresolved('period'),
  ],
  [
    /(\d{1,2})月(\d{1,2})[日号號]/y,
    (m, c) => {
      const after = c.rest.slice(m[0].length);
      // (…or a deadline, 6月30日前完成, for a month not yet past: a month past stays a look back.)
      const due = DEADLINE_AFTER.test(after) && c.reference.month !== null && +m[1]! >= c.reference.month;
      const future = FUTURE_BEFORE.test(c.before) || takesEffect(c, +m[1]!, m[0].length) || due;
      const year = rangeYear(c.before, +m[1]!) ?? yearForMonth(c.reference, +m[1]!, future);
      return { iso: year === null ? '' : `${year}-${pad(+m[1]!)}-${pad(+m[2]!)}`, precision: 'day', relative: true };
    },
  ],
  [
    /(\d{1,2})月(?:份)?(底|末|初|中旬|上旬|下旬)?/y,
    (m, c) => {
      const month = +m[1]!;
      if (month < 1 || month > 12) return null;
      // (A month a forecast is about, 11月营收预计…, is not last year's, though still to come.)
      const ahead =
        (FORECAST_AFTER.test(c.rest.slice(m[0].length)) ||
          DEADLINE_AFTER.test(c.rest.slice(m[0].length)) ||
          takesEffect(c, month, m[0].length)) &&
        c.reference.month !== null;
      const year =
        rangeYear(c.before, month) ??
        (ahead && month >= c.reference.month! ? c.reference.year : monthYear(c.reference, month, c.before));
      return { iso: year === null ? '' : `${year}-${pad(month)}`, precision: 'month', relative: true };
    },
  ],
  // 13日 alone: a day of the article's month, or of the month before when it is still to come
  // (not 30日内, 3日后, 3日以上: spans of days; nor 3日留存, 7日均: a metric over days). A 以 before
  // an amount or a means is the preposition, the day is a date: 股价4日以1,039元开出, 19日以视频方式.
  [
    /(\d{1,2})日(?![内內之前后後均]|以(?:内|內|来|來|后|後|前|上|下|外|及)|留存|活跃|活躍|平均)/y,
    (m, c) => {
      const day = +m[1]!;
      const { year, month } = c.reference;
      if (day < 1 || day > 31) return null;
      // 9月15日发表，22日开卖: a later day in the sentence of a stated month's day is in that month
      // (news tells a sequence forward; an earlier day, 3日, may be the next month's or a look back).
      const stated = c.localAnchor;
      const sentence = c.before.slice(Math.max(...SENTENCE_ENDS.map((p) => c.before.lastIndexOf(p))) + 1);
      if (stated?.precision === 'day' && /^\d{4}-\d{2}-\d{2}$/.test(stated.iso) && sentence.includes(stated.text)) {
        const [y, mo, d] = stated.iso.split('-').map(Number) as [number, number, number];
        if (day > d && new Date(Date.UTC(y, mo - 1, day)).getUTCMonth() === mo - 1)
          return { iso: `${y}-${pad(mo)}-${pad(day)}`, precision: 'day', relative: true };
      }
      if (year === null || month === null) return unresolved('day');
      const ahead = c.reference.day !== null && day > c.reference.day;
      const monthIso = ahead && !FUTURE_BEFORE.test(c.before) ? shiftMonth(year, month, -1) : `${year}-${pad(month)}`;
      // (30日 in a month of 29 days is no day at all.)
      const [y, mo] = monthIso.split('-').map(Number) as [number, number];
      if (new Date(Date.UTC(y, mo - 1, day)).getUTCMonth() !== mo - 1) return unresolved('day');
      return { iso: `${monthIso}-${pad(day)}`, precision: 'day', relative: true };
    },
  ],
];

/** Words before 当天 or 次日 that are no event: where (在, 于) and how the clause goes on (并, 也). */
const NOT_EVENT_END = /[在于於至到从從自并並而也就仅僅只均都则則即亦是为為之]$/;
/** Leading words of a clause before its event: 就在发布会当天, 而在消息传出当天. */
const EVENT_LEAD = /^(?:就在|而在|正在|也在|在|于|於|就|并|並|而|也|仅|僅)+/;

/**
 * The event an anchored day word follows in its clause (发布会当天 → 发布, 消息传出当天 → 传出,
 * 蘋果發表會隔天 → 發表): its last two characters, without the 会 of a meeting or a 的. Null when
 * the word opens its clause or follows a date or a place word (次日，…; 10日当天; 在当天).
 */
function eventBefore(before: string): { key: string; owner: string } | null {
  const clause = before
    .split(CLAUSE_BREAK)
    .pop()!
    .replace(EVENT_LEAD, '')
    .replace(/的$/, '')
    .replace(/[会會]$/, '');
  if (clause.length < 2 || NOT_EVENT_END.test(clause)) return null;
  const key = clause.slice(-2);
  if (!/^\p{Script=Han}{2}$/u.test(key) || /[年月日号號天周週]/.test(key)) return null;
  // (Whose event it is opens the phrase: 网易财报发布当天 is NetEase's release, not another's.)
  const head = clause.slice(0, -2);
  const owner = head.length >= 2 && /^\p{Script=Han}{2}$/u.test(head.slice(0, 2)) ? head.slice(0, 2) : '';
  return { key, owner };
}

const SENTENCE_ENDS = ['。', '！', '？', '!', '?'];

/** The sentence of `text` around `at`, between sentence ends. */
function sentenceAt(text: string, at: number): string {
  const start = Math.max(...SENTENCE_ENDS.map((p) => text.lastIndexOf(p, at - 1))) + 1;
  const ends = SENTENCE_ENDS.map((p) => text.indexOf(p, at)).filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) + 1 : text.length);
}

/** A day a later 当天 or 次日 may mean: stated (not itself counted from another), to the day. */
const isStatedDay = (d: DateRef) => !!d.iso && d.precision === 'day' && !(d.text in ANCHORED_DAY);

/**
 * Where any date rule matches, found in one search: the rules are tried only there, not at every
 * position of the text (every rule at every character was a third of a saved article's time).
 * Their alternation matches exactly where one of them does while they are sticky only and
 * without back-references (which would renumber), so another flag or one is refused here.
 */
const DATE_START = new RegExp(
  DATE_RULES.map(([pattern]) => {
    if (pattern.flags !== 'y' || /\\[1-9k]/.test(pattern.source))
      throw new Error(`a date rule must be sticky only, without back-references: ${pattern}`);
    return `(?:${pattern.source})`;
  }).join('|'),
  'g',
);

/** Before the end of a reporting period (截至6月30日的季度): a boundary, not when something happened. */
const CUTOFF = /(?:截至|截止|截止到|截至到)(?:今年|去年)?$/;

/** Whether `date` ends a reporting period or a count (截至8月26日收盘): the day up to which a state holds. */
export const isCutoff = (text: string, date: Pick<DateRef, 'start'>): boolean => CUTOFF.test(text.slice(0, date.start));

const WEEKDAY_GLOSS = new RegExp(`^\\s?[（(]${WEEKDAY}[）)]`);

/** A year, a month or a day (not a quarter, a half or a span): what a later date can count from. */
const DATED = /^\d{4}(-\d{2}){0,2}$/;

/**
 * The dates of a text, resolved against the article's date. `earlier` is the text before it in
 * the same paragraph: its last resolved date anchors 当天, 次日 and 一周后 when the text itself
 * names none before them (a date further back is not known to be the one they mean).
 */
export function findDates(
  text: string,
  articleDate: string | null,
  earlier = '',
  /** Dates of the paragraphs before (carryDates), for a paragraph that names none before 次日. */
  carried: readonly DateRef[] = [],
): DateRef[] {
  // (Full-width digits read as ASCII ones, the text kept as written.)
  const half = asHalfWidth(text);
  const { read, at } = withoutGlossedNumbers(half);
  const found = datesIn(read, articleDate, withoutGlossedNumbers(asHalfWidth(earlier)).read, carried);
  if (read === text) return found;
  // (Offsets go back to the text as written: a date ending on 今年 of 今（2025）年 ends after 年.)
  return found.map((d) => {
    const [start, end] = [at[d.start]!, d.end > d.start ? at[d.end - 1]! + 1 : at[d.start]!];
    return { ...d, start, end, text: text.slice(start, end) };
  });
}

/**
 * Taiwan's papers gloss a relative year or month with its number in brackets: 今（2025）年,
 * 去(2024)年, 明（2026）年, 本（5）月, 上(4)月. The number repeats what the word says (the article's
 * date tells it), so the word is read without it (今年, 去年同期, 上月底), with `at` mapping each
 * character read back to its place in the text. (今（20）日, a day, is read by its own rule.)
 */
const GLOSSED_NUMBER =
  /(?<=[今去明前])\s?[（(]\s?\d{4}\s?[）)]\s?(?=年)|(?<=[本上下])\s?[（(]\s?\d{1,2}\s?[）)]\s?(?=月)/g;

function withoutGlossedNumbers(text: string): { read: string; at: number[] } {
  const at: number[] = [];
  let read = '';
  let from = 0;
  for (const m of text.matchAll(GLOSSED_NUMBER)) {
    for (let i = from; i < m.index; i++) at.push(i);
    read += text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  if (from === 0) return { read: text, at: [...text].map((_c, i) => i) };
  for (let i = from; i < text.length; i++) at.push(i);
  read += text.slice(from);
  return { read, at };
}

function datesIn(text: string, articleDate: string | null, earlier: string, carried: readonly DateRef[]): DateRef[] {
  const reference = referenceDateOf(articleDate);
  const dates: DateRef[] = [];
  const ownAll = earlier ? findDates(earlier, articleDate, '', carried) : [];
  const ownBefore = ownAll.filter((d) => d.iso);
  const before = [...carried.filter((d) => d.iso), ...ownBefore];
  // (A quarter carried last is for 去年同期 only: 一个月后 counts from a year, a month or a day.)
  let anchor: DateRef | null = ownBefore.length
    ? ownBefore[ownBefore.length - 1]!
    : ([...carried].reverse().find((d) => DATED.test(d.iso)) ?? null);
  let localAnchor: DateRef | null = ownBefore.filter((d) => DATED.test(d.iso)).pop() ?? null;
  // (Resolved or not: 同期 after a fiscal quarter is that quarter, shown as written.)
  // (…not one a figure is compared with: 较一季度的45.1%…。当季 is the quarter told of.)
  let localPeriod: DateRef | null =
    ownAll.filter((d) => !isSpanBack(d) && !isComparisonBase(d) && !comparedWith(earlier, d)).pop() ?? null;
  // 当天, 次日 go back to the last date that names a day, however many dates came after it.
  let dayAnchor: DateRef | null = [...before].reverse().find((d) => d.precision === 'day') ?? null;
  let period: DateRef | null =
    [...before]
      .reverse()
      .find(
        (d) => /^\d{4}/.test(d.iso) && !isComparisonBase(d) && !(ownBefore.includes(d) && comparedWith(earlier, d)),
      ) ?? null;
  // Days stated before, each with its sentence: what an event's 当天 goes back to.
  const days: Array<{ date: DateRef; sentence: string }> = [
    ...carried.filter(isStatedDay).map((d) => ({ date: d, sentence: d.sentence ?? '' })),
    ...ownBefore.filter(isStatedDay).map((d) => ({ date: d, sentence: sentenceAt(earlier, d.start) })),
  ];
  // (Of the days whose sentence tells the event, the last one told of its owner, if any is.)
  const dayOfEvent = ({ key, owner }: { key: string; owner: string }) => {
    const told = [...days].reverse().filter((d) => d.sentence.includes(key));
    return ((owner && told.find((d) => d.sentence.includes(owner))) || told[0])?.date ?? null;
  };
  const reportPeriod = reportingPeriod([...carried, ...ownBefore.filter((d) => !comparedWith(earlier, d))], reference);
  let namedPeriod = reportPeriod;
  let fiscal = [...carried, ...ownAll].some(isFiscal);
  const isMonth = (d: DateRef) => /^\d{4}-\d{2}$/.test(d.iso) && !isComparisonBase(d);
  let lastMonth = before.filter(isMonth).pop() ?? null;
  const withMonth = (d: DateRef) => /^\d{4}-\d{2}/.test(d.iso);
  let monthAnchor: DateRef | null = [...before].reverse().find((d) => DATED.test(d.iso) && withMonth(d)) ?? null;
  let i = 0;
  while (i < text.length) {
    DATE_START.lastIndex = i;
    const next = DATE_START.exec(text);
    if (!next) break;
    i = next.index;
    // A date starts at a digit or a relative word, and never inside a longer number.
    const prev = text[i - 1] ?? '';
    let matched: DateRef | null = null;
    if (!/[\d.]/.test(prev) || !/\d/.test(text[i]!)) {
      for (const [pattern, resolve] of DATE_RULES) {
        pattern.lastIndex = i;
        const m = pattern.exec(text);
        if (!m) continue;
        const value = resolve(m, {
          reference,
          before: text.slice(0, i),
          rest: text.slice(i),
          anchor,
          dayAnchor,
          period,
          localAnchor,
          localPeriod,
          dayOfEvent,
          reportPeriod,
          namedPeriod,
          earlier,
          fiscal,
          lastMonth,
          monthAnchor,
        });
        if (!value) continue;
        matched = { text: m[0], start: i, end: i + m[0].length, ...value };
        break;
      }
    }
    // 一季度末, 第二季底: the quarter's last month.
    const quarterEnd = matched?.precision === 'quarter' && /^(末|底)/.test(text.slice(matched.end));
    if (matched && quarterEnd && /^\d{4}-Q[1-4]$/.test(matched.iso)) {
      const [year, quarter] = [matched.iso.slice(0, 4), +matched.iso.slice(-1)];
      matched = { ...matched, text: text.slice(matched.start, matched.end + 1), end: matched.end + 1 };
      matched = { ...matched, iso: `${year}-${pad(quarter * 3)}`, precision: 'month' };
    }
    // 5月19日（周一）, 2025年5月19日(星期一): the weekday in brackets after a day is that day's, one
    // date (not a second one beside it).
    const weekday = matched?.precision === 'day' ? WEEKDAY_GLOSS.exec(text.slice(matched.end)) : null;
    if (matched && weekday) {
      const end = matched.end + weekday[0].length;
      matched = { ...matched, text: text.slice(matched.start, end), end };
    }
    if (matched) {
      dates.push(matched);
      if (isStatedDay(matched)) days.push({ date: matched, sentence: sentenceAt(text, matched.start) });
      if (DATED.test(matched.iso)) anchor = localAnchor = matched;
      if (DATED.test(matched.iso) && withMonth(matched)) monthAnchor = matched;
      if (isFiscal(matched)) fiscal = true;
      if (isMonth(matched) && !comparedWith(text, matched)) lastMonth = matched;
      if (/^\d{4}-[QH]\d$/.test(matched.iso) && !isComparisonBase(matched) && !comparedWith(text, matched))
        namedPeriod = matched;
      // (A date a figure is compared with, 与一年前相比, is no period the text tells of either.)
      if (/^\d{4}/.test(matched.iso) && !comparedWith(text, matched)) period = matched;
      if (!isSpanBack(matched) && !SAME_PERIOD.test(matched.text) && !comparedWith(text, matched))
        localPeriod = matched;
      // A day counted from the anchor (次日) does not replace it: a later 当天 still means the
      // day the text named ("发布会次日…；发布当天…").
      // (Nor does the end of a reporting period, 截至6月30日: 当日 is the day something happened.)
      if (
        matched.iso &&
        matched.precision === 'day' &&
        !(matched.text in ANCHORED_DAY) &&
        !CUTOFF.test(text.slice(0, i))
      )
        dayAnchor = matched;
      // …but the day of an event, 新规公布当天, found by the event's words, is the day the text now
      // tells of: a 次日 after it counts from it ("新规公布当天下跌4.7%，次日再跌近3%").
      if (matched.iso && ANCHORED_DAY[matched.text] === 0 && matched.iso !== dayAnchor?.iso) dayAnchor = matched;
      i = matched.end;
    } else {
      i++;
    }
  }
  return dates;
}

/**
 * The dates a later paragraph's 一个月后 (the last date) and 当天 or 次日 (the last date to the
 * day) go back to, after `text`: its own, else those carried from before it.
 */
export function carryDates(text: string, articleDate: string | null, carried: readonly DateRef[] = []): DateRef[] {
  // (The end of a reporting period, 截至6月30日, is no day a later 当日 or 次日 means.)
  const own = findDates(text, articleDate, '', carried).filter((d) => !CUTOFF.test(text.slice(0, d.start)));
  const dated = [...carried, ...own].filter((d) => DATED.test(d.iso) && !isComparisonBase(d));
  const last = dated[dated.length - 1];
  const lastDay = [...dated].reverse().find((d) => d.precision === 'day' && !(d.text in ANCHORED_DAY));
  // (…and every day stated before them, with its sentence, for an event's 当天: 发布会次日.)
  const days = [
    ...carried.filter(isStatedDay),
    ...own.filter(isStatedDay).map((d) => ({ ...d, sentence: sentenceAt(text, d.start) })),
  ];
  // The period the text last named, when no year, month or day came after it: 去年同期 in a later
  // paragraph of an earnings story is a year before it (第一季…。…较去年同期).
  const sequence = [
    ...carried.filter((d) => !isComparisonBase(d)),
    ...own.filter((d) => !comparedWith(text, d)),
  ].filter((d) => d.iso);
  const lastPeriod = [...sequence].reverse().find((d) => /^\d{4}-[QH]\d$/.test(d.iso));
  const periodAfter = lastPeriod && sequence.lastIndexOf(lastPeriod) > sequence.lastIndexOf(last!) ? lastPeriod : null;
  // (…and, first, the period the article reports on, which a later bare 同期 means.)
  const report = reportingPeriod(
    [...carried, ...own.filter((d) => !comparedWith(text, d))],
    referenceDateOf(articleDate),
  );
  const latest = [lastDay, last, periodAfter].filter((d): d is DateRef => !!d);
  // (Before the latest dates, which later relative dates count from, in order.)
  const kept = report && !latest.includes(report) ? [report, ...latest] : latest;
  const older = days.filter((d) => !kept.some((k) => k.start === d.start && k.iso === d.iso && k.text === d.text));
  const withSentence = (d: DateRef) =>
    days.find((x) => x.start === d.start && x.text === d.text && x.iso === d.iso) ?? d;
  // (…and, first, the last fiscal period named, which keeps a later 本季 or 全年 on the company's
  // calendar: see isFiscal.)
  const fiscal = [...carried, ...own].filter(isFiscal).pop();
  // (…and the last month named, when a later date came after it: a later 去年同期，单月… means it.)
  const month = [...carried, ...own.filter((d) => !comparedWith(text, d))]
    .filter((d) => /^\d{4}-\d{2}$/.test(d.iso) && !isComparisonBase(d))
    .pop();
  const monthBefore = month && !kept.includes(month) && !older.includes(month) ? [month] : [];
  return [...(fiscal ? [fiscal] : []), ...monthBefore, ...older, ...new Set(kept.map(withSentence))];
}

/**
 * "營收為新台幣8,684.6億元，…，稅後純益3,746.8億元": a sentence that names the currency of its first
 * sum goes on counting in it; a later sum written with a bare 元 is in that currency, not in yuan
 * (what a claim cut from the sentence shows). Only 新台币 and 港元 carry: 元 after 人民币, or in
 * a sentence with no currency named, stays yuan.
 */
export function carryCurrency(figures: Figure[], text: string, articleCurrency: Unit | null = null): Figure[] {
  let named: Unit | null = articleCurrency;
  return figures.map((f) => {
    if (f.kind !== 'money' || inConversion(f, text)) return f;
    if (/^(TWD|HKD)$/.test(f.unit) && /新台[币幣]|台[币幣]|港[币幣元]|NT\$|HK\$/.test(f.text)) named = f.unit;
    else if (f.unit !== 'CNY' || !BARE_YUAN.test(f.text)) named = null;
    else if (named) return { ...f, unit: named };
    return f;
  });
}
/**
 * The currency a Taiwan article counts its bare 元 in after this sentence: 新台币 once the article
 * has named it, until it names 人民币 or 港元 (a sum's own currency word). Taiwan copy names the
 * currency once ("營收新台幣1,850億元") and writes later sums, sentences on, with a bare 元; a foreign
 * sum (美元, 日圓) has its own word and leaves the count as it was. Only 新台币 carries across
 * sentences: Hong Kong copy quotes share prices in 港元 and results in 元 meaning 人民币.
 */
export function articleCurrencyAfter(figures: readonly Figure[], text: string, before: Unit | null): Unit | null {
  let currency = before;
  // Taiwan's stock market named (台股, 加權指數, 櫃買, 三大法人, 投信): the copy reports prices on it,
  // and Taiwan copy writes its share prices and market values in a bare 元 of 新台币.
  if (currency === null && TAIWAN_MARKET.test(text)) currency = 'TWD';
  let converted: Figure | null = null;
  for (const f of figures) {
    if (f.kind !== 'money') continue;
    if (inConversion(f, text)) {
      // A foreign sum converted into 新台币 (1,650億美元（約合新台幣5.4兆元）): the writer counts for
      // readers of 新台币, the bare 元 after it is theirs. (Not a sum in 人民币 or 港元 converted:
      // that copy tells mainland or Hong Kong sums, whose later bare 元 is yuan.)
      if (f.unit === 'TWD' && converted && !/^(CNY|HKD|TWD)$/.test(converted.unit) && currency === null)
        currency = 'TWD';
      continue;
    }
    converted = f;
    if (f.unit === 'TWD' && /新台[币幣]|台[币幣]|NT\$/.test(f.text)) currency = 'TWD';
    else if ((f.unit === 'CNY' && !BARE_YUAN.test(f.text)) || f.unit === 'HKD') currency = null;
  }
  return currency;
}
/** Words only Taiwan's stock market uses: its index, its over-the-counter board, its fund houses. */
const TAIWAN_MARKET = /台股|加[权權]指[数數]|[柜櫃]买|[柜櫃]買|上市[柜櫃]|三大法人|投信/;
/** A sum opening a bracket, a conversion (（约7.7亿美元）): it changes no currency the text counts in. */
const inConversion = (f: Figure, text: string) => /[（(]$/.test(text.slice(0, f.start));
/**
 * A sum in 元 with no currency word of its own (3,746.8亿元, 14.45元), also with the bound or hedge
 * written after it (800元以下, 50元以上, 300元左右): the words bound the amount, they name no currency.
 */
const BARE_YUAN =
  /^[^人民币幣RMB¥￥]*[\d一二两兩三四五六七八九十百千万萬亿億兆]元(?:以上|以下|之上|之下|以内|以內|左右|上下|出头|出頭)?$/;
