/**
 * Cuts in a chain of clauses about one subject, the subject left out after the first (流水句): where
 * a later clause states a proposition of its own rather than a reading of the figure before it.
 *
 * - A share's worth or turnover stated as a level after its price (股价收涨2.6%，报170.1港元，市值约
 *   1.8万亿港元，成交额逾90亿港元): the price is one measure, the market value another and the
 *   turnover a third (marketLevelAnew). A change of the market value (市值蒸发…, 市值缩水…) is what the
 *   move of the price did, and goes on with it.
 * - A valuation after a funding round (完成17亿欧元的C轮融资，投后估值达到117亿欧元; 完成6亿欧元融资，
 *   当时估值约58亿欧元): the round's sum is what was raised, the valuation what the company is worth, a
 *   measure of its own, the company's (valuationAnew), not a reading of the sum before.
 * - A change over a period of its own after a figure (收涨2.6%，报170.1港元，今年以来累计上涨逾五成;
 *   当日下跌4.7%，次日再跌近3%; 营收增长18%，前三季度累计增长12%): a move over another span of time
 *   is another measure, not the change of the figure before (which, bare — 同比增长18% — stays with
 *   it) (periodChangeLead).
 * - A forecast for a time of its own after a figure (去年营收为100亿元，今年预计增长20%; 营收增长18%，
 *   明年有望翻倍): what is expected for another period is a claim of its own, a forecast, not part
 *   of the fact before (forecastAnew).
 * - A plan or expectation dated by a time of its own after an act or a fact (采用4纳米制程，预计2025年
 *   量产; 发布人形机器人，计划于2026年量产; 目标在2030年前投产): what is expected at that time is a
 *   forecast of its own, not part of the fact before (plannedAt). Without a time of its own (计划发行
 *   15亿股, 预计将达到…) the plan is the predicate the clause before leads into, and stays with it.
 * - A state reached by a date after an act (宣布10亿美元的回购计划，截至9月底已动用约6亿美元; 订购
 *   1600颗芯片，截至10月已交付超过六成): 截至 and its date open a fact of its own, what stood at that
 *   date (statusAsOf).
 * - A share's closing price after a move over another span than the close (股价一度急跌12%，收市报
 *   1.52港元; 盘中最多跌逾7%，收市报53.55港元; 今年以来累升逾六成，昨日收报53.5港元): the intraday swing
 *   or the run since a date is one figure, the level the session ended at another, a claim of its own
 *   (closeAnew). After the session's own move (再涨3.5%，收在135.58美元) the close only states that
 *   move as a level and goes on with it, and so does a bare 报 (收涨9.3%，报240港元).
 */
import { isPunct, type Token } from './segment';
import { isVerb } from './words';

/** Nouns of what the market makes of a listed share, read as a level of their own after its price. */
const MARKET_LEVEL = /^(?:总市值|市值|成交额|成交金额)$/;
/** What after the noun makes it a change, not a level: 市值蒸发, 市值增加了, 市值一度缩水. */
const MARKET_CHANGE =
  /^[^，。；,;\d]{0,4}?(?:蒸发|缩水|增加|减少|上涨|下跌|上升|下降|回落|暴涨|暴跌|大涨|大跌|涨|跌|升|降|增|减|缩|少了|多了)/;
/** Words of a share's trading in the text before: its price, the close, a move of the session. */
const TRADING =
  /股价|股票|港股|美股|a股|收盘|收市|收涨|收跌|收报|收在|开盘|盘中|盘后|报\s*[\d.,]+\s*(?:港元|美元|元|新台币)|发行价|涨幅|跌幅/i;

/**
 * A market value or turnover (市值, 成交额) stated as a level, in a clause after a share's price
 * (`before`: the chain so far), is a measure of its own; `rest` is the clause from after the noun.
 */
export function marketLevelAnew(noun: string, rest: string, before: string): boolean {
  // (Or after another such level: 市值约1.8万亿港元，成交额逾90亿港元.)
  return MARKET_LEVEL.test(noun) && !MARKET_CHANGE.test(rest) && (TRADING.test(before) || /市值|成交额/.test(before));
}

/** Words of a funding round: 融资, 注资, a lettered or named round (A轮, 天使轮), 募资. */
const ROUND = /融资|注资|募资|募得|筹得|筹集|[a-z\d+]+轮|[天种战][使子略]\+?轮|新一轮|本轮/i;

/**
 * A valuation (估值, with its reading 投后 / 投前 or period 当时 before it) opening a clause after a
 * funding round (`before`: the chain so far) is a measure of its own.
 */
