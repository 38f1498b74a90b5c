/**
 * Figures and dates in Chinese news sentences, normalized: 30億元 → 3e9 CNY, 100亿美元 → 1e10 USD,
 * 超过9万 → 9e4 (approximate), 去年11月18日 → a day resolved against the article's date.
 * Simplified and Traditional, Arabic and Chinese numerals. Offsets are exact
 * (`text.slice(start, end) === text`), results sorted and non-overlapping.
 */

export type Unit =
  | 'CNY'
  | 'USD'
  | 'EUR'
  | 'JPY'
  | 'HKD'
  | 'percent'
  | 'count'
  | 'parameters'
  | 'users'
  | 'companies'
  | 'models'
  | 'developers';

export interface Figure {
  text: string;
  start: number;
  end: number;
  /** The lower bound (= min), kept for older readers. */
  value: number;
  /** What the text allows: 数亿 = 1–9 亿, 几十万 = 10–90 万, 300多 = 300–399, 超过9万 = 9万 and up (max null). */
  min: number;
  max: number | null;
  unit: Unit;
  approx: boolean;
  kind: 'money' | 'percent' | 'quantity';
}

export type DatePrecision = 'year' | 'half' | 'quarter' | 'month' | 'period' | 'day';

export interface DateRef {
  text: string;
  start: number;
  end: number;
  /** The most precise ISO form the text allows: 2023-11-18, 2023-05, 2019, 2024-H1, 2024/2026. */
  iso: string;
  precision: DatePrecision;
  /** Resolved against the article's date (去年, 今年, a month without a year). */
  relative: boolean;
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

/** 三十 → 30, 一百二十 → 120, 两千 → 2000; null if not a Chinese numeral. */
export function parseChineseNumber(text: string): number | null {
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
  ['万亿', 1e12],
  ['萬億', 1e12],
  ['千万', 1e7],
  ['千萬', 1e7],
  ['百万', 1e6],
  ['百萬', 1e6],
  ['十亿', 1e9],
  ['十億', 1e9],
  ['亿', 1e8],
  ['億', 1e8],
  ['万', 1e4],
  ['萬', 1e4],
];
const CURRENCIES: Array<[string, Unit]> = [
  ['元人民币', 'CNY'],
  ['元人民幣', 'CNY'],
  ['人民币', 'CNY'],
  ['人民幣', 'CNY'],
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['欧元', 'EUR'],
  ['歐元', 'EUR'],
  ['日元', 'JPY'],
  ['港元', 'HKD'],
  ['港币', 'HKD'],
  ['港幣', 'HKD'],
  ['元', 'CNY'],
];
const CLASSIFIERS = '个個家款位名张張起项項部座台人';
/** Nouns after (or just before) a count that say what is counted. */
const COUNTED: Array<[RegExp, Unit]> = [
  [/用户|用戶|MAU|月活|日活|DAU/, 'users'],
  [/开发者|開發者/, 'developers'],
  [/企业|企業|公司|创企|創企|初创|初創/, 'companies'],
  [/参数|參數/, 'parameters'],
  [/模型/, 'models'],
];

const APPROX_BEFORE =
  '(约合|約合|约|約|近|将近|將近|超过了|超過了|超过|超過|超|逾|高达|高達|多达|多達|达到|達到|达|達|突破了|突破|不足|上)?';
/** Words before a number that do not make it approximate ("as much as", "reaching"). */
const EXACT_WORDS = new Set(['高达', '高達', '多达', '多達', '达到', '達到', '达', '達']);
const NUMBER = '(\\d+(?:\\.\\d+)?|十[几幾]|[零〇一二两兩三四五六七八九十百千]+|[数數几幾][十百千]?)';
const MORE = '(多|余|餘)?';
const MAGNITUDE = `(${MAGNITUDES.map(([m]) => m).join('|')})?`;
const UNIT = `(${CURRENCIES.map(([c]) => c).join('|')}|%|％|B(?![A-Za-z])|[${CLASSIFIERS}]|[级級]?(?=参数|參數))?`;
const FIGURE = new RegExp(`(US\\$|\\$)?${APPROX_BEFORE}${NUMBER}${MORE}${MAGNITUDE}${MORE}${UNIT}`, 'g');
const PERCENT_WORDS = /百分之([零〇一二两兩三四五六七八九十百]+|\d+(?:\.\d+)?)/g;

function countedUnit(text: string, start: number, end: number): Unit {
  const after = text.slice(end, end + 6);
  const before = text.slice(Math.max(0, start - 6), start);
  for (const [pattern, unit] of COUNTED) if (pattern.test(after)) return unit;
  for (const [pattern, unit] of COUNTED) if (pattern.test(before)) return unit;
  return 'count';
}

export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, dollar, approxWord, number, more1, magnitude, more2, unit] = m;
    const isArabic = /^\d/.test(number!);
    const vague = /^[数數几幾]|^十[几幾]$/.test(number!);
    const base = isArabic ? Number(number) : vague ? vagueBase(number!) : parseChineseNumber(number!);
    if (base === null || !Number.isFinite(base)) continue;
    // 几家, 数个: a vague digit with no magnitude says nothing countable (数千家 does).
    if (vague && !magnitude && number!.length === 1) continue;
    // A digit glued to Latin letters is a version or a model name (GPT-4, A100, W24), not a figure.
    const start = m.index + (dollar ? 0 : whole.indexOf(approxWord ?? number!));
    const numberStart = m.index + whole.indexOf(number!, (dollar?.length ?? 0) + (approxWord?.length ?? 0));
    if (isArabic && /[A-Za-z.-]/.test(text[numberStart - 1] ?? '') && !dollar) continue;
    const scale = magnitude ? MAGNITUDES.find(([k]) => k === magnitude)![1] : 1;
    const currency = dollar ? 'USD' : CURRENCIES.find(([c]) => c === unit)?.[1];
    const approx = (!!approxWord && !EXACT_WORDS.has(approxWord)) || !!more1 || !!more2 || vague;
    let figure: Omit<Figure, 'text' | 'start' | 'end' | 'min' | 'max'> | null = null;
    if (currency) {
      figure = { value: base * scale, unit: currency, approx, kind: 'money' };
    } else if (unit === '%' || unit === '％') {
      figure = { value: base, unit: 'percent', approx, kind: 'percent' };
    } else if (unit === 'B' && isArabic) {
      figure = { value: base * 1e9, unit: 'parameters', approx, kind: 'quantity' };
    } else if (
      (unit && /^[级級]/.test(unit)) ||
      (unit === '' && magnitude && /^[级級]?(参数|參數)/.test(text.slice(m.index + whole.length)))
    ) {
      figure = { value: base * scale, unit: 'parameters', approx, kind: 'quantity' };
    } else if (unit && CLASSIFIERS.includes(unit)) {
      // 一款, 两名: small Chinese-numeral counts are wording, not figures.
      if (!isArabic && !magnitude && base < 10 && !vague) continue;
      figure = {
        value: base * scale,
        unit: countedUnit(text, start, m.index + whole.length),
        approx,
        kind: 'quantity',
      };
    } else if (magnitude && (isArabic || vague)) {
      figure = {
        value: base * scale,
        unit: countedUnit(text, start, m.index + whole.length),
        approx,
        kind: 'quantity',
      };
    }
    if (!figure) continue;
    const end = m.index + whole.length;
    const factor = figure.value / base;
    const [low, high] = bounds(number!, base, approxWord, !!(more1 || more2), text.slice(end));
    figures.push({
      text: text.slice(start, end),
      start,
      end,
      ...figure,
      value: low * factor,
      min: low * factor,
      max: high === null ? null : high * factor,
    });
  }
  for (const m of text.matchAll(PERCENT_WORDS)) {
    const value = /^\d/.test(m[1]!) ? Number(m[1]) : parseChineseNumber(m[1]!);
    if (value === null) continue;
    figures.push({
      text: m[0],
      start: m.index,
      end: m.index + m[0].length,
      value,
      min: value,
      max: value,
      unit: 'percent',
      approx: false,
      kind: 'percent',
    });
  }
  return nonOverlapping(figures);
}