export function valuationAnew(noun: string, before: string): boolean {
  return noun === '估值' && ROUND.test(before);
}

/**
 * A share's price opening a clause after an act that is no trading of the share (发布新模型，股价当日
 * 急升逾三成; 宣布裁员，股价应声下跌): the market's answer to the act, a proposition of its own, not a
 * figure of the act (a launch's price is 售价, never 股价).
 */
export function sharePriceAnew(noun: string, before: string): boolean {
  return /^(?:股价|股票)$/.test(noun) && !TRADING.test(before);
}

/**
 * Periods a move is counted over that are not the figure's own: since a time (今年以来, 上市以来,
 * 年初至今), a span just past (过去一年, 近一个月), the next day or session (次日, 翌日, 盘后), a
 * cumulative period (前三季度累计, 累计).
 */
const SINCE = '(?:今年|年初|年內|年内|本月|本周|上市|去年|年初至今|今年以来|年初以来|上市以来)(?:以来|至今)?';
const SPAN = '(?:过去|近|最近)(?:一|两|三|半|[\\d]+|十二|12|六|6)(?:个)?(?:年|月|周|日|天|季度?|交易日)';
const NEXT = '(?:次日|翌日|隔日|第二天|盘后|盘前|夜盘|周内|本周|当周|当月|全年|前三季度|上半年|下半年)';
const PERIOD_LEAD = new RegExp(
  `^(?:而|且|并|同时)?(?:${SINCE}|${SPAN}|${NEXT})?(?:的)?(?:累计|累积|合计|更是|更|则|又|再|仍|也|亦|已|一度|整体)*(?:上涨|下跌|上升|下降|下滑|增长|大涨|大跌|暴涨|暴跌|累涨|累跌|涨|跌|升|降|增|翻了|翻)(?!幅|势|价|速)`,
);
/** A period word at the lead: without one (or 累计), a move goes on with the figure before. */
const HAS_PERIOD = new RegExp(`^(?:而|且|并|同时)?(?:${SINCE}|${SPAN}|${NEXT}|[^，。；]{0,2}累计|[^，。；]{0,2}累积)`);

/**
 * A clause (folded, from where its content starts) that opens on a move over a period of its own
 * (今年以来累计上涨逾五成, 次日再跌近3%, 过去一年更翻了逾两倍); the caller checks it states a figure
 * and follows one.
 */
export function periodChangeLead(text: string): boolean {
  return HAS_PERIOD.test(text) && PERIOD_LEAD.test(text);
}

/**
 * A clause opening on 截至/截止 and a date, then what stood by then (截至9月底已动用约6亿美元,
 * 截至目前累计交付超过10万辆): a state of its own at that date, after the act before it.
 */
export function statusAsOf(text: string): boolean {
  return /^(?:而|且|并|同时)?(?:截至|截止|截止到|截至到)[^，。；,;]{1,12}?(?:已经|已|累计|共|总计|合计|仍|尚|才)/.test(
    text,
  );
}

/**
 * Verbs of a share's close with its price (收报, 收市报, 收盘报, 收在, 收于), after an optional word of the
 * session's end or of the day (最终, 终场, 尾盘, 昨日, 当日…) and adverbs; not a move at the close (收涨,
 * 收跌, 收高), which states a change, nor a bare 报, which prices the move before it.
 */
const CLOSE_LEAD =
  /^(?:而|并|且|同时)?(?:最终|最后|终场|尾盘|收盘时|昨日|昨天|今日|今天|当日|当天|次日|翌日|周[一二三四五]|\d{1,2}日)?(?:则|也|亦|再|仍|最终|分别)?(?:收报|收市报|收盘报|收市价为|收盘价为|收在|收于|收盘于|收市于|收盘在)\s*(?:约|近|逾)?[\d.,]+/;

/** Words of a move over another span than the session's close: intraday (一度, 盘中), since a date (以来, 累计). */
const OTHER_SPAN = /一度|盘中|早盘|午盘|开盘|高开|低开|最多|最高|最低|以来|至今|累计|累升|累涨|累跌/;

/**
 * A clause (folded, from where its content starts) that opens on a share's close and its price
 * (收市报1.52港元, 昨日收在211.5元), after a chain (`before`, folded) whose move is over another span
 * than the close; the caller checks that the chain before states a figure.
 */
export function closeAnew(text: string, before: string): boolean {
  return CLOSE_LEAD.test(text) && OTHER_SPAN.test(before);
}

/** Words of a time relative to the act before: 同年, 隔年, 此前, 其后 (随后 and 此后 coordinate: sentence.ts). */
const RELATIVE_TIME =
  /^(同年|隔年|翌年|次年|当年|當年|同月|次月|翌月|此前|之前|早前|先前|两年后|一年后|数年后|多年后)$/;
/** A word of a calendar time: 2015年, 11月, 3日, 2024年3月 (as jieba cuts them). */
const CALENDAR = /^(\d{1,4}|[一二三四五六七八九十两]{1,3})(年|月|日|号)(\d{1,2}月)?(底|初|中|末|间)?$/;
/** Adverbs between the time and the act: 又, 即, 再, 便, 就, 随即, 正式. */
const ACT_ADVERB = /^(又|即|再|便|就|随即|隨即|正式|首次|首度|先后|先後|也|还|還|已|曾|更|才)$/;
/** Heads that state a figure or a state of the time, not an act: 2022年为44亿元, 同期增长8%. */
const NOT_ACT =
  /^(为|為|是|达|達|约|約|有|仅|僅|增长|增長|下降|下滑|上涨|上漲|下跌|减少|減少|增加|提升|超过|超過|突破|同比|环比|环比增长|较|較|则|則)$/;

/**
 * "张明远曾任A公司首席技术官，2015年离开后创立B", "X成立于2019年3月，同年11月推出首款模型", "李某于2021年
 * 加入X，此前在Y任职近十年": a clause after an act of the same subject, with no subject of its own,
 * that opens on a time of its own (a calendar date, or a time relative to the one before: 同年, 此前,
 * 其后) and then an act states another event of the subject's history: a claim of its own. Not a
 * figure for another period (2022年为44亿元, 去年同期增长8%), which reads only beside the figure it
 * is compared with.
 */
export function datedAct(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  // (Not a clause that only dates what follows it, 在6月底完成融资后，…: a frame, not an act.)
  if (/^(后|後|之后|之後|以后|以後|时|時|前|之前|以来|以來)$/.test(words[words.length - 1]?.word ?? '')) return false;
  let k = 0;
  let time = false;
  // (The time: a preposition 于/在 may open it, 在2023年; numbers and 年/月/日 as jieba cuts them,
  // 2015/年, a time word, or one relative word, 同年, 此前, 隔/年.)
  if (/^(于|於|在)$/.test(words[k]?.word ?? '')) k++;
  while (k < words.length && !words[k]!.entityId) {
    const t = words[k]!;
    const next = words[k + 1]?.word ?? '';
    // (A bare 年 or 月 is no date: 年增15% is a change year on year.)
    const counted = k > 0 && words[k - 1]!.tag === 'm' && /[\d一二三四五六七八九十两]$/.test(words[k - 1]!.word);
    if (RELATIVE_TIME.test(t.word) || CALENDAR.test(t.word) || (counted && /^(年|月|日|号)$/.test(t.word))) time = true;
    else if (time && /^(底|初|末|中旬|上旬|下旬)$/.test(t.word)) time = true;
    else if (/^(隔|次|翌|同)$/.test(t.word) && /^(年|月)$/.test(next)) {
      time = true;
      k++;
    } else if (/^(后来|後來|其后|其後|然后|然後|随后|隨後|此后|此後|之后|之後)$/.test(t.word)) return false;
    else if (t.tag === 't' || (t.tag === 'm' && /^[\d一二三四五六七八九十两]+$/.test(t.word))) {
      // (A time word of the calendar, 今年, 去年底; not 目前, 现在, which date nothing.)
      if (t.tag === 't' && /[年月日季周天]/.test(t.word)) time = true;
    } else break;
    k++;
  }
  if (!time) return false;
  // (Not the base of a comparison, 去年同期.)
  if (/^(同期|同比)$/.test(words[k]?.word ?? '')) return false;
  // (Not a span from then, 2021年起被挤出前五, 去年以来…: a state since a time goes on with the one before.)
  if (/^(起|开始|開始|以来|以來|至今)$/.test(words[k]?.word ?? '')) return false;
  while (k < words.length && ACT_ADVERB.test(words[k]!.word)) k++;
  // (A place or party before the act: 此前在Y任职, 同年与Y合作.)
  if (/^(在|于|於|与|與|和|同|向|从|從|为|為|对|對)$/.test(words[k]?.word ?? '')) {
    let j = k + 1;
    while (j < words.length && j - k <= 4 && !isVerb(words[j]!)) j++;
    if (j === k + 1 || j - k > 4) return false;
    k = j;
  }
  // ("2015年离开管理层后创立B": an act dated by another of its own, V…后, then the act.)
  const head = words[k];
  return !!head && !head.entityId && isVerb(head) && !NOT_ACT.test(head.word) && k + 1 < words.length;
}