/** The lowest value of a vague number: 数/几 1, 数十 10, 数百 100, 数千 1000, 十几 11. */
function vagueBase(number: string): number {
  if (/^十/.test(number)) return 11;
  return ({ 十: 10, 百: 100, 千: 1000 } as Record<string, number>)[number[1] ?? ''] ?? 1;
}

/** Words that make a number a lower bound (超过9万, 突破); 不足 makes it an upper one. */
const LOWER_BOUND = new Set(['超过', '超過', '超过了', '超過了', '超', '逾', '上', '突破', '突破了']);

/**
 * The range a written number allows, before its magnitude: 数/几 alone = 1–9, 数十/几十 = 10–90,
 * 数百 = 100–900, 十几 = 11–19;
 * 超过, 突破, 逾, 300多 and 50%以上 give a lower bound (no top); 不足 and 以下 an upper bound;
 * 近 and 约 keep the number itself (approximate, flagged by `approx`).
 */
function bounds(
  number: string,
  base: number,
  approxWord: string | undefined,
  more: boolean,
  after: string,
): [number, number | null] {
  let low = base;
  // 十几 = 11–19; 数百 = 100–900.
  let high: number | null = /^十[几幾]$/.test(number) ? 19 : /^[数數几幾]/.test(number) ? base * 9 : base;
  if (more || (approxWord && LOWER_BOUND.has(approxWord)) || /^(以上|之上)/.test(after)) high = null;
  if (approxWord === '不足' || /^(以下|之下)/.test(after)) low = 0;
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

/** Days from the article's day that a word for a day names (今天 is the day the article is dated). */
const RELATIVE_DAY: Record<string, number> = { 前天: -2, 昨天: -1, 昨日: -1, 今天: 0, 今日: 0, 明天: 1, 明日: 1 };

/** The article's day moved by `offset` days, or '' when the article is not dated to the day. */
function shiftedDay(reference: ReferenceDate, offset: number): string {
  if (reference.year === null || reference.month === null || reference.day === null) return '';
  const date = new Date(Date.UTC(reference.year, reference.month - 1, reference.day + offset));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * The year of a month mentioned without one: the article's year, or the year before when that
 * month is still to come at the article's date (news reports what has happened).
 */
function yearForMonth(reference: ReferenceDate, month: number): number | null {
  if (reference.year === null) return null;
  return reference.month !== null && month > reference.month ? reference.year - 1 : reference.year;
}

type DateRule = [
  RegExp,
  (m: RegExpExecArray, reference: ReferenceDate) => Omit<DateRef, 'text' | 'start' | 'end'> | null,
];

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** Tried in order at each position; the first (most specific) rule that matches wins. */
const DATE_RULES: DateRule[] = [
  [
    /(\d{4})-(\d{1,2})-(\d{1,2})/y,
    (m) => ({ iso: `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`, precision: 'day', relative: false }),
  ],
  [
    /(\d{4})年(\d{1,2})月(\d{1,2})[日号號]/y,
    (m) => ({ iso: `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}`, precision: 'day', relative: false }),
  ],
  [/(\d{4})\s*[—–-]\s*(\d{4})年/y, (m) => ({ iso: `${m[1]}/${m[2]}`, precision: 'period', relative: false })],
  [
    /(\d{4})年(\d{1,2})月(?:份)?(底|末|初|中旬|上旬|下旬)?/y,
    (m) => ({ iso: `${m[1]}-${pad(+m[2]!)}`, precision: 'month', relative: false }),
  ],
  [/(\d{4}|\d{2})年(底|末)/y, (m) => ({ iso: `${fullYear(m[1]!)}-12`, precision: 'period', relative: false })],
  [/(\d{4}|\d{2})年初/y, (m) => ({ iso: `${fullYear(m[1]!)}-01`, precision: 'period', relative: false })],
  [/(\d{4})年(上|下)半年/y, (m) => ({ iso: `${m[1]}-H${m[2] === '上' ? 1 : 2}`, precision: 'half', relative: false })],
  [/(\d{4})年/y, (m) => ({ iso: m[1]!, precision: 'year', relative: false })],
  [
    // A day word names a day only as an adverb: "今天的AI" is nowadays, 今日头条 and 明日之星 are names.
    /(前天|昨天|昨日|今天|今日|明天|明日)(?![的之]|头条|頭條)/y,
    (m, a) => ({ iso: shiftedDay(a, RELATIVE_DAY[m[1]!]!), precision: 'day', relative: true }),
  ],
  [
    /(前年|去年|今年|明年)(\d{1,2})月(\d{1,2})[日号號]/y,
    (m, a) =>
      a.year === null
        ? { iso: '', precision: 'day', relative: true }
        : { iso: `${a.year + RELATIVE_YEAR[m[1]!]!}-${pad(+m[2]!)}-${pad(+m[3]!)}`, precision: 'day', relative: true },
  ],
  [
    /(前年|去年|今年|明年)(\d{1,2})月/y,
    (m, a) => ({
      iso: a.year === null ? '' : `${a.year + RELATIVE_YEAR[m[1]!]!}-${pad(+m[2]!)}`,
      precision: 'month',
      relative: true,
    }),
  ],
  [
    /(前年|去年|今年|明年)(上|下)半年/y,
    (m, a) => ({
      iso: a.year === null ? '' : `${a.year + RELATIVE_YEAR[m[1]!]!}-H${m[2] === '上' ? 1 : 2}`,
      precision: 'half',
      relative: true,
    }),
  ],
  [
    /(前年|去年|今年|明年)(底|末)/y,
    (m, a) => ({
      iso: a.year === null ? '' : `${a.year + RELATIVE_YEAR[m[1]!]!}-12`,
      precision: 'period',
      relative: true,
    }),
  ],
  [
    /(前年|去年|今年|明年)/y,
    (m, a) => ({
      iso: a.year === null ? '' : String(a.year + RELATIVE_YEAR[m[1]!]!),
      precision: 'year',
      relative: true,
    }),
  ],
  [
    /(上|下)半年/y,
    (m, a) => ({
      iso: a.year === null ? '' : `${a.year}-H${m[1] === '上' ? 1 : 2}`,
      precision: 'half',
      relative: true,
    }),
  ],
  [
    /(\d{1,2})月(\d{1,2})[日号號]/y,
    (m, a) => {
      const year = yearForMonth(a, +m[1]!);
      return { iso: year === null ? '' : `${year}-${pad(+m[1]!)}-${pad(+m[2]!)}`, precision: 'day', relative: true };
    },
  ],
  [
    /(\d{1,2})月(?:份)?(底|末|初|中旬|上旬|下旬)?/y,
    (m, a) => {
      const month = +m[1]!;
      if (month < 1 || month > 12) return null;
      const year = yearForMonth(a, month);
      return { iso: year === null ? '' : `${year}-${pad(month)}`, precision: 'month', relative: true };
    },
  ],
];

export function findDates(text: string, articleDate: string | null): DateRef[] {
  const reference = referenceDateOf(articleDate);
  const dates: DateRef[] = [];
  let i = 0;
  while (i < text.length) {
    // A date starts at a digit or a relative word, and never inside a longer number.
    const prev = text[i - 1] ?? '';
    let matched: DateRef | null = null;
    if (!/[\d.]/.test(prev) || !/\d/.test(text[i]!)) {
      for (const [pattern, resolve] of DATE_RULES) {
        pattern.lastIndex = i;
        const m = pattern.exec(text);
        if (!m) continue;
        const value = resolve(m, reference);
        if (!value) continue;
        matched = { text: m[0], start: i, end: i + m[0].length, ...value };
        break;
      }
    }
    if (matched) {
      dates.push(matched);
      i = matched.end;
    } else {
      i++;
    }
  }
  return dates;
}