/** Words of expectation or plan a forecast opens on after its time: 预计, 有望, 料, 将. */
const EXPECT_WORD =
  /^(预计|預計|预期|預期|预估|預估|有望|可望|料|料将|料將|将|將|或将|或將|将会|將會|计划|計劃|拟|擬)$/;

/**
 * "…，今年预计增长20%", "…，明年有望翻倍", "…，2025年将达到500亿元": a clause with no subject of its
 * own that opens on a time of the calendar (今年, 明年, 下半年, 2025年) and then a word of expectation
 * or plan: a forecast for that time, after a figure of the subject for another.
 */
export function forecastAnew(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  let k = 0;
  if (/^(而|且|并|並|同时|同時)$/.test(words[k]?.word ?? '')) k++;
  let time = false;
  while (k < words.length && !words[k]!.entityId) {
    const t = words[k]!;
    const counted = k > 0 && words[k - 1]!.tag === 'm' && /[\d一二三四五六七八九十两]$/.test(words[k - 1]!.word);
    if (CALENDAR.test(t.word) || (counted && /^(年|月|季|季度)$/.test(t.word))) time = true;
    else if (t.tag === 't' && /[年月季]/.test(t.word)) time = true;
    else if (/^(全年|上半年|下半年|第[一二三四]季度?|[一二三四]季度|下季度?|本季度?)$/.test(t.word)) time = true;
    else if (time && /^(底|末|初)$/.test(t.word)) time = true;
    else if (!(t.tag === 'm' && /^[\d一二三四五六七八九十两]+$/.test(t.word))) break;
    k++;
  }
  if (!time) return false;
  while (k < words.length && /^(则|則|也|亦|还|還|更|仍|公司)$/.test(words[k]!.word)) k++;
  return !!words[k] && EXPECT_WORD.test(words[k]!.word) && k + 1 < words.length;
}

/** Words of plan or expectation that open a forecast before its time: 预计, 计划, 目标在. */
const PLAN_WORD = /^(预计|預計|预期|預期|计划|計劃|拟|擬|目标|目標)$/;
/** Words between the plan and its time: 将, 于, 在, 到, 最快, 是 (目标是到2026年底). */
const PLAN_LINK = /^(将|將|于|於|在|到|是|最快|最早|可|可望|有望|要)$/;

/**
 * "…，预计2028年量产", "…，计划于2026年量产", "…，目标在2030年前投产": a clause with no subject of its
 * own that opens on a word of plan or expectation, then a time of the calendar and the act planned
 * (a verb after it): a forecast for that time, after a fact or act of the subject.
 */
export function plannedAt(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => !isPunct(t));
  let k = 0;
  if (/^(而|且|并|並|同时|同時)$/.test(words[k]?.word ?? '')) k++;
  if (!PLAN_WORD.test(words[k]?.word ?? '')) return false;
  k++;
  while (k < words.length && PLAN_LINK.test(words[k]!.word)) k++;
  let time = false;
  while (k < words.length && !words[k]!.entityId) {
    const t = words[k]!;
    const counted = k > 0 && words[k - 1]!.tag === 'm' && /[\d一二三四五六七八九十两]$/.test(words[k - 1]!.word);
    if (CALENDAR.test(t.word) || (counted && /^(年|月|季|季度|年前|年底|年初)$/.test(t.word))) time = true;
    else if (t.tag === 't' && /[年月季]/.test(t.word)) time = true;
    else if (/^(全年|上半年|下半年|第[一二三四]季度?|[一二三四]季度|下季度?|本季度?)$/.test(t.word)) time = true;
    else if (time && /^(底|末|初|前|之前|以前|年底|年初)$/.test(t.word)) time = true;
    else if (!(t.tag === 'm' && /^[\d一二三四五六七八九十两]+$/.test(t.word))) break;
    k++;
  }
  if (!time) return false;
  while (k < words.length && PLAN_LINK.test(words[k]!.word)) k++;
  // (The act planned: a verb right after the time, 量产, 投产, 推出, 部署…; not a figure, 为44亿元.)
  return !!words[k] && !words[k]!.entityId && isVerb(words[k]!) && !NOT_ACT.test(words[k]!.word);
}
